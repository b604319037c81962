// Builds SourceDocuments for extraction tests the way the reader does: id = doc: + sha256(bytes)[0..16].
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../../core/model/index.ts';
import { describeDocument } from '../../../ingest/extract/index.ts';

export function docFromText(text: string, path = 'test.md'): SourceDocument {
  const sha = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
  return {
    id: 'doc:' + sha.slice(0, 16),
    path,
    sha256: sha,
    format: 'md',
    text,
    ...describeDocument(text, path),
  };
}

export function docsIn(dir: string): SourceDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
    .sort()
    .map((f) => docFromText(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}
