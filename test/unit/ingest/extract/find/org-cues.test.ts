// Organisations whose names have no head word, typed by what the sentence says of them; and the cases where
// the same shapes hold a person or nothing.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('org-cues: head-less organisations from context', () => {
  it.each([
    [
      'The messages were sent in 2016, according to a report by Fundación Datos Abiertos.',
      'Fundación Datos Abiertos',
    ],
    ['Lakeside Lab published a report together with Datos Libres and Red Cívica Digital.', 'Datos Libres'],
    [
      "Amnesty International's secretary general, Noor Haddad, said the tool was misused.",
      'Amnesty International',
    ],
    ['Acceso Seguro and the Digital Defense Fund found evidence of infections.', 'Acceso Seguro'],
    ['Sentinel Research Group, working with Acceso Seguro, confirmed the infections.', 'Acceso Seguro'],
  ])('%s → %s', (text, name) => expect(read(text).entities).toContain(`Organization ${name}`));

  it.each([
    // A person after "working with" / before "found" is no organisation.
    'The lab, working with Ana Salgado, confirmed the infections.',
    'Ana Salgado and Pedro Ramírez found evidence of infections.',
    // One plain word before "found" could be anyone.
    'Smith found that the messages were fake.',
    // A person's possessive.
    "Beatriz Olvera's lawyer said the case would go to court.",
  ])('makes no organisation from: %s', (text) =>
    expect(read(text).entities.filter((e) => e.startsWith('Organization'))).toEqual([]),
  );
});

describe('org-cues: a describing noun after a preposition describes what follows it', () => {
  it('"X, a reporter for the weekly Y": Y is the outlet, X its reporter', () => {
    const { entities, relations } = read(
      'Ortega Lugo, a reporter for the weekly El Vigía de Sonora, received three messages.',
    );
    expect(entities).toContain('Organization El Vigía de Sonora');
    expect(entities).not.toContain('Organization Ortega Lugo');
    expect(relations).toContain('Ortega Lugo -WORKS_FOR-> El Vigía de Sonora');
  });

  it('"X, a Mexico City-based think tank": words before the noun still describe X', () =>
    expect(read('We met Datos Abiertos, a Mexico City-based think tank, in May.').entities).toContain(
      'Organization Datos Abiertos',
    ));
});
