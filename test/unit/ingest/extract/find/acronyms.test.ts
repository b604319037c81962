// Acronyms: definitions in brackets must spell the name before them; a bare acronym used as an actor is an
// organisation (for resolution to join with a definition elsewhere in the batch).
import { describe, expect, it } from 'vitest';
import { couldAbbreviate } from '../../../../../ingest/extract/find/acronyms.ts';
import { read } from '../rules/passages.ts';

describe('couldAbbreviate', () => {
  it.each([
    ['AP', 'MEXICO CITY', false],
    ['AFP', 'GENEVA', false],
    ['STT', 'Tripartite Technical Secretariat', true],
    ['SFP', 'Ministry of Public Administration', true],
    ['IACHR', 'Inter-American Commission on Human Rights', true],
    ['PGR', 'Procuraduría General de la República', true],
  ])('%s for %s: %s', (acr, name, expected) => {
    expect(couldAbbreviate(acr, name)).toBe(expected);
  });
});

describe('acronyms in running text', () => {
  it('"Full Name (ACR)" still defines the acronym', () => {
    const { ents } = read(
      'The Observatorio Latinoamericano de Vigilancia Digital (OLAVI), a regional monitoring network, said it had recorded similar cases.\n',
    );
    expect(ents.filter((e) => e.includes('OLAVI') || e.includes('Observatorio'))).toEqual([
      'Organization Observatorio Latinoamericano de Vigilancia Digital',
    ]);
  });

  it.each([
    ['OLAVI condemns the use of the Pegasus spyware against lawyers and journalists.', 'Organization OLAVI'],
    [
      'The IACHR has offered to appoint such a panel, as it did in the Ayotzinapa case.',
      'Organization IACHR',
    ],
  ])('a bare acronym as the subject of an actor verb is an organisation: %s', (text, ent) => {
    expect(read(text + '\n').ents).toContain(ent);
  });

  it('a bare acronym used as a noun modifier is nothing', () => {
    const { ents } = read('The SMS messages carried links to a fake news site.\n');
    expect(ents.filter((e) => e.includes('SMS'))).toEqual([]);
  });
});

describe('acronyms in the original language after a translated name', () => {
  it.each([
    [
      'The Ministry of the Interior (SEGOB) denied the purchase. SEGOB did not answer.',
      'Ministry of the Interior',
    ],
    [
      'The Center for Research and National Security (CISEN) bought licences. CISEN declined to comment.',
      'Center for Research and National Security',
    ],
  ])('one node for the name and its acronym: %s', (text, name) => {
    const { ents } = read(text + '\n');
    expect(ents.filter((e) => /SEGOB|CISEN|Ministry|Center/.test(e))).toEqual([`Organization ${name}`]);
  });

  it('a dateline without an institution word still defines nothing', () => {
    const { ents } = read('MEXICO CITY (AP) — Mexican activists said on Monday that they were targeted.\n');
    expect(ents).not.toContain('Organization MEXICO CITY');
  });

  it('a comma before "the" ends the name: a list is not one organisation', () => {
    const { ents } = read(
      'Members of the network, among them Causa Común, the Institute for Security and Democracy (INSYDE) and Gesoc, had complained.\n',
    );
    expect(ents).toContain('Organization Institute for Security and Democracy');
    expect(ents.filter((e) => e.includes('Causa Común,'))).toEqual([]);
  });
});

describe('a name read back from a bracket is the last item of a list', () => {
  it('"the PGR, the CISEN and the Ministry of National Defence (SEDENA)"', () => {
    const { ents } = read(
      'The PGR, the CISEN and the Ministry of National Defence (SEDENA) are known to have bought licences.\n',
    );
    expect(ents).toContain('Organization Ministry of National Defence');
    expect(ents).toContain('Organization CISEN');
    expect(ents.filter((e) => e.includes('CISEN and'))).toEqual([]);
  });

  it('"Fundar, Causa Común and the Institute for Security and Democracy (INSYDE)" keeps every item', () => {
    const { ents } = read(
      'Fundar, Causa Común and the Institute for Security and Democracy (INSYDE) had complained.\n',
    );
    expect(ents).toEqual(
      expect.arrayContaining([
        'Organization Institute for Security and Democracy',
        'Organization Fundar',
        'Organization Causa Común',
      ]),
    );
  });

  it.each([
    ['The Ministry of Health and Social Welfare (MHSW) said no.', 'Ministry of Health and Social Welfare'],
    [
      'The Observatorio Latinoamericano de Vigilancia Digital (OLAVI), a regional network, said so.',
      'Observatorio Latinoamericano de Vigilancia Digital',
    ],
  ])('an "and" or "de" inside one name stays: %s', (text, name) => {
    expect(read(text + '\n').ents).toContain(`Organization ${name}`);
  });
});
