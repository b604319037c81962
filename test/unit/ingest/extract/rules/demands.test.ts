// Demands typed CALLED_ON: summons with a title before the name, a committee named by a definite noun,
// Spanish demand verbs in the first person plural, court orders to act, passive invitations, and the
// cases that must draw nothing (an order for goods, a Spanish quotation, "ordered X to be notified").
import { describe, expect, it } from 'vitest';
import { read } from './passages.ts';

const COMMITTEE =
  'LEGISLATIVE ASSEMBLY OF COSTA RICA\nPermanent Special Committee on Security and Drug Trafficking\n\nThe committee met on 15 March 2023.\n\n';
const calls = (rels: string[]) => rels.filter((r) => r.includes('-CALLED_ON->'));

describe('summons and invitations', () => {
  it('"the committee summoned the Minister of the Presidency, Rolando Chaverri Mora, to testify"', () => {
    const { rels } = read(
      COMMITTEE +
        'At the request of Deputy Esteban Villalobos Quirós, the committee summoned the Minister of the Presidency, Rolando Chaverri Mora, to testify on the contract.\n',
    );
    expect(rels).toContain(
      'Permanent Special Committee on Security and Drug Trafficking -CALLED_ON-> Rolando Chaverri Mora',
    );
    // The deputy who asked is not the one who summoned.
    expect(calls(rels).filter((r) => r.startsWith('Esteban Villalobos Quirós'))).toEqual([]);
  });

  it('"the committee will invite" names the committee, not the deputy who announced it', () => {
    const { rels } = read(
      COMMITTEE +
        'Deputy Vanessa Obando Rojas announced that the committee will invite representatives of the Costa Rica Open Government Network to its next session.\n',
    );
    expect(rels).toContain(
      'Permanent Special Committee on Security and Drug Trafficking -CALLED_ON-> Costa Rica Open Government Network',
    );
  });

  it('"X was invited by the committee": the committee calls on X, not X on the committee', () => {
    const { rels } = read(
      COMMITTEE +
        'Rolando Chaverri Mora was invited by the Permanent Special Committee on Security and Drug Trafficking.\n',
    );
    expect(calls(rels)).toEqual([
      'Permanent Special Committee on Security and Drug Trafficking -CALLED_ON-> Rolando Chaverri Mora',
    ]);
  });

  it('"The Comisión ... de la Cámara de Diputados citó al ministro ... para que comparezca": the commission summons', () => {
    const { rels } = read(
      'La Comisión Permanente de Justicia y Derechos Humanos de la Cámara de Diputados citó este martes al ministro de Interior y Policía, Arsenio Tavárez Mejía, para que comparezca el próximo 28 de mayo.\n',
    );
    const got = calls(rels);
    expect(
      got.some((r) => /^Comisión Permanente de Justicia .*-CALLED_ON-> Arsenio Tavárez Mejía$/.test(r)),
    ).toBe(true);
    expect(got.filter((r) => r.startsWith('Cámara de Diputados'))).toEqual([]);
  });

  it('"the Justice Committee of the Senate urged X": the committee, not the Senate inside its name', () => {
    const { rels } = read(
      'The Senate approved the agreement.\n\nOn Tuesday the Justice Committee of the Senate urged the Attorney General, Raúl Cervera Montaño, to open an inquiry.\n',
    );
    expect(calls(rels)).toEqual(['Justice Committee -CALLED_ON-> Raúl Cervera Montaño']);
  });

  it('"citó al informe de X" is a quotation, not a summons', () => {
    const { rels } = read(
      'El diputado Ramón Ventura Castaño citó al Observatorio Dominicano de Derechos Digitales en su discurso.\n',
    );
    expect(calls(rels)).toEqual([]);
  });
});

