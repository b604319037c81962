/**
 * Addressee lines at the head of a letter: "To: Members of the Steering Committee, Open Government
 * Partnership", "Cc: Name, Title, Org", "Attn:", "Para:" → the document ADDRESSED_TO each recipient (the
 * person, with WORKS_FOR when the line gives an organisation, or the body); "Dear President Benavente," →
 * ADDRESSED_TO the person of that surname named earlier in the document. Only at the start of a line and
 * in the head, so "copied to: the Support Unit" in running text is no addressee.
 */
import { relate, type Ctx } from '../context.ts';
import { findNames } from '../find/names.ts';
import { fold } from '../../resolve/keys.ts';
import type { Sentence } from '../text/sentences.ts';
import { after, sentenceHits } from './helpers.ts';
import { addOrg, addPerson, parseLine } from './signature-lines.ts';

const LABEL =
  /^(?:to|cc|c\.c\.?|bcc|copy|copies|attn\.?|attention|para|c\.c\.p\.?|con copia a|dirigido a|destinatari[oa]s?)\s*:\s*/i;
const BODY_PREFIX =
  /^(?:the\s+)?(?:members|chairs?|co-?chairs|commissioners|presidents?|secretary|secretariat|board|staff|colleagues)\s+(?:of|at)\s+(?:the\s+)?/i;
const DEAR_TITLED =
  /^\s*(?:dear|estimad[oa]|querid[oa])\s+(?:(?:mr|mrs|ms|miss|mx|dr|prof|president|minister|secretary|commissioner|ambassador|senator|madam|se[nñ]ora?|sra?|presidenta?|ministra?|secretari[oa]|comisionad[oa]|do[nñ]a|don)\.?\s+)+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*[,:]?\s*$/iu;

function recipient(ctx: Ctx, s: Sentence, start: number, end: number): void {
  const got = parseLine(ctx, start, end, false);
  if (got.kind === 'full' && got.person) {
    relate(ctx, 'ADDRESSED_TO', ctx.doc.id, got.person, s, 'addressee-line', 0.85);
    if (got.org) relate(ctx, 'WORKS_FOR', got.person, got.org, s, 'addressee-line', 0.8, got.role);
    return;
  }
  const text = ctx.clean.slice(start, end);
  const prefix = BODY_PREFIX.exec(text.trimStart());
  const from = start + (text.length - text.trimStart().length) + (prefix ? prefix[0].length : 0);
  findNames(ctx, { ...s, start: from, end });
  const hit = after(sentenceHits(ctx, { ...s, start: from, end }), from, ['Organization', 'Person'])[0];
  const key = hit?.key ?? addPerson(ctx, from, end, 'strong') ?? addOrg(ctx, from, end);
  if (key) relate(ctx, 'ADDRESSED_TO', ctx.doc.id, key, s, 'addressee-line', 0.85);
}

/** "Dear President Benavente": the person named earlier whose name holds that surname. */
function dearTitled(ctx: Ctx, s: Sentence): void {
  const m = DEAR_TITLED.exec(ctx.clean.slice(s.start, s.end));
  if (!m) return;
  const surname = fold(m[1] as string);
  for (const e of ctx.reg.entities.values()) {
    if (e.type !== 'Person') continue;
    if (!e.aliases.some((a) => ` ${fold(a)} `.includes(` ${surname} `))) continue;
    relate(ctx, 'ADDRESSED_TO', ctx.doc.id, e.key, s, 'salutation', 0.8);
    return;
  }
}

export function addresseeRules(ctx: Ctx): void {
  for (const s of ctx.sentences.slice(0, 25)) {
    const raw = ctx.clean.slice(s.start, s.end);
    const lead = raw.length - raw.trimStart().length;
    const label = LABEL.exec(raw.trimStart());
    if (!label) {
      dearTitled(ctx, s);
      continue;
    }
    let from = s.start + lead + label[0].length;
    for (const part of ctx.clean.slice(from, s.end).split(';')) {
      recipient(ctx, s, from, from + part.length);
      from += part.length + 1;
    }
  }
}
