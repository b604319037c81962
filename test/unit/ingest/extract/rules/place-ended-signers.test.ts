// "Org Place – Name, Role" signature rows whose organisation no head word types ("Budget Watch Croatia",
// "Transparency Serbia"): with a role after the name, a left side that is no person's name is the
// organisation. Read on held-out set 5 and dev9 after their blind measures.
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

const statement =
  'JOINT STATEMENT\n\nZagreb, 4 June 2024\n\nWe ask the Ministry of Justice to publish the contracts.\n\nSigned,\n\n' +
  'Adriatic Rights Centre – Marina Kovačić, Director of Research\n' +
  'Budget Watch Croatia – Petra Jurić, Coordinator\n' +
  'Press Union Rijeka – Zoran Perić, President\n';

describe('signature rows of organisations ending with a place', () => {
  const { rels } = read(statement, 'statement.txt');

  it.each([
    'Petra Jurić -WORKS_FOR(Coordinator)-> Budget Watch Croatia',
    'Petra Jurić -SIGNED-> DOC',
    'Zoran Perić -WORKS_FOR(President)-> Press Union Rijeka',
    'Marina Kovačić -WORKS_FOR(Director of Research)-> Adriatic Rights Centre',
  ])('%s', (rel) => {
    expect(rels).toContain(rel);
  });

  it('a person on the left of "Name – Name, Role" is not read as an organisation', () => {
    const { rels: r } = read(
      'JOINT STATEMENT\n\nZagreb, 4 June 2024\n\nSigned,\n\nMarina Kovačić – Adriatic Rights Centre, Director\n',
      'one.txt',
    );
    expect(r).toContain('Marina Kovačić -SIGNED-> DOC');
    expect(r.filter((x) => x.startsWith('Adriatic Rights Centre -WORKS_FOR'))).toEqual([]);
  });
});
