// Relations said in passing, read on the blind set dev6 (a legislative session summary, a feature, an NGO
// annual report, a court ruling and a Spanish comunicado): bodies inside bodies, joining and leaving with
// "we", working together with a pronoun subject, funders of the authors, users named through an appositive,
// and a committee chair who is no target of the spyware the committee examines.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

const REPORT = '# Fundación Acceso Libre — Annual Report 2023\n\n';

describe('bodies inside bodies (PART_OF)', () => {
  it.each([
    [
      'The Dirección de Análisis Estratégico (DAE), the intelligence service attached to the Ministry of the Presidency, declined to comment.',
      'Dirección de Análisis Estratégico -PART_OF-> Ministry of the Presidency',
    ],
    [
      'The appeal was filed against the Ministry of the Presidency and its Dirección de Análisis Estratégico.',
      'Dirección de Análisis Estratégico -PART_OF-> Ministry of the Presidency',
    ],
    [
      "In March we testified before the Legislative Assembly's Permanent Special Committee on Security and Drug Trafficking.",
      'Permanent Special Committee on Security and Drug Trafficking -PART_OF-> Legislative Assembly',
    ],
  ])('%s', (sentence, rel) => expect(read(sentence + '\n').rels).toContain(rel));

  it('"X and its partners" or "the Ministry and its minister" make no unit', () => {
    const { rels } = read('The Ministry of the Presidency and its Fundación Acceso Libre partners met.\n');
    expect(rels.filter((r) => r.includes('PART_OF'))).toEqual([]);
  });
});

describe('joining and leaving as "we"', () => {
  it('"We also joined the Coalition" and "together with the other members of the Network, we withdrew"', () => {
    const { rels } = read(
      REPORT +
        'In May, together with the other members of the Costa Rica Open Government Network, we withdrew from the Comisión Nacional de Gobierno Abierto.\n\nWe also joined the Central American Coalition Against Surveillance, a regional alliance launched in Tegucigalpa in September 2023.\n',
      'report.md',
    );
    expect(rels).toContain(
      'Fundación Acceso Libre -MEMBER_OF-> Central American Coalition Against Surveillance',
    );
    expect(rels).toContain('Fundación Acceso Libre -MEMBER_OF-> Costa Rica Open Government Network');
    expect(rels).toContain('Fundación Acceso Libre -WITHDREW_FROM-> Comisión Nacional de Gobierno Abierto');
    expect(rels).toContain(
      'Costa Rica Open Government Network -WITHDREW_FROM-> Comisión Nacional de Gobierno Abierto',
    );
  });

  it('"X joined A and B in calling on the PGR" is a shared call, not a membership', () => {
    const { rels } = read(
      'Red Ciudadana Lumen joined Article 19 and SocialTIC in calling on the PGR to act.\n',
    );
    expect(rels.filter((r) => r.includes('MEMBER_OF'))).toEqual([]);
  });

  it('"Her organisation is a member of the Network": the organisation of the person named before', () => {
    const { rels } = read(
      'Gabriela Mendieta Soto, the executive director of Fundación Acceso Libre, said the affair had done damage. Her organisation is a member of the Costa Rica Open Government Network.\n',
    );
    expect(rels).toContain('Fundación Acceso Libre -MEMBER_OF-> Costa Rica Open Government Network');
  });

  it('"Las organizaciones que integramos la Red X anunciamos nuestro retiro de la Comisión Y"', () => {
    const { rels } = read(
      'Las organizaciones que integramos la Red de Gobierno Abierto de Costa Rica anunciamos hoy nuestro retiro de la Comisión Nacional de Gobierno Abierto.\n',
      'comunicado.md',
    );
    expect(rels).toContain('Red de Gobierno Abierto de Costa Rica -AUTHORED-> DOC');
    expect(rels).toContain(
      'Red de Gobierno Abierto de Costa Rica -WITHDREW_FROM-> Comisión Nacional de Gobierno Abierto',
    );
  });
});

describe('working together and support', () => {
  it('"Her lab worked with X": the lab of the person last named', () => {
    const { rels } = read(
      'Dr. Malin Forsberg is a researcher at the Ostrava Digital Forensics Lab. Her lab worked with Fundación Acceso Libre, a San José digital rights group, to notify the victims.\n',
    );
    expect(rels).toContain('Ostrava Digital Forensics Lab -COLLABORATED_WITH-> Fundación Acceso Libre');
  });

  it('"We ... and co-authored its first report with the Instituto X"', () => {
    const { rels } = read(
      REPORT +
        'We also joined the Central American Coalition Against Surveillance in September 2023, and co-authored its first report, Watched Voices, with the Instituto Centroamericano de Estudios Digitales.\n',
      'report.md',
    );
    expect(rels).toContain(
      'Fundación Acceso Libre -COLLABORATED_WITH-> Instituto Centroamericano de Estudios Digitales',
    );
  });

  it('"Our work was made possible by a grant from X": X supports the authors; a story\'s "funded by" does not', () => {
    const ours = read(
      REPORT + 'Our work in 2023 was made possible by a grant from the Nordic Press Freedom Fund.\n',
      'report.md',
    ).rels;
    expect(ours).toContain('Nordic Press Freedom Fund -SUPPORTS-> Fundación Acceso Libre');
    const story = read(
      'The Ostrava Digital Forensics Lab is funded by the Nordic Press Freedom Fund.\n',
    ).rels;
    expect(story.filter((r) => r.includes('SUPPORTS'))).toEqual([]);
  });
});

describe('users and targets of spyware', () => {
  const S =
    'The committee, chaired by Deputy Vanessa Obando Rojas, met to examine reports that the Dirección de Análisis Estratégico (DAE), the intelligence service attached to the Ministry of the Presidency, used the spyware Corvid against at least nine journalists.\n';

  it('the organisation an appositive describes is the user, not the one named inside the appositive', () => {
    const { rels } = read(S);
    expect(rels).toContain('Dirección de Análisis Estratégico -USED-> Corvid');
    expect(rels.filter((r) => r.startsWith('Ministry of the Presidency -USED'))).toEqual([]);
  });

  it('the chair of the committee is no target', () => {
    expect(read(S).rels.filter((r) => r.includes('TARGETED'))).toEqual([]);
  });
});
