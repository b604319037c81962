// Staff named through their organisation: "its"/"their" titles, possessive titles, co-chairs, reporters
// for an outlet named after a descriptor, contact lines, and two-surname names. Invented names.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

describe('staff: people and the organisation they work for', () => {
  it.each([
    [
      'The Civic Ledger Foundation stayed silent for a week. Irene Castañeda, its chief executive officer, finally met the activists in Oaxaca.',
      'Irene Castañeda -LEADS-> Civic Ledger Foundation',
    ],
    [
      'The Andes Data Institute published the contracts. Its director, Bruno Salas Pizarro, said more would follow.',
      'Bruno Salas Pizarro -LEADS-> Andes Data Institute',
    ],
    [
      "INAI's commissioner president, Rebeca Quintero Lara, said the institute would review the contracts.",
      'Rebeca Quintero Lara -LEADS-> National Institute for Transparency, Access to Information and Personal Data Protection',
    ],
    [
      "The Harbour Accountability Alliance called for an audit. The alliance's executive director, Omar Velasco, said so.",
      'Omar Velasco -LEADS-> Harbour Accountability Alliance',
    ],
    [
      'Ingrid Sandvik of the Lowland Policy Institute, one of the civil society co-chairs of the Steering Committee, called the reports troubling.',
      'Ingrid Sandvik -CO_CHAIR_OF-> Steering Committee',
    ],
    [
      'The Open Government Partnership has a Steering Committee that reviews complaints. Grace Bankole of the Delta Trust, one of the co-chairs, said it would meet.',
      'Grace Bankole -CO_CHAIR_OF-> Steering Committee',
    ],
    [
      "The Andean Rights Network condemned the spying. Beatriz Ortega Lugo, the network's coordinator, spoke.",
      'Beatriz Ortega Lugo -WORKS_FOR-> Andean Rights Network',
    ],
    [
      'The Open Government Partnership said in a statement that its CEO, Sanjay Mehra, had written to the government.',
      'Sanjay Mehra -LEADS-> Open Government Partnership',
    ],
    [
      'Fundación Faro, whose director Héctor Baños was targeted, called for an inquiry.',
      'Héctor Baños -LEADS-> Fundación Faro',
    ],
    [
      'Silvia Lozano, who heads the research unit at Observatorio Cívico, said the findings were solid.',
      'Silvia Lozano -WORKS_FOR-> Observatorio Cívico',
    ],
    [
      "The Attorney General's Office, headed by Raúl Cervera Montaño, bought the spyware.",
      "Raúl Cervera Montaño -LEADS-> Attorney General's Office",
    ],
    [
      'Ernesto Villalba, founder and director of Fundación Faro, said the request was filed.',
      'Ernesto Villalba -LEADS-> Fundación Faro',
    ],
    [
      'Julián Carranza, a reporter for the weekly Semanario Norte, was among those targeted.',
      'Julián Carranza -WORKS_FOR-> Semanario Norte',
    ],
    [
      'For more information:\nObservatorio Ciudadano del Sur\nPaula Echeverri, a communications officer, prensa@example.org',
      'Paula Echeverri -WORKS_FOR-> Observatorio Ciudadano del Sur',
    ],
  ])('%s', (text, expected) => {
    expect(read(text).relations).toContain(expected);
  });

  it('heads the team, not the organisation: "head of the digital security team at Org"', () => {
    const r = read(
      'Carmen Olvera Ibarra, head of the digital security team at Fundación Faro, said the messages were crafted.',
    );
    expect(r.relations).toContain('Carmen Olvera Ibarra -WORKS_FOR-> Fundación Faro');
    expect(r.relations).not.toContain('Carmen Olvera Ibarra -LEADS-> Fundación Faro');
  });

  it('reads "director of communications at Org" as WORKS_FOR, not LEADS', () => {
    const r = read('Sofía Castro, director of communications at Fundación Faro, called it a scandal.');
    expect(r.roles).toContain('Sofía Castro director of communications Fundación Faro');
    expect(r.relations).not.toContain('Sofía Castro -LEADS-> Fundación Faro');
  });

  it('takes "led by" only after an organisation', () => {
    const r = read('The inquiry, led by Ernesto Villalba, found nothing, Fundación Faro said.');
    expect(r.relations.filter((x) => x.startsWith('Ernesto Villalba'))).toEqual([]);
  });

  it('gives "its" inside a sentence no owner when the sentence is about something else', () => {
    const r = read(
      'The report was praised by many groups, among them Citizen Lab. Since then, its director, Bruno Salas Pizarro, said he had seen the contracts.',
    );
    expect(r.relations.filter((x) => x.startsWith('Bruno Salas Pizarro'))).toEqual([]);
  });

  it('keeps the outlet a media organisation', () => {
    expect(read('Julián Carranza, a reporter for the weekly Semanario Norte, was targeted.').kinds).toContain(
      'Semanario Norte: media',
    );
  });

  it('gives "its" no owner when the previous sentence is not about an organisation', () => {
    const r = read(
      'The report came out in June and the Andes Data Institute read it. Bruno Salas Pizarro, its author, said more would follow.',
    );
    expect(r.relations.filter((x) => x.startsWith('Bruno Salas Pizarro'))).toEqual([]);
  });

  it('takes "the network\'s" as the subject of the sentence before, not the last group named', () => {
    const r = read(
      "The Andean Rights Network condemned the spying, documented with Datos Libres. The network's coordinator, Beatriz Ortega Lugo, spoke.",
    );
    expect(r.relations).toContain('Beatriz Ortega Lugo -WORKS_FOR-> Andean Rights Network');
    expect(r.relations).not.toContain('Beatriz Ortega Lugo -WORKS_FOR-> Datos Libres');
  });

  it('reads no co-chair without a body named there or just before', () => {
    const r = read('Grace Bankole of the Delta Trust, one of the co-chairs, said it would meet.');
    expect(r.relations.filter((x) => x.includes('CO_CHAIR_OF'))).toEqual([]);
  });

  it('takes no contact line under a line that is not an organisation alone', () => {
    const r = read(
      'We met in Oaxaca on Monday\nPaula Echeverri, a communications officer, prensa@example.org',
    );
    expect(r.relations.filter((x) => x.startsWith('Paula Echeverri -WORKS_FOR'))).toEqual([]);
  });
});

describe('double surnames: "Ortega Lugo" later is the one "María José Ortega Lugo"', () => {
  it('folds the two-surname mention into the full name', () => {
    const r = read(
      'María José Ortega Lugo, the coordinator of Red Cívica Sur, spoke first. Ortega Lugo added that the network had left the secretariat.',
    );
    expect(r.entities.filter((e) => e.startsWith('Person'))).toEqual(['Person María José Ortega Lugo']);
  });

  it('makes a later bare "Ortega Lugo" a mention of the person, not of "Ortega Lugo Foundation"', () => {
    const r = read(
      'María José Ortega Lugo spoke first. Later, Ortega Lugo, a researcher at Datos Libres, said the Ortega Lugo Foundation was not involved.',
    );
    expect(r.relations).toContain('María José Ortega Lugo -WORKS_FOR-> Datos Libres');
    expect(r.entities.filter((e) => e.startsWith('Person'))).toEqual(['Person María José Ortega Lugo']);
  });

  it('leaves the pair alone when two people share it', () => {
    const r = read(
      'Ana Ortega Lugo and Luis Ortega Lugo, siblings, both spoke. Ortega Lugo said the network had left the secretariat.',
    );
    expect(r.entities).toContain('Person Ana Ortega Lugo');
    expect(r.entities).toContain('Person Luis Ortega Lugo');
  });
});
