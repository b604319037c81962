// Targets in news style: semicolon lists with appositions, "the targets included", "were among those
// targeted", text messages with links; and lists of things that are not people.
import { describe, expect, it } from 'vitest';
import { read } from '../support.ts';

const PEGASUS = 'Pegasus, made by NSO Group, was used against activists. ';

describe('targets: TARGETED and the apposition roles', () => {
  it.each([
    [
      'The targets included Ernesto Valdivia, a researcher at the National Institute of Soil Sciences; Carmen Robledo, executive director of the Alliance for Clean Water; and Ignacio Peralta, a lawyer with the Center for Human Rights Defense.',
      [
        'Pegasus -TARGETED-> Ernesto Valdivia',
        'Pegasus -TARGETED-> Carmen Robledo',
        'Pegasus -TARGETED-> Ignacio Peralta',
        'Ernesto Valdivia -WORKS_FOR-> National Institute of Soil Sciences',
        'Carmen Robledo -LEADS-> Alliance for Clean Water',
        'Ignacio Peralta -WORKS_FOR-> Center for Human Rights Defense',
      ],
    ],
    [
      'Among those targeted were Daniela Okafor, a scientist at the National Institute of Public Nutrition Research; Iván Sotomayor, spokesperson for the Coalition Against Junk Food; and Renata Villaseñor, a reporter for El Diario Central.',
      [
        'Pegasus -TARGETED-> Daniela Okafor',
        'Pegasus -TARGETED-> Renata Villaseñor',
        'Daniela Okafor -WORKS_FOR-> National Institute of Public Nutrition Research',
        'Iván Sotomayor -WORKS_FOR-> Coalition Against Junk Food',
        'Renata Villaseñor -WORKS_FOR-> El Diario Central',
      ],
    ],
    [
      'Beatriz Olvera and Tomás Zárate received text messages laced with links to Pegasus.',
      ['Pegasus -TARGETED-> Beatriz Olvera', 'Pegasus -TARGETED-> Tomás Zárate'],
    ],
    [
      'A second wave of text messages containing malicious links was sent to Marisol Ugalde and Fabián Cortázar, according to a report released Tuesday by Sentinel Research Group.',
      ['Pegasus -TARGETED-> Marisol Ugalde', 'Pegasus -TARGETED-> Fabián Cortázar'],
    ],
  ])('%s', (text, expected) => {
    const r = read(PEGASUS + text);
    for (const x of expected) expect(r.relations).toContain(x);
  });

  it.each([
    'Among the products the tax would cover were sodas; juices; and energy drinks.',
    'The groups made three demands: an independent inquiry; the release of the purchase contracts; and guarantees of protection for those targeted.',
    // The person reports the messages; she did not receive them.
    'According to Ana Salgado, the messages were sent to phones in three states.',
  ])('draws no TARGETED from: %s', (text) =>
    expect(read(PEGASUS + text).relations.filter((r) => r.includes('TARGETED'))).toEqual([]),
  );
});

describe('targets: hacking attempts and shared roles', () => {
  it('reads "attempts to hack the phones of A and B, both lawyers at Org"', () => {
    const r = read(
      PEGASUS +
        'Attempts to hack the phones of Dario Fonseca and Elena Marroquín, both lawyers at Defensa Legal Ciudadana, were also documented.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Pegasus -TARGETED-> Dario Fonseca',
        'Pegasus -TARGETED-> Elena Marroquín',
        'Dario Fonseca -WORKS_FOR-> Defensa Legal Ciudadana',
        'Elena Marroquín -WORKS_FOR-> Defensa Legal Ciudadana',
      ]),
    );
  });

  it('gives a singular apposition to its own person only', () => {
    const r = read(
      'Dario Fonseca and Elena Marroquín, a lawyer at Defensa Legal Ciudadana, met the prosecutor on Monday.',
    );
    expect(r.relations).toContain('Elena Marroquín -WORKS_FOR-> Defensa Legal Ciudadana');
    expect(r.relations).not.toContain('Dario Fonseca -WORKS_FOR-> Defensa Legal Ciudadana');
  });
});
