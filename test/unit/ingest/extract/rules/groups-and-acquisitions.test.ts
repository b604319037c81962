// Sentence shapes of news features, joint statements and report excerpts (written for the dev2 set):
// organisations targeted through their people, membership by list or apposition, acquisition by reference,
// DEVELOPED in an appositive, "the same institute" — each with a sentence that must draw nothing.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

const PEGASUS = 'Pegasus, made by NSO Group, was used against activists. ';
const SECRETARIAT =
  'The Tripartite Technical Secretariat drafts the action plans. The civil-society side is run by a core group, the Núcleo de Organizaciones de la Sociedad Civil (NOSC). ';

describe('organisations targeted through their people', () => {
  it.each([
    [
      'Those targeted include the lawyers of the Centro Tlaloc de Derechos Humanos, who represent the families.',
      'Pegasus -TARGETED-> Centro Tlaloc de Derechos Humanos',
    ],
    [
      'Members of the Red de Periodistas del Pacífico were among those targeted.',
      'Pegasus -TARGETED-> Red de Periodistas del Pacífico',
    ],
    [
      'Members of the Consejo Ciudadano de Nutrición were also among those targeted, as was a physician who advises the council.',
      'Pegasus -TARGETED-> Consejo Ciudadano de Nutrición',
    ],
  ])('%s', (text, expected) => expect(read(PEGASUS + text).relations).toContain(expected));

  it.each([
    'Members of the Colectivo Mezquite met the lawyers who were targeted.',
    'The lawyers of the Centro Tlaloc de Derechos Humanos said nobody was hacked.',
  ])('draws no TARGETED organisation from: %s', (text) =>
    expect(read(PEGASUS + text).relations.filter((r) => /TARGETED-> (Colectivo|Centro)/.test(r))).toEqual([]),
  );
});

describe('membership by list and by apposition', () => {
  it('reads "the ten organisations of the core group, among them A, B and C"', () => {
    const r = read(
      SECRETARIAT +
        'The ten organisations of the core group, among them Observatorio Ciudadano Pluma, Colectivo Datos del Sur and Fundación Ágora Cívica, announced on Thursday that they would leave the Tripartite Technical Secretariat.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Observatorio Ciudadano Pluma -MEMBER_OF-> Núcleo de Organizaciones de la Sociedad Civil',
        'Colectivo Datos del Sur -MEMBER_OF-> Núcleo de Organizaciones de la Sociedad Civil',
        'Fundación Ágora Cívica -MEMBER_OF-> Núcleo de Organizaciones de la Sociedad Civil',
        'Núcleo de Organizaciones de la Sociedad Civil -WITHDREW_FROM-> Tripartite Technical Secretariat',
      ]),
    );
  });

  it('reads "X, the third member of the secretariat," and "X sits on the secretariat with the core group"', () => {
    const r = read(
      SECRETARIAT +
        'The Ministry of Public Administration (SFP) sits on the secretariat with the core group. The National Institute for Transparency, Access to Information and Personal Data Protection (INAI), the third member of the secretariat, said in a statement that it regretted the decision.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Secretaría de la Función Pública -PART_OF-> Tripartite Technical Secretariat',
        'Núcleo de Organizaciones de la Sociedad Civil -PART_OF-> Tripartite Technical Secretariat',
        'National Institute for Transparency, Access to Information and Personal Data Protection -PART_OF-> Tripartite Technical Secretariat',
      ]),
    );
  });

  it.each([
    'The organisations of the core group met Observatorio Ciudadano Pluma and Fundación Ágora Cívica on Thursday.',
    'Observatorio Ciudadano Pluma, the third group to speak, criticised the secretariat.',
  ])('draws no membership from: %s', (text) =>
    expect(read(SECRETARIAT + text).relations.filter((r) => /MEMBER_OF|PART_OF/.test(r))).toEqual([]),
  );

  it('reads a withdrawal announced in reported speech, not a conditional one', () => {
    const ok = read(
      SECRETARIAT +
        'The NOSC announced on Thursday that it would leave the Tripartite Technical Secretariat.',
    );
    expect(ok.relations).toContain(
      'Núcleo de Organizaciones de la Sociedad Civil -WITHDREW_FROM-> Tripartite Technical Secretariat',
    );
    const maybe = read(
      SECRETARIAT +
        'The NOSC said that it would leave the Tripartite Technical Secretariat if the inquiry stalled.',
    );
    expect(maybe.relations.filter((r) => r.includes('WITHDREW_FROM'))).toEqual([]);
  });
});

