// One node for a body named in English and in Spanish or Portuguese (sentences of the blind sets dev6 and
// dev7): the same institution words in another language or order, and offices of state whose names are no
// word-for-word translation.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../ingest/extract/index.ts';
import { resolveFacts } from '../../../../ingest/resolve/index.ts';
import { bagKey } from '../../../../ingest/resolve/translate.ts';
import { nameKey } from '../../../../ingest/resolve/keys.ts';
import { docFromText } from '../support.ts';

const resolve = (texts: string[]) => resolveFacts(texts.map((t) => extractDocument(docFromText(t)))).entities;
const bag = (s: string) => bagKey(nameKey(s));

describe('word bags across languages', () => {
  it.each([
    ['Ministerio de la Presidencia', 'Ministry of the Presidency'],
    ['Laboratorio Forense Digital de Ostrava', 'Ostrava Digital Forensics Lab'],
    ['Red de Gobierno Abierto de Costa Rica', 'Costa Rica Open Government Network'],
    ['Comisión Interamericana de Derechos Humanos', 'Inter-American Commission on Human Rights'],
    ['Defensoría del Pueblo', "Ombudsman's Office"],
    ['Fiscalía General de la Nación', "Attorney General's Office"],
    ['Ministério Público', "Public Prosecutor's Office"],
  ])('"%s" = "%s"', (a, b) => {
    expect(bag(a)).not.toBeNull();
    expect(bag(a)).toBe(bag(b));
  });

  it.each([
    ['Ministerio de Comunicación', 'Ministry of the Presidency'],
    ['Comisión Nacional de Gobierno Abierto', 'Costa Rica Open Government Network'],
    ['Justice Committee', 'Senate Justice Committee'],
  ])('"%s" and "%s" stay apart', (a, b) => {
    expect(bag(a)).not.toBe(bag(b));
  });

  it('a name with no institution word has no bag (people and places are never merged this way)', () => {
    expect(bag('Costa Rica')).toBeNull();
    expect(bag('Ostrava')).toBeNull();
  });
});

describe('one node across documents in two languages', () => {
  it('the dev6 Spanish comunicado and English hearing summary name the ministry and the lab once each', () => {
    const entities = resolve([
      'Las organizaciones que integramos la Red de Gobierno Abierto de Costa Rica anunciamos hoy nuestro retiro. Tomamos esta decisión después de que el Laboratorio Forense Digital de Ostrava confirmara que periodistas fueron espiados. Exigimos al Ministerio de la Presidencia que publique el contrato.\n',
      'The committee, chaired by Deputy Vanessa Obando Rojas, met to examine reports that the Dirección de\nAnálisis Estratégico (DAE), the intelligence service attached to the Ministry of the Presidency, used\nthe spyware Corvid against at least nine journalists and two human rights defenders.\n\nThe committee also heard Dr. Malin Forsberg, a senior researcher at the Ostrava Digital Forensics Lab,\nwhose team examined the telephones of eleven people. The committee will invite representatives of the\nCosta Rica Open Government Network to its next session.\n',
    ]);
    const named = (re: RegExp) =>
      entities.filter((e) => e.type === 'Organization' && [e.name, ...e.aliases].some((a) => re.test(a)));
    expect(named(/Presiden/)).toHaveLength(1);
    expect(named(/Ostrava/)).toHaveLength(1);
    expect(named(/Costa Rica|Gobierno Abierto/)).toHaveLength(1);
  });
});

describe("a country's body", () => {
  it('"Peru\'s Congress" and "the Congress" are one node (dev4b)', () => {
    const entities = resolve([
      "**LIMA, 9 April 2019** — Peru's Congress on Monday summoned the head of the agency.\n",
      'The Congress will vote on the inquiry next week.\n',
    ]);
    expect(entities.filter((e) => e.type === 'Organization' && /Congress/.test(e.name))).toHaveLength(1);
  });
});

describe('a company with and without its legal form', () => {
  it('"Veldt Systems" and "Veldt Systems Ltd" are one node', () => {
    const entities = resolve([
      'Harrier is a spyware product sold by the Valletta-based company Veldt Systems.\n',
      'The Commission opened proceedings against Veldt Systems Ltd, the developer of the Harrier spyware.\n',
    ]);
    expect(entities.filter((e) => e.type === 'Organization' && /Veldt/.test(e.name))).toHaveLength(1);
  });
});

describe('two English names with the same words', () => {
  it('"Digital Rights Defense Network" and "Network in Defense of Digital Rights" stay two nodes (dev)', () => {
    const entities = resolve([
      'Forensic analysis by Kestrel Labs and the Digital Rights Defense Network confirmed the infections. The report was produced jointly by Harbor Lab, Acceso Libre and the Network in Defense of Digital Rights.\n',
    ]);
    const networks = entities.filter((e) => e.type === 'Organization' && /Network/.test(e.name));
    expect(networks).toHaveLength(2);
  });
});

describe("a chamber's committee", () => {
  it('"the Senate Justice Committee" and "the Justice Committee" of another document are one node (dev4)', () => {
    const entities = resolve([
      'Following that agreement, the Justice Committee, chaired by Senator Ernesto Palafox Urías, met on 11 July.\n',
      '11 July 2017 - The Senate Justice Committee holds a hearing.\n',
    ]);
    expect(
      entities.filter((e) => e.type === 'Organization' && /Justice Committee/.test(e.name)),
    ).toHaveLength(1);
  });
});

// French names of the blind set dev13 (a bilingual joint statement, read after its blind measure).
describe('word bags: French', () => {
  it.each([
    ['Laboratoire Tawasul de sécurité numérique', 'Tawasul Digital Security Lab'],
    ['Collectif Tiwizi pour les libertés numériques', 'Tiwizi Collective for Digital Freedoms'],
    ["Conseil national des droits de l'Homme", 'National Human Rights Council'],
    ['Observatoire Souss des libertés publiques', 'Souss Observatory for Public Freedoms'],
  ])('"%s" = "%s"', (a, b) => {
    expect(bag(a)).not.toBeNull();
    expect(bag(a)).toBe(bag(b));
  });

  it('one node for the lab named in French in one paragraph and in English in the next', () => {
    const entities = resolve([
      'Les organisations signataires expriment leur profonde inquiétude après la publication du rapport technique du Laboratoire Tawasul de sécurité numérique, qui confirme que les téléphones ont été infectés.\n\nThe undersigned organisations express their deep concern following the publication of the technical report of the Tawasul Digital Security Lab, which confirms that the phones were infected.\n',
    ]);
    const labs = entities.filter((e) => e.aliases.some((a) => a.includes('Tawasul')));
    expect(labs).toHaveLength(1);
  });
});
