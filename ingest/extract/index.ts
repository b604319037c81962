/**
 * Public face of extraction: describe a document (title, date, kind) and draw its entities, mentions and
 * relations with evidence. Pure functions, no I/O, so the pipeline can run them on worker threads.
 */
import type { SourceDocument } from '../../core/model/index.ts';
import type { Ctx } from './context.ts';
import type { DocumentFacts } from './facts.ts';
import { findAcronyms } from './find/acronyms.ts';
import { findByContext } from './find/context.ts';
import { findFrenchNames } from './find/french-names.ts';
import { findListSiblings } from './find/lists.ts';
import { findNames } from './find/names.ts';
import { findOccurrences } from './find/occurrences.ts';
import { findPlaces } from './find/places.ts';
import { findSpeakerTurns } from './find/speaker-turns.ts';
import { findSurnames } from './find/surnames.ts';
import { finish } from './finish.ts';
import { Registry } from './registry.ts';
import { applyRules } from './rules/index.ts';
import { cleanText } from './text/clean.ts';
import { splitSentences } from './text/sentences.ts';
import { unwrapLines } from './text/unwrap.ts';

export { DocumentFacts, FactEntity, FactMention, FactRelation } from './facts.ts';
export { describeDocument, type DocumentDescription } from './describe.ts';

/**
 * Extract entities, mentions and relations (with evidence offsets into `doc.text`) from one document.
 * @example extractDocument(doc).entities.filter((e) => e.type === 'Person')
 */
export function extractDocument(doc: SourceDocument): DocumentFacts {
  const clean = unwrapLines(cleanText(doc.text));
  const ctx: Ctx = {
    doc,
    text: doc.text,
    clean,
    sentences: splitSentences(clean),
    reg: new Registry(doc.text),
    relations: [],
    signers: [],
    signerOrgs: [],
  };
  findAcronyms(ctx);
  applyRules(ctx, 'structure');
  for (const s of ctx.sentences) findNames(ctx, s);
  findFrenchNames(ctx);
  findSpeakerTurns(ctx);
  findByContext(ctx);
  findPlaces(ctx);
  findOccurrences(ctx);
  findListSiblings(ctx);
  findSurnames(ctx);
  applyRules(ctx, 'sentences');
  return finish(ctx);
}
