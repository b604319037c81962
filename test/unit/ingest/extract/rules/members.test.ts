// People listed as members or staff of an organisation after "<noun> of <Org>:" / "<noun> at <Org>, including".
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('members: people listed under an organisation', () => {
  it('reads "three members of the Collective Against Impunity: A, B and C" as MEMBER_OF', () => {
    const r = read(
      'Pegasus was also aimed at three members of the Collective Against Impunity: Gonzalo Ibarra, Paulina Mendoza and Andrés Villalobos.',
    );
    for (const p of ['Gonzalo Ibarra', 'Paulina Mendoza', 'Andrés Villalobos'])
      expect(r.relations).toContain(`${p} -MEMBER_OF-> Collective Against Impunity`);
  });

  it('reads "researchers at Lakeside Lab, including A and B" as WORKS_FOR with the job', () => {
    const r = read('Researchers at Lakeside Lab, including Ana Ruiz and Luis Gómez, examined the phones.');
    expect(r.roles).toEqual(
      expect.arrayContaining(['Ana Ruiz researcher Lakeside Lab', 'Luis Gómez researcher Lakeside Lab']),
    );
  });

  it.each([
    // The people after the colon are not listed as its members.
    'The letter was sent to the Collective Against Impunity: Gonzalo Ibarra answered it.',
    // Members of one body met people of another.
    'Members of the Collective Against Impunity met Gonzalo Ibarra and Paulina Mendoza in Puebla.',
  ])('draws no membership from: %s', (text) =>
    expect(read(text).relations.filter((x) => /MEMBER_OF|WORKS_FOR/.test(x))).toEqual([]),
  );
});
