// Organisations named beside others in "A, B and C" lists, bare names included; mixed lists left alone.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('lists: bare names beside an organisation are organisations', () => {
  it.each([
    [
      'The research was carried out with the support of Fundar, the Red en Defensa de los Derechos Digitales (R3D) and SocialTIC.',
      [
        'Organization Fundar',
        'Organization SocialTIC',
        'Organization Red en Defensa de los Derechos Digitales',
      ],
    ],
    [
      'The letter was signed by Fundar, the Institute for Security and Democracy (INSYDE) and Gesoc.',
      ['Organization Fundar', 'Organization Gesoc', 'Organization Institute for Security and Democracy'],
    ],
    [
      'Members of the network, among them Causa Común, the Institute for Security and Democracy (INSYDE) and Gesoc, had complained.',
      ['Organization Causa Común', 'Organization Gesoc'],
    ],
    [
      'Adeyemi said she had spoken with Mexican groups, including Fundar and Article 19.',
      ['Organization Fundar', 'Organization Article 19'],
    ],
  ])('%s', (text, expected) => {
    const r = read(text);
    for (const e of expected) expect(r.entities).toContain(e);
  });

  it('leaves a list with a person or a place alone', () => {
    const r = read('Ana Pérez, Fundar and R3D met in Mexico, Guatemala and Honduras.');
    expect(r.entities).not.toContain('Organization Fundar');
    expect(r.entities).not.toContain('Organization Ana Pérez');
  });

  it('reads no organisation out of a title-case heading', () => {
    const r = read(
      'Governing in the Dark: Spyware, Transparency and the Open Government Partnership in Mexico\n',
    );
    expect(r.entities).not.toContain('Organization Spyware');
    expect(r.entities).not.toContain('Organization Transparency');
  });

  it('takes no capitalised generic noun ("NGO") for a name', () => {
    const r = read('Citizen Lab worked with the aid of local digital rights NGO, SocialTIC and R3D.');
    expect(r.entities).not.toContain('Organization NGO');
  });
});

describe('lists: what is no list of organisations', () => {
  it('a possessive item modifies what follows ("X and the IACHR\'s Special Rapporteur")', () => {
    const r = read(
      "Marguerite Delacroix-Haas spoke first. Delacroix-Haas and the IACHR's Special Rapporteur, Edison Paucar, said Mexico had not answered.",
    );
    expect(r.entities).not.toContain('Organization Delacroix-Haas');
  });

  it('a bare surname of a person of the document is that person, not an organisation', () => {
    const r = read(
      'Rosa Kowalczyk wrote the report. Kowalczyk and the Mexican Institute for Competitiveness agreed.',
    );
    expect(r.entities).not.toContain('Organization Kowalczyk');
  });
});