describe('acquisition and development told by reference', () => {
  it.each([
    [
      "The Attorney General's Office (PGR) has not denied its own purchase of the spyware.",
      "Attorney General's Office -ACQUIRED-> Pegasus",
    ],
    [
      "Public records do show the contract under which the Attorney General's Office bought Pegasus in 2014, and press reports say that the Center for Research and National Security (CISEN) also acquired the spyware.",
      // The Spanish acronym of an English name is linked (or not) by acronyms.ts; either node will do here.
      /^(?:CISEN|Center for Research and National Security) -ACQUIRED-> Pegasus$/,
    ],
  ])('%s', (text, expected) => {
    const r = read(PEGASUS + text).relations;
    if (typeof expected === 'string') expect(r).toContain(expected);
    else expect(r.some((x) => expected.test(x))).toBe(true);
  });

  it.each([
    'We demand that the Government of Mexico explain the purchase of Pegasus and publish every contract signed with NSO Group.',
    "We call on the National Institute for Transparency, Access to Information and Personal Data Protection (INAI) to order the release of all records on the acquisition and use of the spyware by the Attorney General's Office.",
  ])('draws no ACQUIRED from a demand about a purchase: %s', (text) =>
    expect(read(PEGASUS + text).relations.filter((r) => r.includes('ACQUIRED'))).toEqual([]),
  );

  it.each([
    'Messages carried links to Pegasus, a spyware tool sold only to governments by the Israeli firm NSO Group.',
    'Every link pointed to NSO Group, the Israeli company that sells the Pegasus spyware to governments.',
  ])('reads DEVELOPED from an appositive: %s', (text) =>
    expect(read(text).relations).toContain('NSO Group -DEVELOPED-> Pegasus'),
  );

  it('draws no DEVELOPED from a buyer in an appositive', () => {
    const r = read(
      "Messages carried links to Pegasus, a spyware tool bought in 2014 by the Attorney General's Office.",
    );
    expect(r.relations.filter((x) => x.includes('DEVELOPED'))).toEqual([]);
  });
});

describe('demands that are not calls', () => {
  it('reads no CALLED_ON from a media contact line', () => {
    const r = read(
      'We call on the Ministry of Public Administration (SFP) to act.\n\nFor media requests, please contact: Daniela Orozco, prensa@fundacionlitoral.org',
    );
    expect(r.relations.filter((x) => x.includes('CALLED_ON') && x.includes('Daniela Orozco'))).toEqual([]);
  });

  it('calls on the subject of "demand that X explain", not on the organisations of the clause', () => {
    const r = read(
      'We demand that the Government of Mexico explain the purchase of Pegasus and publish every contract signed with NSO Group.',
    );
    const calls = r.relations.filter((x) => x.includes('CALLED_ON'));
    expect(calls.some((x) => x.endsWith('Government of Mexico'))).toBe(true);
    expect(calls.filter((x) => x.endsWith('NSO Group'))).toEqual([]);
  });
});

describe('reports and collaboration', () => {
  it('reads "in collaboration with the Mexican organisations A, B and C"', () => {
    const r = read(
      PEGASUS +
        'Citizen Lab carried out the investigation in collaboration with the Mexican organisations R3D, SocialTIC and Article 19.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Citizen Lab -COLLABORATED_WITH-> SocialTIC',
        'Citizen Lab -COLLABORATED_WITH-> Article 19',
      ]),
    );
  });

  it('reads "The network has documented threats together with A and B", without a technology it does not name', () => {
    const r = read(
      PEGASUS +
        'Members of the Red de Periodistas del Pacífico were among those targeted. The network has documented threats against reporters in the region together with the Colectivo Mezquite and Fundación Litoral since 2015.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Red de Periodistas del Pacífico -COLLABORATED_WITH-> Colectivo Mezquite',
        'Red de Periodistas del Pacífico -COLLABORATED_WITH-> Fundación Litoral',
      ]),
    );
    expect(r.relations.filter((x) => x.includes('REPORTED_ON'))).toEqual([]);
  });

  it('draws no COLLABORATED_WITH between two groups that each found messages', () => {
    const r = read(
      PEGASUS +
        'R3D and SocialTIC found dozens of further messages when they reviewed the phones of the people who came forward.',
    );
    expect(r.relations.filter((x) => x.includes('COLLABORATED_WITH'))).toEqual([]);
  });

  it('gives REPORTED_ON to the publisher of a study, not to the university in its appositive', () => {
    const r = read(
      'A study published on Monday by the Citizen Lab, a research group at the University of Toronto, found that messages carrying links to Pegasus had been sent to a dozen journalists.',
    );
    expect(r.relations).toContain('Citizen Lab -REPORTED_ON-> Pegasus');
    expect(r.relations).not.toContain('University of Toronto -REPORTED_ON-> Pegasus');
  });
});

