/**
 * Capitalised-name finder: builds runs of capitalised words (with connectors such as "of the", "de la"),
 * then covers each run greedily with the longest sub-span that is already known (alias table, acronym
 * defined in the document, name seen before) or that the classifier can type. Title words ("President",
 * "Minister") mark the following name as a person; "spyware"/"malware" next to a name makes it technology.
 */
import type { Ctx } from '../context.ts';
import {
  CONNECTORS,
  DOCUMENT_HEADS,
  EVENT_HEADS,
  ORG_HEADS,
  ORG_HEADS_ES,
  STOP_WORDS,
  TECH_NOUNS,
  TITLES,
} from '../../vocabulary/cues.ts';
import { findKnown } from '../../resolve/known.ts';
import { fold } from '../../resolve/keys.ts';
import { classifyName, nameLike, STATE_BODIES } from './classify.ts';
import { isCommonWord, isFirstName, isPlaceName } from '../lexicon.ts';
import { orgKind } from './kinds.ts';
import { trimName } from './acronyms.ts';
import { isAddressLine } from './address.ts';
import { OFFICE_HOLDERS } from './patterns.ts';
import { adjacent, isAcronym, isCapitalised, tokenize, type Token } from '../text/tokens.ts';
import type { Sentence } from '../text/sentences.ts';

const low = fold;
const MAX_RUN = 16;
/** Posts a one-word body's name may open ("Cabinet Secretary"). */
const POSTS = /^(?:Secretary|Minister|Ministers|Secretaries)$/;
/** Heads that also modify a following noun ("Press Communiqué", "News Conference"). */
const MODIFIER_HEADS = new Set(['press', 'news', 'radio', 'television']);

/** True when the name that starts at token k (adjacent capitalised words and connectors) has a head word. */
function headAhead(clean: string, toks: Token[], k: number): boolean {
  for (let i = k; i < toks.length && i < k + 10; i++) {
    const t = toks[i] as Token;
    if (i > k && !adjacent(clean, (toks[i - 1] as Token).end, t.start)) return false;
    if (!isCapitalised(t.text) && !CONNECTORS.has(low(t.text))) return false;
    if (isHead(t.text) || (i === k && ORG_HEADS_ES.has(low(t.text)))) return true;
  }
  return false;
}

const DATE_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|lunes|martes|miercoles|jueves|viernes|sabado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/;

/** True when the capitalised words from token k to the end of the name are a place ("in Oaxaca", "in Mexico City"). */
function endsWithPlace(clean: string, toks: Token[], k: number): boolean {
  let j = k;
  while (
    j + 1 < toks.length &&
    j - k < 2 &&
    isCapitalised((toks[j + 1] as Token).text) &&
    adjacent(clean, (toks[j] as Token).end, (toks[j + 1] as Token).start)
  )
    j++;
  const next = toks[j + 1];
  if (next && adjacent(clean, (toks[j] as Token).end, next.start) && CONNECTORS.has(low(next.text)))
    return false;
  return isPlaceName(clean.slice((toks[k] as Token).start, (toks[j] as Token).end));
}

