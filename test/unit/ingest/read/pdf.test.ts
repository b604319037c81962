// Reading PDF with pdfjs-dist: a small real PDF written at test time, and broken PDFs.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../../ingest/read/index.ts';
import { makePdf } from './make-pdf.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-pdf-'));
});

describe('readDocument on .pdf', () => {
  it('extracts the text layer, one line per text line', async () => {
    const path = join(dir, 'letter.pdf');
    await writeFile(
      path,
      makePdf(['Open letter to the OGP Steering Committee', 'Juan E. Pardinas - IMCO (Mexico)']),
    );
    const doc = await readDocument(path);
    expect(doc.format).toBe('pdf');
    expect(doc.text).toBe('Open letter to the OGP Steering Committee\nJuan E. Pardinas - IMCO (Mexico)');
    expect(doc.id).toMatch(/^doc:[0-9a-f]{16}$/);
  });

  it('refuses a PDF without text (e.g. a scan) as EMPTY', async () => {
    const path = join(dir, 'scan.pdf');
    await writeFile(path, makePdf([]));
    await expect(readDocument(path)).rejects.toMatchObject({ name: 'InputError', code: 'EMPTY' });
  });

  it.each([
    ['a truncated PDF', 'test/fixtures/bad/broken.pdf'],
    ['a text file named .pdf', 'data/corpus/2017-06-14-ogp-co-chairs-statement.md'],
  ])('refuses %s as PDF_INVALID', async (_label, source) => {
    const path = join(dir, `${_label.replace(/\W+/g, '-')}.pdf`);
    await writeFile(path, await readFile(source));
    await expect(readDocument(path)).rejects.toMatchObject({ name: 'InputError', code: 'PDF_INVALID' });
  });
});
