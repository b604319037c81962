/**
 * Signatory lists: bullet items under a header such as "SUPPORTING ORGANISATIONS:", "Signatories:" or
 * "Signed by:" are organisations (or people) that SIGNED the document; when the document's title says it is
 * written "in solidarity with" / "in support of" someone, each signatory SUPPORTS them too.
 */
import { relate, type Ctx } from '../context.ts';
import { classifyName } from '../find/classify.ts';
import { orgKind } from '../find/kinds.ts';
import { findNames } from '../find/names.ts';
import { isAcronym, tokenize } from '../text/tokens.ts';
import type { Sentence } from '../text/sentences.ts';
import { titleBody } from './bodies.ts';
import { parseLine } from './signature-lines.ts';

const LIST_HEADER = /(supporting|signator|undersigned|endorse|signed|firmantes|member)\w*[^\n]*:?\s*$/i;
/** A roll of those who attended ("Members present", "Members in attendance"): members, not signers. */
const ROLL =
  /^(?:(?:committee\s+)?members\s+(?:present|in\s+attendance|attending)|attendance|present)\s*:?$/i;

/** "Hon. Ama Owusu, MP, Chairperson" under "Members present": a member of the body the title names. */
function rollLine(ctx: Ctx, s: Sentence, body: string | undefined): void {
  const got = parseLine(ctx, s.start, s.end, true, true);
  if (!got.person || !body) return;
  relate(ctx, 'MEMBER_OF', got.person, body, s, 'member-roll', 0.75, got.role);
}

/**
 * "Name, Title, Org" in a signatory list: the person signs and works for the organisation. Only when the
 * line reads as both; any other line is a signer's name as a whole.
 */
function creditedLine(ctx: Ctx, s: Sentence, line: string): boolean {
  if (!line.includes(', ')) return false;
  const got = parseLine(ctx, s.start, s.end, true, true);
  if (got.kind !== 'full' || !got.person || !got.org) return false;
  relate(ctx, 'WORKS_FOR', got.person, got.org, s, 'signatory-list', 0.8, got.role);
  relate(ctx, 'SIGNED', got.person, ctx.doc.id, s, 'signatory-list', 0.85);
  ctx.signers.push(got.person);
  ctx.signerOrgs.push(got.org);
  return true;
}

/** Bulleted signatory lists. */
export function listRules(ctx: Ctx): void {
  const lineStarts: number[] = [0];
  for (let i = 0; i < ctx.text.length; i++) if (ctx.text[i] === '\n') lineStarts.push(i + 1);
  let inList = false;
  let roll = false;
  for (const s of ctx.sentences) {
    const ls = lineStarts[s.line] ?? 0;
    const raw = ctx.text.slice(ls, s.end);
    const bullet = /^\s*[-*+•]\s/.test(raw) && s.start < ls + 6;
    const line = ctx.clean.slice(s.start, s.end).trim();
    if (!bullet) {
      inList = LIST_HEADER.test(line) && line.length < 80;
      roll = ROLL.test(line);
      continue;
    }
    if (roll) {
      rollLine(ctx, s, titleBody(ctx));
      continue;
    }
    if (!inList || creditedLine(ctx, s, line)) continue;
    // "Association marocaine des droits humains (AMDH) — Moroccan Association for Human Rights": a bilingual
    // list gives one body's two names either side of a spaced dash; the first is read as the line.
    const dash = /\s+[—–]\s+/.exec(line);
    const paren = /^(.*?)\s*\(\s*([^()]+?)\s*\)\s*$/.exec(dash ? line.slice(0, dash.index) : line);
    // "TEDIC (Paraguay)": only an acronym in brackets names the same organisation.
    const m = paren && isAcronym(paren[2] as string) ? paren : null;
    const name = (paren ? paren[1] : dash ? line.slice(0, dash.index) : line) as string;
    const toks = tokenize(ctx.clean, s.start, s.start + name.length);
    if (toks.length === 0) continue;
    const typed = classifyName(toks.map((t) => t.text));
    const type = typed?.type === 'Person' ? 'Person' : 'Organization';
    const opts = type === 'Organization' ? { kind: orgKind(name, 'civil society organisation') } : {};
    const key = ctx.reg.add(
      type,
      s.start,
      s.start + name.length,
      m ? { ...opts, acronym: m[2] as string } : opts,
    );
    if (m) {
      const acr = s.start + line.lastIndexOf(m[2] as string);
      ctx.reg.add(type, acr, acr + (m[2] as string).length);
    }
    if (dash && type === 'Organization') {
      const at = s.start + dash.index + dash[0].length;
      const second = ctx.clean.slice(at, s.start + line.length);
      // Only a second name its own words make a body: "— Vasco Lobato Meireles, President" is its signer.
      if (classifyName(second.split(/\s+/))?.type === 'Organization')
        ctx.reg.merge(ctx.reg.live(key), ctx.reg.add(type, at, at + second.length, opts));
    }
    relate(ctx, 'SIGNED', key, ctx.doc.id, s, 'signatory-list', 0.85);
    ctx.signers.push(key);
  }
}

/** "in Solidarity with X" / "in support of X" in the title line → each signatory SUPPORTS X. */
export function solidarityRule(ctx: Ctx): void {
  if (ctx.signers.length === 0) return;
  for (const [i, s] of ctx.sentences.slice(0, 25).entries()) {
    // A title or heading line, not a demand in the body ("suspend all support for the system it sold").
    if (!s.block && i > 2) continue;
    const line = ctx.clean.slice(s.start, s.end);
    const m = /\b(?:in )?(?:solidarity with|support of|support for)\s+/i.exec(line);
    if (!m) continue;
    findNames(ctx, s);
    const from = s.start + m.index + m[0].length;
    const target = ctx.reg.mentions
      .filter((x) => x.start >= from && x.end <= s.end)
      .sort((a, b) => a.start - b.start || b.end - a.end)[0];
    if (!target) continue;
    for (const k of ctx.signers) relate(ctx, 'SUPPORTS', k, target.entity, s, 'solidarity-title', 0.8);
    return;
  }
}
