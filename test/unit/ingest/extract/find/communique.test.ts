// A government communiqué (dev7): ministries named for two fields with an acronym in the original language,
// and offices of state typed as government whatever field they are named for.
import { describe, expect, it } from 'vitest';
import { orgKind } from '../../../../../ingest/extract/find/kinds.ts';
import { read } from '../support.ts';

describe('ministries named for two fields', () => {
  it('"Ministry of Information and Communications Technologies (MinTIC)" is one organisation', () => {
    const r = read(
      'The Ministry of Information and Communications Technologies (MinTIC), the Secretariat of Transparency of the Presidency and the National Intelligence Directorate (DNI) inform the public that no entity bought the software. MinTIC said so.',
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Organization Ministry of Information and Communications Technologies',
        'Organization Secretariat of Transparency of the Presidency',
        'Organization National Intelligence Directorate',
      ]),
    );
    expect(r.entities).not.toContain('Organization Ministry of Information');
    expect(r.kinds).toContain('Ministry of Information and Communications Technologies: government');
  });

  it('a list read back from a bracket still ends at its last item', () => {
    const r = read('The PGR, the CISEN and the Ministry of National Defence (SEDENA) acquired Pegasus.');
    expect(r.entities).toContain('Organization Ministry of National Defence');
    expect(r.entities.filter((e) => e.includes('CISEN and'))).toEqual([]);
  });
});

describe('kinds of offices of state', () => {
  it.each([
    ['Ministry of Information and Communications Technologies', 'government'],
    ["Ombudsman's Office", 'government'],
    ['Inspector General’s Office', 'government'],
    ['Directorate of Press Services', 'government'],
    ['Orvana Dynamics Technologies', 'company'],
    ['Red Puentes Digitales', 'civil_society'],
  ])('%s: %s', (name, kind) => {
    expect(orgKind(name)).toBe(kind);
  });
});

describe('a body "of the" another body stays apart from it', () => {
  it.each([
    [
      'We call on the Steering Committee of the Open Government Partnership to act. The OGP said so.',
      ['Organization Open Government Partnership', 'Organization OGP Steering Committee'],
    ],
    [
      'Representative Ana Ruiz, a member of the First Committee of the Chamber of Representatives, spoke. The Chamber of Representatives voted.',
      [
        'Organization First Committee of the Chamber of Representatives',
        'Organization Chamber of Representatives',
      ],
    ],
  ])('%s', (text, names) => {
    expect(read(text).entities).toEqual(expect.arrayContaining(names));
  });
});
