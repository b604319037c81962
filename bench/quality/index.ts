/**
 * `npm run eval:extract`: extracts the bundled corpus and scores it against the hand-made gold annotation.
 * Prints entity recall (found / found as exactly one node), entity precision, relation recall, and the
 * lists a person needs to judge them (missing, split, unmatched). `--json` prints the score object;
 * `--corpus DIR --gold FILE` scores another annotated set (e.g. test/fixtures/heldout).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../core/config.ts';
import { extractPaths } from '../../ingest/index.ts';
import { evaluate, type Score } from './evaluate.ts';
import { readGold } from './gold.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const TARGETS = { entityRecallAsOne: 0.9, entityPrecision: 0.85, relationRecall: 0.7 };

function print(score: Score): void {
  const e = score.entities;
  const r = score.relations;
  const mark = (v: number, t: number) => (v >= t ? 'PASS' : 'MISS');
  console.log(
    `entities  found ${e.found}/${e.required} (${pct(score.entityRecall)}), as one node ${e.foundAsOne}/${e.required} (${pct(score.entityRecallAsOne)}) target ≥ 90% ${mark(score.entityRecallAsOne, TARGETS.entityRecallAsOne)}`,
  );
  console.log(
    `          precision ${e.correct}/${e.extracted} real and correctly typed (${pct(score.entityPrecision)}) target ≥ 85% ${mark(score.entityPrecision, TARGETS.entityPrecision)}`,
  );
  console.log(
    `relations found ${r.found}/${r.required} with the right type (${pct(score.relationRecall)}) target ≥ 70% ${mark(score.relationRecall, TARGETS.relationRecall)}`,
  );
  console.log(
    `          ${r.matchingGold}/${r.extracted} extracted relations (MENTIONS aside) match a gold relation`,
  );
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    console.log(`\n${title} (${items.length}):`);
    for (const item of items) console.log(`  - ${item}`);
  };
  const d = score.documents;
  if (d.checked > 0) console.log(`documents ${d.correct}/${d.checked} dates and kinds right`);
  list('documents: wrong date or kind', d.wrong);
  list('missing entities', e.missing);
  list('split entities (more than one node)', e.split);
  list('over-merged entities', e.overMerged);
  list('wrong type', e.wrongType);
  list('extracted entities not in the gold (judge: real or junk?)', e.unmatched);
  list('missing relations', r.missing);
}

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.join(PROJECT_ROOT, 'data/corpus') },
    gold: { type: 'string', default: path.join(PROJECT_ROOT, 'test/fixtures/gold/corpus.json') },
    json: { type: 'boolean', default: false },
  },
});
const corpus = path.resolve(values.corpus);
const gold = await readGold(path.resolve(values.gold));
const extraction = await extractPaths([corpus], { workers: 1 });
const score = evaluate(gold, extraction);
if (values.json) console.log(JSON.stringify(score, null, 2));
else print(score);
