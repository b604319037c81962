// Reading Markdown and plain text: ids from the raw bytes, normalised text (LF, NFC), encodings.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../../ingest/read/index.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-read-'));
});

describe('readDocument on text formats', () => {
  it('reads a corpus Markdown file with an id from the sha256 of its bytes', async () => {
    const path = 'data/corpus/2017-06-14-ogp-co-chairs-statement.md';
    const doc = await readDocument(path);
    const sha = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    expect(doc.sha256).toBe(sha);
    expect(doc.id).toBe(`doc:${sha.slice(0, 16)}`);
    expect(doc.format).toBe('md');
    expect(doc.path).toBe(path);
    expect(doc.text).toContain('Open Government Partnership Steering Committee');
    expect(doc.title.length).toBeGreaterThan(0);
  });

  it('normalises CRLF and lone CR to LF and composes Unicode (NFC) before offsets exist', async () => {
    const path = join(dir, 'crlf.txt');
    await writeFile(path, 'Secretari\u0301a de la Funcio\u0301n Pu\u0301blica\r\nline two\rline three\r\n');
    const doc = await readDocument(path);
    expect(doc.text).toBe('Secretaría de la Función Pública\nline two\nline three\n');
    expect(doc.text).toBe(doc.text.normalize('NFC'));
    expect(doc.format).toBe('txt');
  });

  it('drops a UTF-8 byte-order mark and reads .markdown as Markdown', async () => {
    const path = join(dir, 'bom.markdown');
    await writeFile(
      path,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Título\n\nTexto.')]),
    );
    const doc = await readDocument(path);
    expect(doc.text).toBe('# Título\n\nTexto.');
    expect(doc.format).toBe('md');
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const path = join(dir, 'utf16.txt');
    await writeFile(
      path,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Núcleo de Organizaciones', 'utf16le')]),
    );
    expect((await readDocument(path)).text).toBe('Núcleo de Organizaciones');
  });

  it('decodes Windows-1252 / Latin-1 Spanish with its accents', async () => {
    const doc = await readDocument('test/fixtures/bad/latin1-spanish.txt');
    expect(doc.text).toContain('La Secretaría de la Función Pública (SFP)');
    expect(doc.text).toContain('Núcleo de Organizaciones');
    expect(doc.text).toContain('“¿Qué garantías hay?”, preguntó la señora Muñoz — directora de Artículo 19.');
    expect(doc.text).not.toContain('\uFFFD');
  });

  it('gives the same id for the same bytes whatever the file is called', async () => {
    const a = join(dir, 'a.md');
    const b = join(dir, 'b.txt');
    await writeFile(a, 'Same words.');
    await writeFile(b, 'Same words.');
    expect((await readDocument(a)).id).toBe((await readDocument(b)).id);
  });
});
