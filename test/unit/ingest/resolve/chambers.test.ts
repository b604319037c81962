// A chamber named alone and with its country in one batch (sentences of held-out set 6, read after its
// blind measure): one node when the batch names a single such chamber, none merged when it names two.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../ingest/extract/index.ts';
import { resolveFacts } from '../../../../ingest/resolve/index.ts';
import { docFromText } from '../support.ts';

const resolve = (texts: string[]) => resolveFacts(texts.map((t) => extractDocument(docFromText(t)))).entities;
const parliaments = (texts: string[]) =>
  resolve(texts)
    .filter((e) => e.type === 'Organization' && /Parliament/.test(e.name))
    .map((e) => e.name)
    .sort();

describe('a chamber alone and with its country', () => {
  it('"Parliament" and "Parliament of Ghana" are one node', () => {
    expect(
      parliaments([
        '"Parliament cannot learn about the purchase of spyware from the newspapers," Iddrisu said.\n',
        'The Select Committee on Communications of the Parliament of Ghana will hold a public hearing on 21 May 2024.\n',
      ]),
    ).toHaveLength(1);
  });

  it('with two countries\' parliaments in the batch, "Parliament" alone joins neither', () => {
    expect(
      parliaments([
        '"Parliament cannot learn about the purchase of spyware from the newspapers," Iddrisu said.\n',
        'The Select Committee on Communications of the Parliament of Ghana will hold a public hearing on 21 May 2024.\n',
        'A committee of the Parliament of Kenya will hold a hearing on the same day.\n',
      ]),
    ).toHaveLength(3);
  });
});
