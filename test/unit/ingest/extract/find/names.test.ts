// Capitalised runs joined by "and": an organisation and the next person are two names.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('names: runs joined by "and"', () => {
  it('splits "<Org> and <Person>"', () => {
    const r = read(
      'Lucía Bermúdez of the National Institute of Rural Health and Héctor Amador, a member of the Network in Defense of Migrant Rights, were also among those targeted by Pegasus.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Organization National Institute of Rural Health',
        'Person Héctor Amador',
        'Organization Network in Defense of Migrant Rights',
      ]),
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Lucía Bermúdez -WORKS_FOR-> National Institute of Rural Health',
        'Héctor Amador -WORKS_FOR-> Network in Defense of Migrant Rights',
        'Pegasus -TARGETED-> Héctor Amador',
      ]),
    );
  });

  it.each([
    ['Ministry of Health and Social Welfare', 'Organization Ministry of Health and Social Welfare'],
    ['Bill and Melinda Gates Foundation', 'Organization Bill and Melinda Gates Foundation'],
  ])('keeps "%s" whole', (name, entity) => {
    expect(read(`The ${name} said it would study the case.`).entities).toContain(entity);
  });

  it('keeps lowercase function words inside institution names', () => {
    const r = read(
      'The targets included a researcher of the Mexican Institute for Competitiveness, Ana Ruiz, and Iván Sotomayor, a scientist at the National Institute of Public Health.',
    );
    expect(r.entities).toContain('Organization Mexican Institute for Competitiveness');
    expect(r.entities).toContain('Organization National Institute of Public Health');
    expect(r.relations).toContain('Iván Sotomayor -WORKS_FOR-> National Institute of Public Health');
  });

  it('takes "the institute" in running text for no name', () => {
    const r = read('The institute said in a statement that it had asked its staff to replace their phones.');
    expect(r.entities).toEqual([]);
  });
});

describe('names: "<Person> of the <Org>" with names no lexicon knows', () => {
  it('splits a person with an unknown first name from the organisation', () => {
    const r = read(
      'Messages reached advocates, including Mireya Solórzano of the Mexican Institute for Health Policy.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Person Mireya Solórzano', 'Organization Mexican Institute for Health Policy']),
    );
    expect(r.relations).toContain('Mireya Solórzano -WORKS_FOR-> Mexican Institute for Health Policy');
  });

  it.each([
    ['The Human Rights Commission of the State of Puebla opened a file.', 'Human Rights Commission'],
    ['The Supreme Court of the Nation ruled on Monday.', 'Supreme Court'],
  ])('does not split "%s"', (text, head) => {
    const r = read(text);
    expect(r.entities.filter((e) => e.startsWith('Person'))).toEqual([]);
    expect(r.entities.some((e) => e.includes(head))).toBe(true);
  });
});

describe("names: a legislator's title is no part of the name", () => {
  it.each([
    ['Congresswoman Jimena Arriaga Tello summoned the minister.', 'Person Jimena Arriaga Tello'],
    ['Congressman Raúl Peña said the spyware was bought in 2015.', 'Person Raúl Peña'],
    ['La diputada Ana Lilia Cárdenas pidió una investigación.', 'Person Ana Lilia Cárdenas'],
  ])('%s → %s', (text, entity) => expect(read(text).entities).toEqual([entity]));
});
