// Names in wire stories and news on legislatures (sentences of the dev7 set): "-based" cues, chambers of
// state, dates and acronyms after a name, titles of office, outlets after a speech verb.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('names: "<Place>-based <Org>"', () => {
  it.each([
    [
      'The Mexico City-based press freedom group Red Puentes Digitales said the case mirrored earlier abuses.',
      ['Place Mexico City', 'Organization Red Puentes Digitales'],
      'Place Mexico',
    ],
    [
      'The infections were documented by the Oslo-based Skarvik Security Research Lab, whose senior researcher Ingrid Solberg-Aas said the operator used Pangolin.',
      ['Place Oslo', 'Organization Skarvik Security Research Lab', 'Person Ingrid Solberg-Aas'],
      'Organization Oslo-based Skarvik Security Research Lab',
    ],
  ])('the place ends before "-based": %s', (text, wanted, unwanted) => {
    const r = read(text);
    expect(r.entities).toEqual(expect.arrayContaining(wanted));
    expect(r.entities).not.toContain(unwanted);
  });
});

describe('names: chambers of state', () => {
  it('"the Chamber of Representatives on Tuesday" is the chamber, without the weekday', () => {
    const r = read(
      'Representative Jhon Jairo Ballesteros said he would question the director before the Chamber of Representatives on Tuesday.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Person Jhon Jairo Ballesteros', 'Organization Chamber of Representatives']),
    );
  });

  it('"la Cámara Jhon Jairo Ballesteros" is the chamber and the person who sits there', () => {
    const r = read(
      'Sin embargo, el representante a la Cámara Jhon Jairo Ballesteros pidió a la Fiscalía General de la Nación abrir una investigación.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Person Jhon Jairo Ballesteros',
        'Organization Cámara',
        'Organization Fiscalía General de la Nación',
      ]),
    );
    expect(r.entities.filter((e) => e.includes('Cámara Jhon'))).toEqual([]);
  });

  it('a chamber followed by its committee keeps the committee', () => {
    expect(read('The Senate Human Rights Committee met on Monday.').entities).toContain(
      'Organization Senate Human Rights Committee',
    );
  });
});

describe('names: what follows a name', () => {
  it('a date after "on" is no part of the name', () => {
    const r = read(
      'We write about the Pangolin spyware, documented by the Skarvik Security Research Lab on 9 March 2021.',
    );
    expect(r.entities).toContain('Organization Skarvik Security Research Lab');
    expect(r.entities.filter((e) => e.includes('March'))).toEqual([]);
  });

  it('"and the <ACRONYM>" is a second name', () => {
    const r = read(
      'MinTIC, the Secretariat of Transparency and the DNI issue a joint communiqué denying any purchase of the software.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Organization Secretariat of Transparency',
        'Organization MinTIC',
        'Organization DNI',
      ]),
    );
  });

  it('"Joint Press Communiqué" is no organisation called "Joint Press"', () => {
    const r = read(
      'Joint Press Communiqué 014/2021: the national government responds to allegations of digital surveillance\n',
    );
    expect(r.entities.filter((e) => e.includes('Press'))).toEqual([]);
  });
});

describe('names: titles of office', () => {
  it('"Ombudsman X" is a person, without the title', () => {
    expect(
      read('Ombudsman Gloria Inés Betancur Mejía called for an independent panel of experts.').entities,
    ).toEqual(['Person Gloria Inés Betancur Mejía']);
  });

  it.each(['The Ombudsman’s Office declined to comment.', "It asked the Ombudsman's Office to investigate."])(
    'a title with an office head names the office: %s',
    (text) => {
      expect(read(text).entities.filter((e) => e.includes('Office'))).toHaveLength(1);
    },
  );
});

describe('names: the outlet a person spoke to', () => {
  it.each([
    [
      '"Nobody in this government buys spyware," Deputy Minister of Defence Carlos Alberto Pineda Ruiz told El Heraldo del Quindío.',
      'Organization El Heraldo del Quindío',
    ],
    [
      '"We have nothing to hide," the minister told El Correo de Jalisco on Monday.',
      'Organization El Correo de Jalisco',
    ],
    ['"We have nothing to hide," the minister told The Gulf Ledger.', 'Organization Gulf Ledger'],
  ])('%s', (text, outlet) => {
    const r = read(text);
    expect(r.entities).toContain(outlet);
    expect(r.entities.filter((e) => e.startsWith('Place'))).toEqual([]);
    expect(r.kinds).toContain(`${outlet.replace('Organization ', '')}: media`);
  });

  it('"told The President" is nobody', () => {
    expect(read('She told The President that she would resign.').entities).toEqual([]);
  });
});
