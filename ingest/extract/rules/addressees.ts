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
import { isPlaceName } from '../lexicon.ts';
import { addOrg, addPerson, parseLine } from './signature-lines.ts';

const LABEL =
  /^(?:to|cc|c\.c\.?|bcc|copy|copies|attn\.?|attention|para|c\.c\.p\.?|con copia a|dirigido a|destinatari[oa]s?)\s*:\s*/i;
const BODY_PREFIX =
  /^(?:the\s+)?(?:members|chairs?|co-?chairs|commissioners|presidents?|secretary|secretariat|board|staff|colleagues)\s+(?:of|at)\s+(?:the\s+)?/i;
const DEAR_TITLED =
  /^\s*(?:dear|estimad[oa]|querid[oa])\s+(?:(?:mr|mrs|ms|miss|mx|dr|prof|president|minister|secretary|commissioner|ambassador|senator|madam|se[nñ]ora?|sra?|presidenta?|ministra?|secretari[oa]|comisionad[oa]|do[nñ]a|don)\.?\s+)+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*[,:]?\s*$/iu;

const SALUTATION = /^\s*(?:dear|estimad[oa]s?|querid[oa]s?|to whom)\b/i;
const NOT_RECIPIENT = /\b(letter|carta|statement|declaration|report|re|asunto)\b|:|^\W*\d/i;
const TITLED =
  /^\s*(?:(?:mr|mrs|ms|dr|prof|president|minister|secretary|commissioner|ambassador|senator|executive director|director|chair|lic|mtro|mtra|presidenta?|secretari[oa]|comisionad[oa])\.?\s+)+(?=\p{Lu})/iu;

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
function dearTitled(ctx: Ctx, s: Sentence, head: Sentence[]): void {
  const m = DEAR_TITLED.exec(ctx.clean.slice(s.start, s.end));
  if (!m) return;
  for (const h of head) if (h.start < s.start) findNames(ctx, h);
  const surname = fold(m[1] as string);
  for (const e of ctx.reg.entities.values()) {
    if (e.type !== 'Person') continue;
    if (!e.aliases.some((a) => ` ${fold(a)} `.includes(` ${surname} `))) continue;
    relate(ctx, 'ADDRESSED_TO', ctx.doc.id, e.key, s, 'salutation', 0.8);
    return;
  }
}

/**
 * The stanza of short lines right above the salutation ("Secretary Arely Gómez\nSecretaría de la Función
 * Pública\nMexico City"): a person there is the addressee (WORKS_FOR the organisation below), else the
 * organisation is.
 */
function recipientBlock(ctx: Ctx, head: Sentence[]): void {
  const at = head.findIndex((s) => SALUTATION.test(ctx.clean.slice(s.start, s.end)));
  if (at < 1) return;
  const stanza: Sentence[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const s = head[i] as Sentence;
    const below = stanza[0] ?? (head[at] as Sentence);
    if (!s.block || below.line - s.line > (stanza.length === 0 ? 2 : 1)) break;
    stanza.unshift(s);
  }
  if (stanza.length === 0 || stanza.length > 6) return;
  const text = (s: Sentence): string => ctx.clean.slice(s.start, s.end).trim();
  if (stanza.some((s) => NOT_RECIPIENT.test(text(s)))) return;
  let person: { key: string; role?: string } | null = null;
  for (const s of stanza) {
    const t = TITLED.exec(text(s));
    const raw = ctx.clean.slice(s.start, s.end);
    const from = s.start + raw.length - raw.trimStart().length;
    const p: string | null = person
      ? null
      : addPerson(ctx, from + (t ? t[0].length : 0), s.end, t ? 'lenient' : 'strong');
    if (p) {
      person = { key: p, ...(t ? { role: t[0].trim().toLowerCase() } : {}) };
      relate(ctx, 'ADDRESSED_TO', ctx.doc.id, p, s, 'recipient-block', 0.8);
      continue;
    }
    if (isPlaceName(text(s).split(',')[0] as string)) continue;
    findNames(ctx, s);
    const org =
      addOrg(ctx, s.start, s.end) ?? sentenceHits(ctx, s).find((h) => h.type === 'Organization')?.key;
    if (!org) continue;
    if (person) relate(ctx, 'WORKS_FOR', person.key, org, s, 'recipient-block', 0.75, person.role);
    else relate(ctx, 'ADDRESSED_TO', ctx.doc.id, org, s, 'recipient-block', 0.75);
    return;
  }
}

export function addresseeRules(ctx: Ctx): void {
  const head = ctx.sentences.slice(0, 25);
  recipientBlock(ctx, head);
  const tail = ctx.sentences.slice(Math.max(25, ctx.sentences.length - 15));
  for (const s of [...head, ...tail]) {
    const raw = ctx.clean.slice(s.start, s.end);
    const lead = raw.length - raw.trimStart().length;
    const label = LABEL.exec(raw.trimStart());
    if (label && tail.includes(s) && !/^(cc|c\.c|bcc|copy|copies|con copia)/i.test(label[0])) continue;
    if (!label) {
      dearTitled(ctx, s, head);
      continue;
    }
    let from = s.start + lead + label[0].length;
    for (const part of ctx.clean.slice(from, s.end).split(';')) {
      recipient(ctx, s, from, from + part.length);
      from += part.length + 1;
    }
  }
}