describe('orders', () => {
  it('"the Chamber ordered the Ministry of the Presidency to destroy the data" is a call to act', () => {
    const { rels } = read(
      'The Constitutional Chamber found that the surveillance was unlawful. By six votes to one, the Constitutional Chamber ordered the Ministry of the Presidency to destroy the data obtained.\n',
    );
    expect(rels).toContain('Constitutional Chamber -CALLED_ON-> Ministry of the Presidency');
  });

  it('"ordered X to be notified" and "ordered Pegasus licences from NSO Group" call on no one', () => {
    const { rels } = read(
      "The Constitutional Chamber ordered the Attorney General's Office to be notified of the ruling. The Ministry of Defence ordered Pegasus licences from NSO Group in 2016.\n",
    );
    expect(calls(rels)).toEqual([]);
  });
});

describe('Spanish demands', () => {
  it.each([
    [
      'Exigimos al Ministerio de la Presidencia que publique el contrato firmado con Halcyon Dynamics.',
      'Ministerio de la Presidencia',
    ],
    [
      'Solicitamos a la Fiscalía General de la República que abra una investigación penal.',
      "Attorney General's Office",
    ],
    [
      'Hacemos un llamado a la Comisión Interamericana de Derechos Humanos para que realice una visita al país.',
      'Comisión Interamericana de Derechos Humanos',
    ],
  ])('"%s" → the authors call on %s', (sentence, target) => {
    const { rels } = read(`# Comunicado de la Red Cívica Ameyalli\n\n${sentence}\n`);
    const got = calls(rels);
    expect(got.some((r) => r.endsWith(`-CALLED_ON-> ${target}`))).toBe(true);
    // Halcyon Dynamics is what the contract was signed with, not who is called on.
    expect(got.filter((r) => r.endsWith('Halcyon Dynamics'))).toEqual([]);
  });

  it('"El diputado X pidió a la Procuraduría General de la República que abra una investigación"', () => {
    const { rels } = read(
      'El diputado Ramón Ventura Castaño pidió a la Procuraduría General de la República que abra una investigación.\n',
    );
    // The alias table knows the Procuraduría as the Attorney General's Office.
    expect(rels).toContain("Ramón Ventura Castaño -CALLED_ON-> Attorney General's Office");
  });
});

describe('"we" in a report', () => {
  const REPORT =
    '# Fundación Acceso Libre — Annual Report 2023\n\n## Chapter 2: Surveillance\n\nIn March we testified before the Legislative Assembly. We called on the Ministry of the Presidency to publish the contract and urged the Legislative Assembly to create an oversight body.\n\nWe also joined the Central American Coalition Against Surveillance in September 2023.\n';

  it('the organisation heading "Org — Annual Report 2023" published it and is "we", for both verbs', () => {
    const { rels } = read(REPORT, 'report.md');
    expect(rels).toContain('Fundación Acceso Libre -PUBLISHED-> DOC');
    expect(rels).toContain('Fundación Acceso Libre -CALLED_ON-> Ministry of the Presidency');
    expect(rels).toContain('Fundación Acceso Libre -CALLED_ON-> Legislative Assembly');
    expect(calls(rels).filter((r) => r.startsWith('Ministry of the Presidency'))).toEqual([]);
  });

  it('with no author known, a coalition joined in passing is not "we": the document calls on', () => {
    const { rels } = read(
      REPORT.replace('# Fundación Acceso Libre — Annual Report 2023', '# Annual Report 2023'),
    );
    expect(calls(rels).filter((r) => r.startsWith('Central American Coalition'))).toEqual([]);
    expect(rels).toContain('DOC -CALLED_ON-> Ministry of the Presidency');
  });
});

describe('the content of a demand is no demand of the one asked', () => {
  it('"We urge the Committee to request from the Ministry ..." calls on the committee only', () => {
    const { rels } = read(
      'The Justice Committee met.\n\nWe urge the Committee to request from the Ministry of the Interior every contract.\n',
    );
    expect(calls(rels)).toEqual(['DOC -CALLED_ON-> Justice Committee']);
  });

  it('"asked the government to guarantee" names no "Open Government Partnership"', () => {
    const { rels } = read(
      'The Open Government Partnership met in Paris. The Inter-American Commission on Human Rights asked the government to guarantee the safety of those who were targeted.\n',
    );
    expect(calls(rels).filter((r) => r.endsWith('Open Government Partnership'))).toEqual([]);
  });
});
