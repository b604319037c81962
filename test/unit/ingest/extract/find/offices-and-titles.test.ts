// Entity finding read on the blind set dev6 (and dev7, dev6b): offices named by a title, people announced by
// a title in an appositive, Spanish heads that open names, and works cited by a title in quotes or emphasis.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('entities read from real sentences', () => {
  it.each([
    [
      'Forsberg testified that the lab had found traces of Corvid on seven of the devices, including the phone of\nXimena Leiva Campos, a reporter for the weekly Semanario El Faro Tico.\n\nDeputy Villalobos Quirós urged the Attorney General, Gilberto Araya Solano, to open a criminal\ninvestigation into the DAE. Deputy Obando Rojas announced that the committee will invite the Ombudswoman,\nCatalina Ulate Brenes, and representatives of the Costa Rica Open Government Network to its next session.\n',
      ['Person Catalina Ulate Brenes', 'Organization Costa Rica Open Government Network'],
    ],
    [
      "The committee resolved to ask the Comptroller General of the Republic to audit the DAE's purchases between 2020 and 2022.",
      ['Organization Comptroller General of the Republic'],
    ],
    [
      'Judge rapporteur: Magistrate Leonor Castro Villegas. Dissenting: Magistrate Arturo Pacheco Lizano.',
      ['Person Leonor Castro Villegas', 'Person Arturo Pacheco Lizano'],
    ],
    [
      'Las organizaciones anunciamos hoy nuestro retiro de la Comisión Nacional de Gobierno Abierto, la instancia que compartimos con el Ministerio de Comunicación y la Defensoría de los Habitantes.',
      [
        'Organization Comisión Nacional de Gobierno Abierto',
        'Organization Ministerio de Comunicación',
        'Organization Defensoría de los Habitantes',
      ],
    ],
    [
      'Our work in 2023 was made possible by a grant from the Fondo Nórdico para la Libertad de Prensa.',
      ['Organization Fondo Nórdico para la Libertad de Prensa'],
    ],
    [
      'In 2023 we joined the Central American Coalition Against Surveillance and co-authored its first report, *Watched Voices*, with the Instituto Centroamericano de Estudios Digitales.',
      ['Document Watched Voices'],
    ],
    [
      'The Skarvik Security Research Lab publishes "Silent Tide", a report attributing the attacks to Pangolin.',
      ['Document Silent Tide'],
    ],
    [
      'Renata Villaseñor, a reporter for El Diario Central, was targeted.',
      ['Organization El Diario Central'],
    ],
    [
      'Fundación Kuxtal has asked the Office of the United Nations High Commissioner for Human Rights to send a mission.',
      ['Organization Office of the United Nations High Commissioner for Human Rights'],
    ],
    [
      '19 July 2017 - Amnesty International and Human Rights Watch call on the Mexican authorities to create an independent panel.',
      ['Organization Amnesty International', 'Organization Human Rights Watch'],
    ],
    [
      'SUPREME COURT OF JUSTICE — CONSTITUTIONAL CHAMBER\nRuling summary: habeas data appeal.\n',
      ['Organization SUPREME COURT OF JUSTICE', 'Organization CONSTITUTIONAL CHAMBER'],
    ],
    [
      'The infections were confirmed by the Lisbon-based research group Atlântida Forensics, whose lead investigator, Duarte Figueiral, said the attacks began in March.',
      ['Organization Atlântida Forensics', 'Person Duarte Figueiral'],
    ],
    [
      "Assembly member Rosalía Chiriboga Vaca, who chairs the Assembly's Oversight Committee, summoned the Minister of the Interior, Fabricio Landázuri Peña, to appear before the committee on 18 October.",
      ['Person Rosalía Chiriboga Vaca', 'Person Fabricio Landázuri Peña'],
    ],
    [
      "Ecuador's Ombudsman, Mireya Salgado Andrade, said her office would accompany the victims.",
      ['Person Mireya Salgado Andrade'],
    ],
    [
      "LIMA, 9 April 2019 — Peru's Congress on Monday summoned the head of the National Intelligence Directorate (DINI), Ulises Barrantes Ocampo, to explain why the phones of at least six journalists were infected with Sombra, a surveillance tool sold by the company Tessaly Labs.",
      ['Person Ulises Barrantes Ocampo', 'Organization National Intelligence Directorate'],
    ],
    [
      "The CNPD has also written to the Security Intelligence Service and to the Public Prosecutor's Office (Ministério Público), and will share its findings.",
      ['Organization Security Intelligence Service', "Organization Public Prosecutor's Office"],
    ],
    [
      'To: Rosalía Chiriboga Vaca\nChair, Oversight Committee\nNational Assembly of Ecuador\n\nDear Assembly Member Chiriboga Vaca,\n\nWe, the undersigned organisations, welcome the inquiry.\n',
      ['Person Rosalía Chiriboga Vaca'],
    ],
    [
      'Esmeralda Pimentel Batista, directora del observatorio, explicó que su organización trabajó con el Lindholm Centre for Cyber Accountability para analizar los teléfonos. El investigador del centro Kjell Anselmsson presentará los resultados ante la comisión.',
      ['Person Kjell Anselmsson'],
    ],
    [
      '**Por Natalia Urrego Cifuentes | Cali, 9 de marzo de 2021**\n\nHoy el Congreso citó al ministro.\n',
      ['Place Cali'],
    ],
    [
      'Agradecemos el acompañamiento de Artículo Centroamericano 13, que ha documentado los ataques contra la prensa desde 2021.',
      ['Organization Artículo Centroamericano 13'],
    ],
  ])('%s', (text, expected) => {
    const { entities } = read(text);
    for (const e of expected) expect(entities).toContain(e);
  });

  it('a quotation that is no title stays out ("an attack on the whole profession", "We found ...," said)', () => {
    const { entities } = read(
      '"We found the same operator on every phone," said the head of research. The group called it "an attack on the whole profession", a report said.',
    );
    expect(entities.filter((e) => e.startsWith('Document'))).toEqual([]);
  });

  it('a heading in capitals that names no body gives nothing ("OPEN LETTER: THE X SPYWARE MUST BE ...")', () => {
    const { entities } = read(
      'OPEN LETTER: THE TARSIER SPYWARE MUST BE INVESTIGATED IN PUBLIC\n\nWe write to you.\n',
    );
    expect(entities.filter((e) => /LETTER|SPYWARE|PUBLIC/.test(e))).toEqual([]);
  });

  it('a Spanish headline in capitals that opens with a plural head is no organisation (dev5)', () => {
    const { entities } = read(
      'ORGANIZACIONES EXIGEN INVESTIGACIÓN INDEPENDIENTE\n\nLas organizaciones firmantes exigimos una investigación.\n',
    );
    expect(entities.filter((e) => /EXIGEN/.test(e))).toEqual([]);
  });

  it('a committee "on" a comma list of fields is one name; a list of bodies or people after a comma is not', () => {
    const { entities } = read(
      'The Committee on Civil Liberties, Justice and Home Affairs met. The Committee on Justice, Amnesty International and Human Rights Watch spoke. The Ministry of Justice, Ana Torres and Juan Pérez were there.',
    );
    expect(entities).toContain('Organization Committee on Civil Liberties, Justice and Home Affairs');
    expect(entities).toContain('Organization Committee on Justice');
    expect(entities).toContain('Organization Human Rights Watch');
    expect(entities).toContain('Organization Ministry of Justice');
    expect(entities).toContain('Person Ana Torres');
  });

  it('a title after a possessive is no technology ("Ecuador\'s Ombudsman,")', () => {
    const { entities } = read(
      "Ecuador's Ombudsman, Mireya Salgado Andrade, said her office would accompany the victims.",
    );
    expect(entities.filter((e) => e.startsWith('Technology'))).toEqual([]);
  });

  it('the office of the comptroller is government', () => {
    const { kinds } = read(
      'The committee resolved to ask the Comptroller General of the Republic to audit it.',
    );
    expect(kinds).toContain('Comptroller General of the Republic: government');
  });
});
