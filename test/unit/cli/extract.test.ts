// `kg extract` end to end through bin/kg.js: summary, exit codes, the output file, --json and --out -.
import { execFile } from 'node:child_process';
import { access, copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { Extraction } from '../../../core/model/index.ts';
import { readExtraction } from '../../../ingest/index.ts';

const run = promisify(execFile);
const SLOW = 180_000;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function kg(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run('node', ['bin/kg.js', ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-cli-extract-'));
});

describe('kg extract', () => {
  it(
    'extracts the bundled corpus: exit 0, a summary, and a valid extraction file',
    async () => {
      const out = join(dir, 'graph.json');
      const result = await kg('extract', 'data/corpus', '--out', out);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Extracted 5 documents in /);
      expect(result.stdout).toMatch(/^Entities: \d+/m);
      expect(result.stdout).toMatch(/^Relations: \d+/m);
      const extraction = await readExtraction(out);
      expect(extraction.documents).toHaveLength(5);
      expect(extraction.failures).toEqual([]);
    },
    SLOW,
  );

  it(
    'with a bad file: exit non-zero, one line per failed file, and the good documents still written',
    async () => {
      const input = await mkdtemp(join(tmpdir(), 'kg-cli-bad-'));
      await copyFile('data/corpus/2017-06-14-ogp-co-chairs-statement.md', join(input, 'good.md'));
      await copyFile('test/fixtures/bad/nul-bytes.txt', join(input, 'binary.txt'));
      await copyFile('test/fixtures/bad/empty.md', join(input, 'empty.md'));
      const out = join(dir, 'partial.json');
      const result = await kg('extract', input, '--out', out, '--workers', '2');
      expect(result.code).not.toBe(0);
      const lines = result.stdout.split('\n');
      expect(lines.some((line) => line.startsWith(`  ${join(input, 'binary.txt')}: BINARY `))).toBe(true);
      expect(lines.some((line) => line.startsWith(`  ${join(input, 'empty.md')}: EMPTY `))).toBe(true);
      const extraction = await readExtraction(out);
      expect(extraction.documents.map((d) => d.path)).toEqual([join(input, 'good.md')]);
      expect(extraction.failures.map((f) => f.code)).toEqual(['BINARY', 'EMPTY']);
    },
    SLOW,
  );

  it(
    'with --json prints a JSON summary on stdout',
    async () => {
      const result = await kg('--json', 'extract', 'data/corpus', 'test/fixtures/bad/notes.docx');
      expect(result.code).toBe(1);
      const summary = JSON.parse(result.stdout) as {
        documents: number;
        failures: { code: string }[];
        out: null;
      };
      expect(summary.documents).toBe(5);
      expect(summary.failures.map((f) => f.code)).toEqual(['UNSUPPORTED']);
      expect(summary.out).toBeNull();
    },
    SLOW,
  );

  it(
    'with --out - writes the extraction as JSON on stdout and the summary on stderr',
    async () => {
      const result = await kg('extract', 'data/corpus/2017-06-14-ogp-co-chairs-statement.md', '--out', '-');
      expect(result.code).toBe(0);
      const extraction = Extraction.parse(JSON.parse(result.stdout));
      expect(extraction.documents).toHaveLength(1);
      expect(result.stderr).toMatch(/^Extracted 1 document in /);
    },
    SLOW,
  );

  it(
    'writes no file when nothing could be read, and refuses bad options',
    async () => {
      const out = join(dir, 'none.json');
      const result = await kg('extract', 'test/fixtures/bad/empty.md', '--out', out);
      expect(result.code).toBe(1);
      await expect(access(out)).rejects.toMatchObject({ code: 'ENOENT' });
      const bad = await kg('extract', 'data/corpus', '--workers', 'zero');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/BAD_OPTION/);
    },
    SLOW,
  );
});
