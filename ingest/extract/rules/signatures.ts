/**
 * Signature blocks: "Name - Organisation[, Expansion]" and "Name, Title[, Title], Organisation" lines give
 * Person WORKS_FOR Organisation (with role) and, after a closing ("Sincerely", "Yours") or a header such as
 * "OGP Steering Committee Co-Chairs", SIGNED the document; a co-chairs header gives CO_CHAIR_OF.
 */
import { hitsIn, relate, type Ctx } from '../context.ts';
import { classifyName } from '../find/classify.ts';
import { orgKind } from '../find/kinds.ts';
import { findNames } from '../find/names.ts';
import { tokenize } from '../text/tokens.ts';
import type { Sentence } from '../text/sentences.ts';
import { TITLES } from '../../vocabulary/cues.ts';
import { stripAccents } from '../../resolve/keys.ts';
import { findDates } from '../text/dates.ts';

const CLOSING =
  /^(sincerely|yours|regards|respectfully|kind regards|best regards|atentamente|on behalf of|signed)/i;
const HEADER = /\b(co-?chairs?|signator(y|ies)|signed by|supporting organi[sz]ations|members)\s*:?\s*$/i;

function personAt(ctx: Ctx, start: number, end: number): string | null {
  const toks = tokenize(ctx.clean, start, end);
  if (toks.length < 2 || toks.length > 5) return null;
  const typed = classifyName(
    toks.map((t) => t.text),
    { titled: true },
  );
  if (typed?.type !== 'Person') return null;
  return ctx.reg.add(
    'Person',
    (toks[0] as { start: number }).start,
    (toks[toks.length - 1] as { end: number }).end,
  );
}

function orgAt(ctx: Ctx, start: number, end: number): string | null {
  const body = ctx.clean.slice(start, end);
  const lead = body.length - body.trimStart().length;
  const name = body.trim().replace(/[.,;]+$/, '');
  if (!/^[\p{Lu}\d]/u.test(name) || findDates(name).length > 0 || name.length > 120) return null;
  const s = start + lead;
  const comma = name.indexOf(', ');
  const kind = orgKind(name, 'civil society organisation');
  if (comma > 0) {
    const key = ctx.reg.add('Organization', s, s + comma, { kind });
    const other = ctx.reg.add('Organization', s + comma + 2, s + name.length, { kind });
    ctx.reg.merge(key, other);
    return key;
  }
  return ctx.reg.add('Organization', s, s + name.length, { kind });
}

function titleLike(part: string): boolean {
  return part.split(/\s+/).some((w) => TITLES.has(stripAccents(w).toLowerCase()));
}

/** Parse one block line as a signature; returns [person?, org?, role?]. */
function signature(ctx: Ctx, s: Sentence): [string | null, string | null, string | undefined] | null {
  const line = ctx.clean.slice(s.start, s.end);
  const dash = /^(.{3,60}?)\s+[-–—]\s+(.{2,140})$/u.exec(line);
  if (dash) {
    const left = dash[1] as string;
    const person = personAt(ctx, s.start, s.start + left.length);
    if (person) {
      const rs = s.start + line.length - (dash[2] as string).length;
      return [person, orgAt(ctx, rs, s.end), undefined];
    }
  }
  const parts = line.split(/,\s+/);
  if (parts.length >= 2) {
    const first = parts[0] as string;
    const last = parts[parts.length - 1] as string;
    const middle = parts.slice(1, -1);
    if (middle.length > 0 && !middle.every(titleLike)) return null;
    if (parts.length === 2 && classifyName(last.split(/\s+/))?.type !== 'Organization') return null;
    const person = personAt(ctx, s.start, s.start + first.length);
    if (!person) return null;
    const org = orgAt(ctx, s.start + line.length - last.length, s.end);
    return [person, org, middle.length > 0 ? middle.join(', ') : undefined];
  }
  return null;
}

/** Signature-block rules over the document's short lines. */
export function signatureRules(ctx: Ctx): void {
  let closed = false;
  let group: string | null = null;
  let groupRole = '';
  const total = ctx.sentences.length;
  ctx.sentences.forEach((s, i) => {
    const line = ctx.clean.slice(s.start, s.end).trim();
    const byline = /^by\s+(.{3,60})$/i.exec(line);
    if (byline && s.block && i < 8) {
      const from = s.start + line.length - (byline[1] as string).length;
      const person = personAt(ctx, from, s.end);
      if (person) relate(ctx, 'AUTHORED', person, ctx.doc.id, s, 'byline', 0.85);
      return;
    }
    if (CLOSING.test(line)) {
      closed = true;
      return;
    }
    if (s.block && HEADER.test(line)) {
      closed = true;
      findNames(ctx, s);
      const org = hitsIn(ctx, s.start, s.end, ['Organization'])[0];
      group = /co-?chair/i.test(line) && org ? org.key : null;
      groupRole = /co-?chair/i.test(line) ? 'co-chair' : '';
      return;
    }
    if (!s.block) {
      if (!closed) group = null;
      return;
    }
    const sig = signature(ctx, s);
    const signing = closed || i > total * 0.6;
    if (sig) {
      const [person, org, role] = sig;
      if (person && org) relate(ctx, 'WORKS_FOR', person, org, s, 'signature-line', 0.9, role);
      if (person && signing) {
        relate(ctx, 'SIGNED', person, ctx.doc.id, s, 'signature-block', closed ? 0.9 : 0.6);
        ctx.signers.push(person);
        if (org) ctx.signerOrgs.push(org);
      }
      if (person && group) relate(ctx, 'CO_CHAIR_OF', person, group, s, 'co-chair-block', 0.85, groupRole);
      return;
    }
    if (group && /^(government|ministry|republic) of /i.test(line)) {
      const org = orgAt(ctx, s.start, s.end);
      if (org) {
        relate(ctx, 'CO_CHAIR_OF', org, group, s, 'co-chair-block', 0.85, groupRole);
        relate(ctx, 'SIGNED', org, ctx.doc.id, s, 'signature-block', 0.8);
        ctx.signers.push(org);
      }
    }
  });
}