describe('"the same institute" and speakers', () => {
  it('gives "a researcher at the same institute" the organisation of the last role', () => {
    const r = read(
      'Our findings were reviewed by Ximena Lugo, a researcher at the Centro de Investigación en Salud Poblacional, and by Bernardo Cázares, a researcher at the same institute.',
    );
    expect(r.relations).toContain(
      'Bernardo Cázares -WORKS_FOR-> Centro de Investigación en Salud Poblacional',
    );
  });

  it('reads no affiliation from "the same institute" when no role came before', () => {
    const r = read(
      'The Centro de Investigación en Salud Poblacional was founded in 2001. Bernardo Cázares, a researcher at the same institute, disagreed.',
    );
    expect(r.relations.filter((x) => x.startsWith('Bernardo Cázares -WORKS_FOR->'))).toEqual([]);
  });

  it('does not make a speaker with an appositive a target', () => {
    const r = read(
      PEGASUS +
        'Lucía Arreola, who directs Fundación Ágora Cívica, said the government had been spying on the groups.',
    );
    expect(r.relations.filter((x) => x.includes('TARGETED'))).toEqual([]);
  });
});

describe('units, teams and the body a report speaks for', () => {
  it('reads "the Citizen Lab, a research group at the University of Toronto" as PART_OF', () => {
    const r = read(
      'A study by the Citizen Lab, a research group at the University of Toronto, was published.',
    );
    expect(r.relations).toContain('Citizen Lab -PART_OF-> University of Toronto');
  });

  it('draws no PART_OF from a group at a body that is no research body', () => {
    const r = read(
      'Fundación Litoral, a civil society group at the Ministry of Public Administration, spoke.',
    );
    expect(r.relations.filter((x) => x.includes('PART_OF'))).toEqual([]);
  });

  it('gives "the head of the alliance\'s legal team" WORKS_FOR the alliance, not LEADS', () => {
    const r = read(
      "Valeria Quintanar, a nutritionist who coordinates the Alianza por la Salud Escolar, received eleven of them. Her colleague Joaquín Mendívil, the head of the alliance's legal team, received four more.",
    );
    expect(r.relations).toContain('Joaquín Mendívil -WORKS_FOR-> Alianza por la Salud Escolar');
    expect(r.relations).not.toContain('Joaquín Mendívil -LEADS-> Alianza por la Salud Escolar');
  });

  it('gives "The research was carried out together with A and B" to the research body, not to a government centre', () => {
    const r = read(
      'Published by the Laboratorio de Seguridad Digital Kukulkán. By Elena Saucedo and Iván Robledo. The research was carried out together with Fundación Litoral and SocialTIC. Press reports say that the Center for Research and National Security (CISEN) acquired Pegasus.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Laboratorio de Seguridad Digital Kukulkán -COLLABORATED_WITH-> Fundación Litoral',
        'Laboratorio de Seguridad Digital Kukulkán -COLLABORATED_WITH-> SocialTIC',
      ]),
    );
    expect(r.kinds).toEqual(
      expect.arrayContaining([
        'Laboratorio de Seguridad Digital Kukulkán: research',
        'Center for Research and National Security: government',
      ]),
    );
  });
});

