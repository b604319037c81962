// Batches: bad files are reported and the rest kept, duplicates read once, the same output for one worker
// or two, and a worker thread that dies loses no file.
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPaths, runPipeline } from '../../../../ingest/index.ts';
import { makePdf } from '../read/make-pdf.ts';

const CORPUS = 'data/corpus';
const STATEMENT = 'data/corpus/2017-06-14-ogp-co-chairs-statement.md';
const LETTER = 'data/corpus/2017-06-14-south-african-csos-solidarity-letter.md';
const SLOW = 120_000;

let mixed: string;
beforeAll(async () => {
  mixed = await mkdtemp(join(tmpdir(), 'kg-batch-'));
  await copyFile(STATEMENT, join(mixed, 'a-statement.md'));
  await copyFile(LETTER, join(mixed, 'c-letter.md'));
  await copyFile('test/fixtures/bad/empty.md', join(mixed, 'b-empty.md'));
  await copyFile('test/fixtures/bad/nul-bytes.txt', join(mixed, 'd-binary.txt'));
  await writeFile(join(mixed, 'e-notes.docx'), 'not a document kg reads');
  await writeFile(
    join(mixed, 'f-report.pdf'),
    makePdf(['Citizen Lab published a report.', 'R3D and SocialTIC helped.']),
  );
  await writeFile(join(mixed, 'g-page.html'), '<title>Page</title><p>INAI and SFP met in Mexico City.</p>');
});

describe('extractPaths', () => {
  it('keeps the good documents and reports each bad file with its code', async () => {
    const extraction = await extractPaths([mixed, join(mixed, 'missing.md')], { workers: 1 });
    expect(extraction.documents.map((d) => d.path)).toEqual([
      join(mixed, 'a-statement.md'),
      join(mixed, 'c-letter.md'),
      join(mixed, 'f-report.pdf'),
      join(mixed, 'g-page.html'),
    ]);
    expect(extraction.failures.map((f) => [f.path, f.code])).toEqual([
      [join(mixed, 'b-empty.md'), 'EMPTY'],
      [join(mixed, 'd-binary.txt'), 'BINARY'],
      [join(mixed, 'e-notes.docx'), 'UNSUPPORTED'],
      [join(mixed, 'missing.md'), 'UNREADABLE'],
    ]);
  });

  it('reads a duplicated document once and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-dup-'));
    await copyFile(STATEMENT, join(dir, 'one.md'));
    await copyFile(STATEMENT, join(dir, 'two.md'));
    const progress: number[] = [];
    const run = await runPipeline([dir], { workers: 1, onProgress: (done) => progress.push(done) });
    expect(run.extraction.documents.map((d) => d.path)).toEqual([join(dir, 'one.md')]);
    expect(run.duplicates).toEqual([{ path: join(dir, 'two.md'), sameAs: join(dir, 'one.md') }]);
    expect(run.extraction.failures).toEqual([]);
    expect(progress).toEqual([1, 2]);
  });

  it(
    'gives the same extraction with one worker (in-process) and with two worker threads (all formats)',
    async () => {
      const one = await runPipeline([CORPUS, mixed], { workers: 1 });
      const two = await runPipeline([CORPUS, mixed], { workers: 2 });
      expect(one.stats.inProcess).toBe(true);
      expect(two.stats.inProcess).toBe(false);
      expect(two.stats.perWorker.map((w) => w.documents).reduce((a, b) => a + b)).toBe(7);
      expect(one.extraction.documents).toHaveLength(7);
      expect(new Set(two.extraction.documents.map((d) => d.format))).toEqual(new Set(['md', 'pdf', 'html']));
      expect(JSON.stringify(two.extraction)).toBe(JSON.stringify(one.extraction));
    },
    SLOW,
  );

  it(
    'loses no file when worker threads die (here: a heap too small to even start)',
    async () => {
      const run = await runPipeline([CORPUS], { workers: 2, workerHeapMb: 4 });
      expect(run.stats.perWorker.reduce((sum, w) => sum + w.crashes, 0)).toBeGreaterThan(0);
      expect(run.extraction.documents).toHaveLength(5);
      expect(run.extraction.failures).toEqual([]);
    },
    SLOW,
  );

  it(
    'stops a file that runs past the per-file time limit and reports TIMEOUT',
    async () => {
      const run = await runPipeline([LETTER, STATEMENT], { workers: 2, fileTimeoutMs: 1 });
      expect(run.extraction.failures.map((f) => f.code)).toEqual(['TIMEOUT', 'TIMEOUT']);
      expect(run.extraction.documents).toEqual([]);
    },
    SLOW,
  );

  it(
    'runs a file queued behind one that timed out again on a fresh thread: one result per file',
    async () => {
      // One worker thread, so the second file waits in its queue when the first one is stopped.
      const run = await runPipeline([LETTER, STATEMENT], { workers: 1, threads: true, fileTimeoutMs: 1 });
      expect(run.stats.inProcess).toBe(false);
      expect(run.extraction.failures.map((f) => [f.path, f.code])).toEqual([
        [STATEMENT, 'TIMEOUT'],
        [LETTER, 'TIMEOUT'],
      ]);
      expect(run.stats.perWorker[0]?.crashes).toBe(0);
    },
    SLOW,
  );
});
