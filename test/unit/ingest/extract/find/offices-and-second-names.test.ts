// Offices and the bodies they belong to, and second names a text gives a body: sentences of the dev8 committee
// statement (Malawi) and of the dev11 wire story, report and press release (Kenya), read after their blind
// measures.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../ingest/extract/index.ts';
import { docFromText } from '../../support.ts';
import { read } from '../rules/passages.ts';

const KENYA_WIRE =
  'The Departmental Committee on Administration and Internal Security of the National Assembly voted to call Cabinet Secretary Dr. Elkanah Mutiso Kyalo before it on July 30, its chairwoman, Hon. Grace Wairimu-Ndegwa, told reporters outside Parliament Buildings.\n';

describe('second names of a body', () => {
  it('"X, which ... is also known as the Office of the Ombudsman" is one body', () => {
    const { ents } = read(
      'The Commission on Administrative Justice, which hears appeals against such refusals and is also known as the Office of the Ombudsman, said it had received a complaint from the two groups.\n',
    );
    expect(ents.filter((e) => /Commission on Administrative Justice|Ombudsman/.test(e))).toEqual([
      'Organization Commission on Administrative Justice',
    ]);
  });

  it('"X (CAJ), ..., known in Kiswahili as Y" gives Y to X', () => {
    const facts = extractDocument(
      docFromText(
        'When the NIS refused, Haki Wazi and the Open Bunge Trust appealed to the Commission on Administrative Justice (CAJ), the body that enforces the Act, known in Kiswahili as Tume ya Haki ya Utawala and to most Kenyans simply as the Ombudsman.\n',
      ),
    );
    const caj = facts.entities.filter((e) => e.aliases.includes('Commission on Administrative Justice'));
    expect(caj.map((e) => e.aliases.includes('Tume ya Haki ya Utawala'))).toEqual([true]);
  });

  it('"X (Office of the Ombudsman)" and "National Assembly (Bunge la Kitaifa)" name one body each', () => {
    const { ents } = read(
      'The Office will work closely with the Commission on Administrative Justice (Office of the Ombudsman), which is considering related appeals. The Data Commissioner has informed the Speaker of the National Assembly (Bunge la Kitaifa) of the investigation.\n',
    );
    expect(ents).toEqual(
      expect.arrayContaining([
        'Organization Commission on Administrative Justice',
        'Organization National Assembly',
      ]),
    );
    expect(ents.filter((e) => /Ombudsman|Bunge|Speaker/.test(e))).toEqual([]);
  });

  it('"Lab (University of Nairobi)" names the lab and its university, two bodies', () => {
    const { ents } = read(
      '*A joint report of the Kilima Digital Rights Lab (University of Nairobi) and Spurwerk Security Lab, Berlin.*\n',
    );
    expect(ents).toEqual(
      expect.arrayContaining([
        'Organization Kilima Digital Rights Lab',
        'Organization University of Nairobi',
      ]),
    );
  });
});

describe('offices are no organisations', () => {
  it('a committee named for two fields, a cabinet post and a courtesy title', () => {
    const { ents } = read(KENYA_WIRE);
    expect(ents).toEqual(
      expect.arrayContaining([
        'Organization Departmental Committee on Administration and Internal Security',
        'Organization National Assembly',
        'Person Elkanah Mutiso Kyalo',
        'Person Grace Wairimu-Ndegwa',
      ]),
    );
    expect(
      ents.filter((e) =>
        /^Person Internal Security$|Cabinet$|^Organization Departmental Committee on Administration$/.test(e),
      ),
    ).toEqual([]);
  });

  it('"Kenya\'s Cabinet Secretary for Interior and National Administration" is a post, not a body', () => {
    const { ents } = read(
      "A parliamentary committee on Tuesday summoned Kenya's Cabinet Secretary for Interior and National Administration to explain how a commercial spyware product came to be installed on the phones of journalists.\n",
    );
    expect(ents).toContain('Place Kenya');
    expect(ents.filter((e) => /Secretary|Cabinet/.test(e))).toEqual([]);
  });

  it('"the Director General of the X, Y" and "the Minister of Homeland Security, Z" are people', () => {
    const { ents } = read(
      'The Committee has resolved to summon the Director General of the National Intelligence Service, Lameck Kachingwe, and the Minister of Homeland Security, Wongani Chibambo-Nyirenda, to appear before it on 4 April 2023.\n',
    );
    expect(ents).toEqual(
      expect.arrayContaining(['Person Lameck Kachingwe', 'Person Wongani Chibambo-Nyirenda']),
    );
    // A ministry the document never names is not made up from its minister's title.
    expect(ents.filter((e) => e.includes('Ministry') || e.startsWith('Organization Lameck'))).toEqual([]);
  });

  it("a minister's post is a mention of the ministry the document names: the minister leads it", () => {
    const { rels } = read(
      'The Ministry of Interior and National Administration referred questions to the NIS. The committee summoned the Cabinet Secretary for Interior and National Administration, Elkanah Mutiso Kyalo, on Monday.\n',
    );
    expect(
      rels.filter(
        (r) =>
          r.startsWith('Elkanah Mutiso Kyalo -LEADS') &&
          r.endsWith('-> Ministry of Interior and National Administration'),
      ),
    ).toHaveLength(1);
  });

  it('"the Prime Minister" and "the Foreign Minister" name no ministry', () => {
    const { ents } = read('The Prime Minister and the Foreign Minister met the delegation on Monday.\n');
    expect(ents.filter((e) => e.includes('Ministry'))).toEqual([]);
  });

  it('"X, a former university lecturer" is no organisation', () => {
    const { ents } = read(
      'Dr. Elkanah Mutiso Kyalo did not reply. Kyalo, a former university lecturer who took office in 2023, has not commented publicly on the report.\n',
    );
    expect(ents.filter((e) => e.startsWith('Organization'))).toEqual([]);
  });

  it('"Hon. X, MP" in a list of members is a person', () => {
    const { ents } = read(
      'Members present:\n\n- Hon. Lusungu Kamanga-Banda, MP, Chairperson\n- Hon. Esnart Jere-Mkandawire, MP\n',
    );
    expect(ents).toEqual(
      expect.arrayContaining(['Person Lusungu Kamanga-Banda', 'Person Esnart Jere-Mkandawire']),
    );
  });

  it('a minister of a field the text names as a department belongs to that department (corpus)', () => {
    const { ents } = read(
      'The open letter was addressed to the Deputy Minister of Public Service and Administration, Minister Ayanda Dlodlo in her capacity as the Special Envoy of the lead department of the OGP in South Africa (the Department of Public Service and Administration).\n',
    );
    expect(ents).toContain('Organization Department of Public Service and Administration');
    expect(ents.filter((e) => e.includes('Ministry'))).toEqual([]);
  });

  it('"the Minister of X and the Secretary-General of Y": a hyphenated title in a list is no organisation', () => {
    const { ents } = read(
      'We ask the Committee to hear, in a public session, the Minister of Internal Administration and the Secretary-General of the Serviço de Informações de Segurança.\n',
    );
    expect(ents.filter((e) => /Secretary/.test(e))).toEqual([]);
  });
});