describe('collaboration, sellers, spending and membership appositions', () => {
  it.each([
    [
      'R3D worked with SocialTIC on the forensic analysis of the phones.',
      'Red en Defensa de los Derechos Digitales -COLLABORATED_WITH-> SocialTIC',
    ],
    [
      'Citizen Lab has partnered with Article 19 and Fundación Litoral since 2016.',
      'Citizen Lab -COLLABORATED_WITH-> Fundación Litoral',
    ],
  ])('%s', (text, expected) => expect(read(text).relations).toContain(expected));

  it.each([
    "The Attorney General's Office refused to work with Fundación Litoral and SocialTIC.",
    'SocialTIC no longer works with Fundación Litoral.',
  ])('draws no COLLABORATED_WITH from: %s', (text) =>
    expect(read(text).relations.filter((x) => x.includes('COLLABORATED_WITH'))).toEqual([]),
  );

  it('reads DEVELOPED from "the spyware, which NSO Group sells only to governments"', () => {
    expect(
      read('The messages carried Pegasus, which NSO Group sells only to governments.').relations,
    ).toContain('NSO Group -DEVELOPED-> Pegasus');
  });

  it('reads ACQUIRED from "spent 32 million dollars on Pegasus", not from months spent on it', () => {
    expect(
      read("The Attorney General's Office spent 32 million dollars on Pegasus in 2014.").relations,
    ).toContain("Attorney General's Office -ACQUIRED-> Pegasus");
    expect(
      read('Citizen Lab spent months studying Pegasus.').relations.filter((x) => x.includes('ACQUIRED')),
    ).toEqual([]);
  });

  it('reads "X, one of the founding members of the Y network," as MEMBER_OF', () => {
    const r = read(
      'Fundación Litoral, one of the founding members of the Red de Periodistas del Pacífico, signed the letter.',
    );
    expect(r.relations).toContain('Fundación Litoral -MEMBER_OF-> Red de Periodistas del Pacífico');
  });
});

describe('who reports on the technology', () => {
  it('gives REPORTED_ON to the newspaper a report appeared in', () => {
    expect(
      read('A report in The New York Times revealed that Pegasus had been used against journalists.')
        .relations,
    ).toContain('The New York Times -REPORTED_ON-> Pegasus');
  });

  it('draws no REPORTED_ON for the buyer that press reports name', () => {
    const r = read(
      'Press reports say that the Center for Research and National Security also acquired Pegasus in 2015.',
    );
    expect(r.relations.filter((x) => x.includes('REPORTED_ON'))).toEqual([]);
  });
});

describe('colleagues', () => {
  it('gives "Her colleague X" the organisation of the person named before', () => {
    const r = read(
      'Valeria Quintanar, a nutritionist at the Alianza por la Salud Escolar, received eleven messages. Her colleague Joaquín Mendívil received four more.',
    );
    expect(r.relations).toContain('Joaquín Mendívil -WORKS_FOR-> Alianza por la Salud Escolar');
  });

  it('reads no affiliation from "her colleague" with no organisation named before', () => {
    const r = read(
      'Valeria Quintanar received eleven messages. Her colleague Joaquín Mendívil received four more.',
    );
    expect(r.relations.filter((x) => x.includes('WORKS_FOR'))).toEqual([]);
  });
});

describe('sold to, denials and plural jobs', () => {
  it('reads the maker after a buyer and the buyer of "sold to"', () => {
    const r = read('Pegasus was sold to the Mexican government by NSO Group.');
    expect(r.relations).toEqual(
      expect.arrayContaining(['NSO Group -DEVELOPED-> Pegasus', 'Government of Mexico -ACQUIRED-> Pegasus']),
    );
    expect(r.relations).not.toContain('Government of Mexico -DEVELOPED-> Pegasus');
  });

  it('reads "NSO Group sold the Pegasus spyware to X" as X ACQUIRED, and no buyer in "only to governments"', () => {
    expect(
      read('NSO Group sold the Pegasus spyware to the Center for Research and National Security in 2015.')
        .relations,
    ).toContain('Center for Research and National Security -ACQUIRED-> Pegasus');
    expect(
      read('NSO Group sold Pegasus only to governments.').relations.filter((x) => x.includes('ACQUIRED')),
    ).toEqual([]);
  });

  it('draws no USED from a denial', () => {
    const r = read("The Attorney General's Office denied using Pegasus against journalists.");
    expect(r.relations.filter((x) => x.includes('USED'))).toEqual([]);
  });

  it('finds the organisation of "Reporters at X were targeted"', () => {
    const r = read(PEGASUS + 'Reporters at Noticias del Valle were targeted, the Citizen Lab said.');
    expect(r.relations).toContain('Pegasus -TARGETED-> Noticias del Valle');
  });
});
