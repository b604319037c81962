// Extraction quality on the bundled corpus, scored against the hand-made gold annotation (test/fixtures/gold).
// The thresholds are issue 2's targets; `npm run eval:extract` prints the details behind a failure.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type Score } from '../../../bench/quality/evaluate.ts';
import { readGold } from '../../../bench/quality/gold.ts';
import { PROJECT_ROOT } from '../../../core/config.ts';
import { extractPaths } from '../../../ingest/index.ts';

describe('extraction quality on data/corpus', () => {
  let score: Score;
  beforeAll(async () => {
    const gold = await readGold(path.join(PROJECT_ROOT, 'test/fixtures/gold/corpus.json'));
    const extraction = await extractPaths([path.join(PROJECT_ROOT, 'data/corpus')], { workers: 1 });
    score = evaluate(gold, extraction);
  });

  it('finds at least 90% of the named actors and institutions, each as exactly one node', () => {
    expect(score.entityRecallAsOne).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps at least 85% of extracted entities real and correctly typed', () => {
    expect(score.entityPrecision).toBeGreaterThanOrEqual(0.85);
  });

  it('draws at least 70% of the relations a careful reader draws, with the right type', () => {
    expect(score.relationRecall).toBeGreaterThanOrEqual(0.7);
  });
});