/** A field word in a body's name: capitalised, no name of a person, place, body or title of its own. */
function fieldWord(w: string): boolean {
  const l = low(w);
  if (w.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
  if (isFirstName(w) || isPlaceName(w) || ORG_HEADS.has(l) || TITLES.has(l) || STOP_WORDS.has(l))
    return false;
  return findKnown(w) === undefined;
}

/**
 * "Committee on Constitutional Affairs, Rights, Freedoms and Guarantees", "Committee on Civil Liberties,
 * Justice and Home Affairs": after a head and "on/for/of", a comma list of fields (one or two ordinary
 * capitalised words each, the last after "and") goes on with the name. Returns the list's last token, or -1.
 */
function fieldList(clean: string, toks: Token[], i: number, j: number): number {
  const run = toks.slice(i, j + 1);
  const headed = run.some(
    (t, k) => ORG_HEADS.has(low(t.text)) && /^(on|for|of)$/.test(low(run[k + 1]?.text ?? '')),
  );
  if (!headed || clean.slice((toks[j] as Token).end, (toks[j + 1] as Token).start) !== ', ') return -1;
  let k = j + 1;
  for (;;) {
    let n = 0;
    while (
      n < 2 &&
      toks[k + n] &&
      isCapitalised((toks[k + n] as Token).text) &&
      fieldWord((toks[k + n] as Token).text)
    ) {
      if (n > 0 && !adjacent(clean, (toks[k + n - 1] as Token).end, (toks[k + n] as Token).start)) break;
      n++;
    }
    if (n === 0) return -1;
    const last = k + n - 1;
    const gap = toks[last + 1] ? clean.slice((toks[last] as Token).end, (toks[last + 1] as Token).start) : '';
    if (gap === ', ') {
      k = last + 1;
      continue;
    }
    if (gap === ' ' && low((toks[last + 1] as Token).text) === 'and') {
      const m = last + 2;
      let e = m;
      while (
        e < m + 2 &&
        toks[e] &&
        isCapitalised((toks[e] as Token).text) &&
        fieldWord((toks[e] as Token).text)
      )
        e++;
      // The list ends the capitalised words: "Amnesty International and Human Rights Watch" is no field list.
      const after = toks[e];
      if (
        e > m &&
        after &&
        isCapitalised(after.text) &&
        adjacent(clean, (toks[e - 1] as Token).end, after.start)
      )
        return -1;
      return e > m ? e - 1 : -1;
    }
    return -1;
  }
}

/** Abbreviated legal forms that a second one follows ("Pte. Ltd.", "Sdn. Bhd.", "Co. Ltd."). */
const LEGAL_ABBREVIATIONS = new Set(['pte', 'sdn', 'co']);

function runs(clean: string, toks: Token[]): Token[][] {
  const out: Token[][] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    const ordinal = /^\d+(st|nd|rd|th)?$/.test(t.text) && isCapitalised(toks[i + 1]?.text ?? '');
    if (!isCapitalised(t.text) && !ordinal) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < toks.length &&
      j - i < MAX_RUN &&
      (!(toks[j] as Token).possessive || ORG_HEADS.has(low((toks[j + 1] as Token).text)))
    ) {
      const nx = toks[j + 1] as Token;
      const cur = toks[j] as Token;
      const joined =
        (cur.possessive && /^['’]s?[ \t]+$/u.test(clean.slice(cur.end, nx.start))) ||
        // "Kalinda Cyber Pte. Ltd.", "Sdn. Bhd.", "Co. Ltd.": an abbreviated legal form goes on past its dot
        (LEGAL_ABBREVIATIONS.has(low(cur.text)) && /^\.[ \t]+$/u.test(clean.slice(cur.end, nx.start)));
      if (!joined && !adjacent(clean, cur.end, nx.start)) {
        const listEnd = fieldList(clean, toks, i, j);
        if (listEnd > j) j = listEnd;
        break;
      }
      if (isCapitalised(nx.text)) {
        j++;
        continue;
      }
      // "Canal 13", "Artículo Centroamericano 13": a number ends a name that a Spanish head opens.
      if (/^\d{1,3}$/.test(nx.text) && ORG_HEADS_ES.has(low((toks[i] as Token).text))) {
        j++;
        break;
      }
      let k = j + 1;
      while (
        k < toks.length &&
        k - j <= 3 &&
        (CONNECTORS.has(low((toks[k] as Token).text)) || /^\d{1,2}$/.test((toks[k] as Token).text))
      )
        k++;
      const after = toks[k];
      const conn = toks
        .slice(j + 1, k)
        .map((t) => low(t.text))
        .join(' ');
      if (/^(and|y|or) (the|la|el|los|las)$/.test(conn) && headAhead(clean, toks, k)) break;
      if (/^(and|y)$/.test(conn) && after && ORG_HEADS_ES.has(low(after.text))) break;
      // "written to the Security Intelligence Service and to the Public Prosecutor's Office": "and" and a
      // preposition start a second name.
      if (/^(and|or|y|e) (to|for|with|from|by|on|at|a|al|con|para|por)\b/.test(conn)) break;
      // "the Senate on Monday", "Diario Cenzontle in Oaxaca": a date or a place after a preposition is no
      // part of the name.
      if (
        after &&
        /^(on|in|en|of|de|since|until|from|by)(?: \d{1,2})?$/.test(conn) &&
        DATE_WORDS.test(low(after.text))
      )
        break;
      // "the Secretariat of Transparency and the DNI": an acronym after "and the" is a name of its own.
      if (/^(and|y) (the|la|el|los|las)$/.test(conn) && after && isAcronym(after.text)) break;
      // "Radio Teocintle in the Mixteca region": a Spanish name (head first) goes on with Spanish connectors.
      if (ORG_HEADS_ES.has(low((toks[i] as Token).text)) && /^in\b/.test(conn)) break;
      if (after && conn === 'in' && endsWithPlace(clean, toks, k)) break;
      if (
        k > j + 1 &&
        after &&
        isCapitalised(after.text) &&
        adjacent(clean, (toks[k - 1] as Token).end, after.start)
      ) {
        j = k;
        continue;
      }
      break;
    }
    out.push(toks.slice(i, j + 1));
    i = j + 1;
  }
  return out;
}

function register(ctx: Ctx, toks: Token[], type: ReturnType<typeof classifyName>): void {
  if (!type) return;
  const start = (toks[0] as Token).start;
  const end = (toks[toks.length - 1] as Token).end;
  const name = ctx.clean.slice(start, end);
  const cue = ctx.clean.slice(Math.max(0, start - 40), start);
  ctx.reg.add(type.type, start, end, type.type === 'Organization' ? { kind: orgKind(name, cue) } : {});
}

/** Known name (registry or alias table) for the tokens, if any. */
function known(ctx: Ctx, toks: Token[]): boolean {
  const name = ctx.clean.slice((toks[0] as Token).start, (toks[toks.length - 1] as Token).end);
  if (toks.length === 1 && !isAcronym(name) && STOP_WORDS.has(low(name))) return false;
  if (toks.length === 1 && name.length < 2) return false;
  return ctx.reg.lookup(name) !== undefined || findKnown(name) !== undefined;
}

function isHead(w: string): boolean {
  const l = low(w);
  return ORG_HEADS.has(l) || DOCUMENT_HEADS.has(l) || EVENT_HEADS.has(l);
}

/** The rest of a run after "of the" is an organisation by its own words. */
function orgAfter(rest: Token[]): boolean {
  return rest.length > 1 && classifyName(rest.map((t) => t.text))?.type === 'Organization';
}

/** A known person, or words the classifier reads as a person's name. */
function isPersonWords(ctx: Ctx, toks: Token[]): boolean {
  if (toks.length < 2 || toks.length > 4) return false;
  const words = toks.map((t) => t.text);
  const k = ctx.reg.lookup(words.join(' '), 'Person');
  const e = k ? ctx.reg.entities.get(k) : undefined;
  if (e) return e.type === 'Person';
  return classifyName(words)?.type === 'Person';
}

/**
 * "National Institute of Rural Health and Héctor Amador": a run that an "and" joins to a person's name is
 * two names, the part before "and" and the person.
 */
function splitAtPerson(ctx: Ctx, run: Token[]): Token[][] | null {
  for (let i = run.length - 3; i > 0; i--) {
    if (low((run[i] as Token).text) !== 'and') continue;
    const tail = run.slice(i + 1);
    // "… of Transparencia Mexicana and Rosa Kowalczyk of the Mexican Institute": a person and their
    // organisation after the "and".
    const of = tail.findIndex((t, k) => k >= 2 && k <= 4 && /^(of|at|from)$/.test(low(t.text)));
    const who = of > 0 ? tail.slice(0, of) : tail;
    if (who.some((t) => CONNECTORS.has(low(t.text)))) return null;
    if (isPersonWords(ctx, who)) return [run.slice(0, i), tail];
    // "Committee on Administration and Internal Security of the National Assembly": after a head and its
    // "on/for" complement, "and" joins a second field, and words no lexicon knows are no person.
    const fields = run
      .slice(0, i)
      .some((t, k) => ORG_HEADS.has(low(t.text)) && /^(on|for)$/.test(low(run[k + 1]?.text ?? '')));
    if (!fields && of > 0 && nameLike(who.map((t) => t.text)) && orgAfter(trimName(tail.slice(of + 1))))
      return [run.slice(0, i), tail];
    return null;
  }
  return null;
}

/**
 * Split a run that joins a person or a role to an organisation: "Damián Urquidi of the National Institute
 * of Nutrition Studies" (person + org), "Special Rapporteur for Freedom of the Press of the Inter-American
 * Commission" (role prefix dropped, the org after the last "of the" kept).
 */
function split(ctx: Ctx, whole: Token[]): Token[][] | null {
  const joined = splitAtPerson(ctx, whole);
  if (joined) return joined;
  let skip = 0;
  while (skip < whole.length && /^(the|la|el|los|las)$/.test(low((whole[skip] as Token).text))) skip++;
  const run = whole.slice(skip);
  // "el representante a la Cámara Jhon Jairo Ballesteros": a one-word chamber of state takes no name after
  // it, so the capitalised words that follow it are the person who sits there.
  const rest = run.slice(1);
  if (
    run.length >= 3 &&
    STATE_BODIES.has(low((run[0] as Token).text)) &&
    (nameLike(rest.map((t) => t.text)) || isPersonWords(ctx, rest))
  ) {
    register(ctx, rest, { type: 'Person' });
    return [run.slice(0, 1)];
  }
  const office = splitOffice(run);
  if (office) return office;
  const pair = splitAtOrg(run);
  if (pair) return pair;
  const complemented = splitComplemented(run);
  if (complemented) return complemented;
  const ofs = run
    .map((t, i) => (low(t.text) === 'of' && low(run[i + 1]?.text ?? '') === 'the' ? i : -1))
    .filter((i) => i > 0);
  if (ofs.length === 0) return null;
  const first = ofs[0] as number;
  const prefix = run.slice(0, first);
  const lead = low((run[0] as Token).text);
  if (prefix.length >= 2 && prefix.length <= 4 && !TITLES.has(lead)) {
    const words = prefix.map((t) => t.text);
    const k = ctx.reg.lookup(words.join(' '));
    const byWords = k ? ctx.reg.entities.get(k)?.type === 'Person' : classifyName(words)?.type === 'Person';
    if (byWords) return [prefix, run.slice(first + 2)];
    // "Kemi Adeyemi of the Lagos Policy Forum": a name no lexicon knows is a person only here, so register
    // it now (covering the prefix again would find no type for it).
    if (!k && nameLike(words) && orgAfter(run.slice(first + 2))) {
      register(ctx, prefix, { type: 'Person' });
      return [run.slice(first + 2)];
    }
  }
  if (TITLES.has(lead) || OFFICE_HOLDERS.has(lead) || lead === 'rapporteur') {
    for (const i of [...ofs].reverse()) {
      const rest = run.slice(i + 2);
      const typed = rest.length > 1 ? classifyName(rest.map((t) => t.text)) : null;
      if (typed?.type === 'Organization') return [rest];
    }
  }
  return null;
}

/**
 * "the Kilima Digital Rights Lab and Spurwerk Security Lab", "the Kilima Lab of the University of Nairobi and
 * Spurwerk Security Lab": an "and" between two names that each end in a head word joins two bodies. Fields a
 * body is named for stay in it: "Ministry of Interior and National Administration", "Department of Health
 * and Human Services" (after an "of/for/on" complement the second name must be three words or more).
 */
function splitAtOrg(run: Token[]): Token[][] | null {
  for (let i = run.length - 3; i > 0; i--) {
    if (low((run[i] as Token).text) !== 'and') continue;
    const left = trimName(run.slice(0, i));
    const right = run.slice(i + 1);
    if (left.length < 2 || right.some((t) => CONNECTORS.has(low(t.text)))) return null;
    if (!ORG_HEADS.has(low((right[right.length - 1] as Token).text))) return null;
    const complement = left.some((t) => /^(of|for|on)$/.test(low(t.text)));
    if (complement && right.length < 3) return null;
    if (classifyName(left.map((t) => t.text))?.type !== 'Organization') return null;
    return [left, right];
  }
  return null;
}

/**
 * "Kenya's Cabinet Secretary for Interior and National Administration": a post and the field it is for name
 * an office, not an organisation (the ministry is read from the post, see ministries.ts); what stands before
 * the post ("Kenya's") is kept.
 */
function splitOffice(run: Token[]): Token[][] | null {
  const i = run.findIndex(
    (t, k) => k > 0 && POSTS.test(t.text) && /^(of|for)$/.test(low(run[k + 1]?.text ?? '')),
  );
  if (i < 0 || classifyName(run.slice(i + 2).map((t) => t.text))?.type !== 'Organization') return null;
  const start = STATE_BODIES.has(low((run[i - 1] as Token).text)) ? i - 1 : i;
  return start > 0 ? [run.slice(0, start)] : [];
}

/**
 * A body named by its head and a complement ("Committee on Defence and Security") ends where a second
 * complement starts: "... of the National Assembly" when that is an organisation by its own words (its
 * parent), or "... on the Marabou allegations" (what it speaks about).
 */
function splitComplemented(run: Token[]): Token[][] | null {
  // The head opens the name or follows one or two words ("Departmental Committee on ...").
  const h = run.findIndex(
    (t, i) => i <= 2 && ORG_HEADS.has(low(t.text)) && /^(on|for)$/.test(low(run[i + 1]?.text ?? '')),
  );
  if (h < 0 || run.length < h + 5) return null;
  for (let j = h + 3; j < run.length - 2; j++) {
    const w = low((run[j] as Token).text);
    if (low((run[j + 1] as Token).text) !== 'the') continue;
    const rest = run.slice(j + 2);
    if (w === 'of' && orgAfter(rest)) return [run.slice(0, j), rest];
    if (w === 'on' || w === 'for') return [run.slice(0, j), rest];
  }
  return null;
}

/**
 * "Ministry of Public Administration and Local Self-Government": a head with its complement ("Ministry of")
 * whose field goes on after "and" is one name, even when its first part is a known name of its own (the
 * curated "Ministry of Public Administration"); a known name must not cut a longer one the text writes out.
 * What follows "and" must be no known name or acronym itself.
 */
function continuedField(ctx: Ctx, run: Token[], i: number): boolean {
  if (low(run[i + 1]?.text ?? '') !== 'and') return false;
  const name = trimName(run);
  if (!ORG_HEADS.has(low(name[0]?.text ?? '')) || !/^(of|for|on)$/.test(low(name[1]?.text ?? '')))
    return false;
  // "the Ministry of Public Administration and INAI": a known name after "and" is a second body.
  const rest = run.slice(i + 2);
  return !rest.some((t, k) => isAcronym(t.text) || known(ctx, rest.slice(0, k + 1)));
}

function cover(ctx: Ctx, run: Token[], sentenceText: string, sentenceStart: number, knownOnly = false): void {
  const parts = knownOnly ? null : split(ctx, run);
  if (parts) {
    for (const p of parts) cover(ctx, p, sentenceText, sentenceStart);
    return;
  }
  // A whole run typed by its head wins over a known name inside it ("United Nations Human Rights Committee").
  const whole = trimName(run);
  if (!knownOnly && whole.length > 1 && !known(ctx, whole)) {
    const typed = classifyName(whole.map((t) => t.text));
    const candidate = typed && typed.type !== 'Person' && typed.type !== 'Place';
    // A known name anywhere inside, up to five words ("Office of the United Nations High Commissioner for
    // Human Rights" holds "United Nations").
    const lastKnown =
      candidate &&
      run.slice(0, -1).some((_, i) => {
        if (known(ctx, run.slice(0, i + 1))) return true;
        for (let j = i + 1; j <= Math.min(run.length - 1, i + 5); j++)
          if (known(ctx, run.slice(i, j))) return true;
        return false;
      });
    const blocked =
      !lastKnown ||
      run.some((t, i) => {
        const k = ctx.reg.lookup(t.text);
        const e = k ? ctx.reg.entities.get(k) : undefined;
        if (e && (e.type === 'Place' || e.type === 'Person')) return true;
        if (i === 0 && isPlaceName(t.text)) return true;
        if (!isHead(t.text) || continuedField(ctx, run, i)) return false;
        return run.slice(0, i + 1).some((_, s) => known(ctx, run.slice(s, i + 1)));
      });
    if (typed && !blocked && !known(ctx, run.slice(-2)) && !known(ctx, run.slice(-3))) {
      register(ctx, whole, typed);
      return;
    }
  }
  // Phase 1: longest known sub-spans.
  const taken = new Array<boolean>(run.length).fill(false);
  for (let i = 0; i < run.length; i++) {
    if (CONNECTORS.has(low((run[i] as Token).text))) continue;
    for (let j = Math.min(run.length - 1, i + 15); j >= i; j--) {
      if (CONNECTORS.has(low((run[j] as Token).text))) continue;
      const sub = run.slice(i, j + 1);
      const nextTok = run[j + 1];
      if (nextTok && isHead(nextTok.text) && !isHead((run[j] as Token).text)) continue;
      if (known(ctx, sub)) {
        const e = ctx.reg.entities.get(
          ctx.reg.lookup(ctx.clean.slice((sub[0] as Token).start, (sub[sub.length - 1] as Token).end)) ?? '',
        );
        register(ctx, sub, {
          type: e?.type ?? findKnown(sub.map((t) => t.text).join(' '))?.type ?? 'Organization',
        });
        for (let k = i; k <= j; k++) taken[k] = true;
        i = j;
        break;
      }
    }
  }
  // Phase 2: classify the remaining gaps greedily, longest first.
  if (knownOnly) return;
  let i = 0;
  while (i < run.length) {
    if (taken[i]) {
      i++;
      continue;
    }
    let gapEnd = i;
    while (gapEnd + 1 < run.length && !taken[gapEnd + 1]) gapEnd++;
    const gap = run.slice(i, gapEnd + 1);
    let pos = 0;
    const g0 = low((gap[0] as Token).text);
    const g1 = low(gap[1]?.text ?? '');
    if (TITLES.has(g0) && (g1 === 'of' || (TITLES.has(g1) && low(gap[2]?.text ?? '') === 'of')))
      pos = gap.length;
    while (pos < gap.length) {
      let next = pos + 1;
      for (let j = gap.length - 1; j >= pos; j--) {
        const sub = trimName(gap.slice(pos, j + 1));
        const last = sub[sub.length - 1];
        if (!last || CONNECTORS.has(low(last.text))) continue;
        // "Joint Press Communiqué", "Press Freedom Award": a media head that another capitalised word follows
        // modifies it and ends no name.
        const then = gap[j + 1];
        if (then && MODIFIER_HEADS.has(low(last.text)) && !CONNECTORS.has(low(then.text))) continue;
        // "Cabinet Secretary Dr. X", "Cabinet Minister X": a one-word body before a post is the post's name.
        if (then && sub.length === 1 && STATE_BODIES.has(low(last.text)) && POSTS.test(then.text)) continue;
        const typed = typeOf(sub, sentenceText, sentenceStart);
        if (typed) {
          register(ctx, typed.toks, typed.typed);
          next = j + 1;
          break;
        }
      }
      pos = next;
    }
    i = gapEnd + 1;
  }
}

function typeOf(
  sub: Token[],
  sentenceText: string,
  sentenceStart: number,
): { toks: Token[]; typed: NonNullable<ReturnType<typeof classifyName>> } | null {
  const first = sub[0] as Token;
  const last = sub[sub.length - 1] as Token;
  if (sub.length > 2 && isPlaceName(first.text) && CONNECTORS.has(low((sub[1] as Token).text))) return null;
  const titled = TITLES.has(low(first.text)) && sub.length > 1;
  const toks = titled ? sub.slice(1) : sub;
  const rest = sentenceText.slice(last.end - sentenceStart, last.end - sentenceStart + 12);
  // the word before the name, past an opening quote: the surveillance software "Orbweaver"
  const prev = sentenceText.slice(Math.max(0, first.start - sentenceStart - 11), first.start - sentenceStart);
  const appositive = /^,\s+an?\s+(\p{L}+\s+)?(spyware|malware|tool|software|exploit|trojan)\b/iu.test(
    rest + sentenceText.slice(last.end - sentenceStart + 12, last.end - sentenceStart + 40),
  );
  const named = /\b(spyware|malware|tool|software)\s+(as|called|named|known as)\s+$/i.test(
    sentenceText.slice(Math.max(0, first.start - sentenceStart - 30), first.start - sentenceStart),
  );
  const techNext =
    appositive ||
    named ||
    TECH_NOUNS.has(low(/^\s+(\p{L}+)/u.exec(rest)?.[1] ?? '')) ||
    TECH_NOUNS.has(low(/(\p{L}+)\s+["“‘']?$/u.exec(prev)?.[1] ?? ''));
  let typed = titled
    ? classifyName(
        toks.map((t) => t.text),
        { titled },
      )
    : null;
  if (typed?.type !== 'Person') typed = null;
  let chosen = typed ? toks : sub;
  typed ??= classifyName(sub.map((t) => t.text));
  const plain = sub.every((t) => !STOP_WORDS.has(low(t.text)) && !isCommonWord(t.text));
  if (techNext && plain && (!typed || typed.type === 'Person' || typed.type === 'Place') && sub.length <= 2) {
    typed = { type: 'Technology' };
    chosen = sub;
  }
  return typed ? { toks: chosen, typed } : null;
}

/**
 * "the Oslo-based Skarvik Lab", "a Mexico City-based group": the place before "-based" ends there, and the
 * name after it starts afresh (the cut token no longer touches the next one, so the run breaks).
 */
function cutBased(toks: Token[]): Token[] {
  return toks.map((t) => {
    const m = /-(?:based|headquartered)$/iu.exec(t.text);
    if (!m || m.index === 0) return t;
    return { ...t, text: t.text.slice(0, m.index), end: t.end - m[0].length, possessive: false };
  });
}

/** Find capitalised names in one sentence and register them. */
export function findNames(ctx: Ctx, s: Sentence): void {
  if (isAddressLine(ctx, s) && !/\b\d{5}(-\d{4})?$/.test(ctx.clean.slice(s.start, s.end).trim())) return;
  const toks = cutBased(tokenize(ctx.clean, s.start, s.end));
  const text = ctx.clean.slice(s.start, s.end);
  // A heading in capitals ("JOINT STATEMENT BY MEXICAN CIVIL SOCIETY ORGANISATIONS ON THE PEGASUS CASE") is
  // one long run of capitalised words: only names already known are read out of it.
  const shouting = !/\p{Ll}/u.test(text) && (text.match(/\p{L}+/gu) ?? []).length >= 4;
  for (const run of runs(ctx.clean, toks)) if (!outlet(ctx, run, s)) cover(ctx, run, text, s.start, shouting);
  if (shouting) shoutedBodies(ctx, s.start, text);
}

/**
 * "SUPREME COURT OF JUSTICE — CONSTITUTIONAL CHAMBER": in a heading in capitals, a part between dashes,
 * colons or bars that its own words make an organisation (a head word) is one, written as the heading writes it.
 */
function shoutedBodies(ctx: Ctx, at: number, text: string): void {
  const re = /[^—–|:·,;()]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const part = m[0].replace(/\s+-\s+.*$/su, '');
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 7 || !words.every((w) => /^\p{Lu}+$/u.test(w))) continue;
    const cased = words.map((w) =>
      CONNECTORS.has(low(w)) ? low(w) : (w[0] as string) + w.slice(1).toLowerCase(),
    );
    if (STOP_WORDS.has(low(cased[0] as string)) || CONNECTORS.has(low(cased[0] as string))) continue;
    // A head last ("CONSTITUTIONAL CHAMBER") or a head and its complement ("SUPREME COURT OF JUSTICE",
    // "FUNDACIÓN PARA LA LIBERTAD"); a headline that opens with a plural head and a verb is no name.
    const headLast = ORG_HEADS.has(low(cased[cased.length - 1] as string));
    const headOf = cased.findIndex((w, i) => i > 0 && CONNECTORS.has(w) && !/^(and|y|e|&)$/.test(w));
    const headed =
      headOf > 0 && cased.slice(0, headOf).some((w) => ORG_HEADS.has(low(w)) || ORG_HEADS_ES.has(low(w)));
    if ((!headLast && !headed) || classifyName(cased)?.type !== 'Organization') continue;
    const start = at + m.index + lead;
    if (ctx.reg.lookup(name)) continue;
    ctx.reg.add('Organization', start, start + name.length, { kind: orgKind(cased.join(' ')) });
  }
}

/** A speech verb before a name: "told", "in an interview with", "dijo a", "declaró a". */
const SPOKE_TO =
  /\b(?:told|interviewed by|in an interview with|(?:said|spoke|speaking|talked|talking) to|(?:dijo|declaró|explicó|contó|aseguró|afirmó)\s+a)\s+$/iu;

/**
 * "told El Heraldo del Quindío", "told The Gulf Ledger", "dijo a La Voz del Sur": a name opened by an article
 * after a speech verb is the outlet spoken to, whatever place or head word it holds. A Spanish article stays
 * in the name; an English "the" does not.
 */
function outlet(ctx: Ctx, run: Token[], s: Sentence): boolean {
  const first = run[0] as Token;
  if (run.length < 2 || !/^(?:The|El|La|Los|Las)$/.test(first.text)) return false;
  if (!SPOKE_TO.test(ctx.clean.slice(Math.max(s.start, first.start - 40), first.start))) return false;
  const name = first.text === 'The' ? run.slice(1) : run;
  const last = name[name.length - 1] as Token;
  if (CONNECTORS.has(low(last.text)) || isPersonWords(ctx, run.slice(1))) return false;
  if (
    name.every((t) => TITLES.has(low(t.text)) || STOP_WORDS.has(low(t.text)) || CONNECTORS.has(low(t.text)))
  )
    return false;
  ctx.reg.add('Organization', (name[0] as Token).start, last.end, { kind: 'media' });
  return true;
}
