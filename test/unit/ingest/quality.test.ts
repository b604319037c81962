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

// Documents the rules were never tuned on (written apart from the extractor, text never shown to its
// authors). Their floors are the figures reached so far, a little under, so a rule change that loses ground
// on unseen text fails here; raise them as recall improves. Issue 2's targets are printed by eval:extract.
const HELD_OUT = [
  { dir: 'test/fixtures/heldout', asOne: 0.9, precision: 0.95, relations: 0.82, documents: 4 },
  { dir: 'test/fixtures/heldout2', asOne: 0.95, precision: 0.85, relations: 0.7, documents: 6 },
  { dir: 'test/fixtures/heldout3', asOne: 0.84, precision: 0.9, relations: 0.55, documents: 5 },
  { dir: 'test/fixtures/heldout4', asOne: 0.84, precision: 0.9, relations: 0.56, documents: 6 },
  { dir: 'test/fixtures/heldout5', asOne: 0.86, precision: 0.9, relations: 0.65, documents: 6 },
  { dir: 'test/fixtures/heldout6', asOne: 0.72, precision: 0.77, relations: 0.35, documents: 6 },
  { dir: 'test/fixtures/heldout7', asOne: 0.7, precision: 0.85, relations: 0.12, documents: 4 },
  { dir: 'test/fixtures/heldout8', asOne: 0.75, precision: 0.75, relations: 0.15, documents: 3 },
];

describe.each(HELD_OUT)('extraction quality on held-out documents ($dir)', (set) => {
  let score: Score;
  beforeAll(async () => {
    const gold = await readGold(path.join(PROJECT_ROOT, set.dir, 'gold.json'));
    const extraction = await extractPaths([path.join(PROJECT_ROOT, set.dir)], { workers: 1 });
    score = evaluate(gold, extraction);
  });

  it('finds the named actors and institutions as one node each, no worse than so far', () => {
    expect(score.entityRecallAsOne).toBeGreaterThanOrEqual(set.asOne);
  });

  it('keeps extracted entities real and correctly typed, no worse than so far', () => {
    expect(score.entityPrecision).toBeGreaterThanOrEqual(set.precision);
  });

  it('draws the relations a careful reader draws, no worse than so far', () => {
    expect(score.relationRecall).toBeGreaterThanOrEqual(set.relations);
  });

  it('finds document dates and kinds, no worse than so far', () => {
    expect(score.documents.correct).toBeGreaterThanOrEqual(set.documents);
  });
});
