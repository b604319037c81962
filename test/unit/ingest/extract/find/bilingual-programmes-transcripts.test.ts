// Genres of the blind set dev13 (Morocco: a bilingual French/English joint statement, a podcast transcript,
// a conference programme), read after its blind measure: sentences of that set, each failing without its rule.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../ingest/extract/index.ts';
import { read } from '../support.ts';
import { docFromText } from '../../support.ts';

const aliasesOf = (text: string, name: string): string[] =>
  extractDocument(docFromText(text)).entities.find((e) => e.name === name)?.aliases ?? [];

describe('French names of bodies in sentence case', () => {
  it('reads on past the head over lower-case words and connectors, with the acronym after it', () => {
    const text =
      "Nous demandons à la Commission nationale de contrôle de la protection des données à caractère personnel (CNDP) d'ouvrir sans délai une enquête, et au Conseil national des droits de l'Homme (CNDH) de publier un avis sur l'usage de logiciels espions contre la presse.\n";
    const { entities } = read(text);
    expect(entities).toEqual(
      expect.arrayContaining([
        'Organization Commission nationale de contrôle de la protection des données à caractère personnel',
        "Organization Conseil national des droits de l'Homme",
      ]),
    );
    expect(aliasesOf(text, "Conseil national des droits de l'Homme")).toContain('CNDH');
  });

  it('folds the cut-off form into the whole name ("Fondation Mizane")', () => {
    const text =
      'Organised by the Fondation Mizane pour la démocratie locale, in partnership with the Tiwizi Collective for Digital Freedoms (CTLN).\n';
    expect(read(text).entities).not.toContain('Organization Fondation Mizane');
    expect(aliasesOf(text, 'Fondation Mizane pour la démocratie locale')).toContain('Fondation Mizane');
  });

  it('stops at an English word in running prose, and reads no English name', () => {
    const { entities } = read(
      'In December a colleague from the Syndicat national de la presse marocaine told me that Tawasul was checking phones.\n',
    );
    expect(entities.filter((e) => e.includes('told'))).toEqual([]);
    expect(read('The Commission on Human Rights of the Philippines said so.\n').entities).not.toContain(
      'Organization Commission on Human Rights of the Philippines said',
    );
  });
});

describe("a bilingual signatory list: one body's two names either side of a dash", () => {
  it('"Association marocaine des droits humains (AMDH) — Moroccan Association for Human Rights"', () => {
    const text =
      '### Signataires / Signatories\n\n- Association marocaine des droits humains (AMDH) — Moroccan Association for Human Rights\n- Reporters sans frontières (RSF)\n- Access Now\n';
    const { entities } = read(text);
    expect(entities.filter((e) => e.includes(' — '))).toEqual([]);
    expect(aliasesOf(text, 'Association marocaine des droits humains')).toEqual(
      expect.arrayContaining(['AMDH', 'Moroccan Association for Human Rights']),
    );
  });

  it('a signer after the dash is no second name of the body (dev9)', () => {
    const text =
      'Signatories:\n\n- Sindicato Independente dos Jornalistas do Norte — Vasco Lobato Meireles, President\n- Access Now\n';
    expect(aliasesOf(text, 'Sindicato Independente dos Jornalistas do Norte')).toEqual([
      'Sindicato Independente dos Jornalistas do Norte',
    ]);
  });
});

describe('people in a programme: a post or a job after the name', () => {
  it.each([
    [
      '- Salwa Ennaji, Head of the Digital Governance Unit, Ministry of Digital Transition and Administrative Reform\n',
      'Salwa Ennaji',
    ],
    [
      'Welcome remarks by Prof. Leila Zerhouni, Dean of the Faculty, and by Hicham Benjelloun, President of the Fondation Mizane pour la démocratie locale.\n',
      'Hicham Benjelloun',
    ],
    ['Moderator: Nawal Berrada-Soussi, investigative journalist, Tafilalt Hebdo\n', 'Nawal Berrada-Soussi'],
    [
      '- Brahim Ait Ouahmane, coordinator, Observatoire Souss des libertés publiques (Agadir)\n',
      'Brahim Ait Ouahmane',
    ],
    ['- Said Lamrini, Syndicat national de la presse marocaine (SNPM), Tangier section\n', 'Said Lamrini'],
  ])('%s → %s', (text, person) => expect(read(text).entities).toContain(`Person ${person}`));
});

describe("a transcript's speaker turns", () => {
  it('a label in capitals before a colon is a speaker, and the surname alone is the same speaker', () => {
    const text =
      '[00:01:28] JEBBARI: Tarik, how do you know it was Noctiluca and not something else?\n\n' +
      '[00:01:32] TARIK BENSLIMANE: We found the same process names and the same domain infrastructure.\n\n' +
      '[00:01:58] JEBBARI: Eleven?\n\n' +
      '[00:01:59] BENSLIMANE: Eleven. And on the phone of the lawyer, we found four.\n';
    const facts = extractDocument(docFromText(text));
    const people = facts.entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name)).toEqual(['Tarik Benslimane']);
    const key = people[0]?.key;
    expect(facts.mentions.filter((m) => m.entity === key).map((m) => m.text)).toEqual(
      expect.arrayContaining(['TARIK BENSLIMANE', 'BENSLIMANE']),
    );
  });
});

describe('places and organisations from their company', () => {
  it.each([
    [
      'With me in the studio in Casablanca is Khadija Aït Belkacem, editor-in-chief of Tafilalt Hebdo.\n',
      'Place Casablanca',
    ],
    ['- Fatima Zahra El Mernissi, blogger and activist (Oujda)\n', 'Place Oujda'],
    [
      'We had documents showing that the same intermediary, a company called Maghreb Secure Integration, appeared in almost every tender.\n',
      'Organization Maghreb Secure Integration',
    ],
  ])('%s → %s', (text, entity) => expect(read(text).entities).toContain(entity));
});
