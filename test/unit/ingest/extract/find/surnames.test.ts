// A person named in full once and by surname after that: the bare surname is the same person.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('surnames: later bare surnames', () => {
  it('reads a role given to the surname alone', () => {
    const r = read(
      'Beatriz Olvera and Tomás Zárate received text messages laced with links to Pegasus. Olvera, a nutrition researcher at the Institute for Public Nutrition, said she had almost clicked.',
    );
    expect(r.relations).toContain('Beatriz Olvera -WORKS_FOR-> Institute for Public Nutrition');
    expect(r.relations).toContain('Pegasus -TARGETED-> Tomás Zárate');
  });

  it('leaves a surname two people share alone', () => {
    const r = read(
      'Beatriz Olvera and Ramón Olvera received messages. Olvera, a researcher at the Institute for Public Nutrition, spoke.',
    );
    expect(r.relations.filter((x) => x.includes('WORKS_FOR'))).toEqual([]);
  });

  it('does not read a surname inside a longer name as the person', () => {
    const r = read(
      'Beatriz Olvera spoke first. The Olvera Foundation, a charity, said its director had resigned.',
    );
    expect(r.entities).toContain('Organization Olvera Foundation');
    expect(r.relations.filter((x) => x.startsWith('Beatriz Olvera'))).toEqual([]);
  });
});
