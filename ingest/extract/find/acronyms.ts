/**
 * Acronym definitions in both directions: "Full Name (ACR)" and "ACR (Full Name)". The full name is read
 * backwards from the parenthesis over capitalised words and connectors; a leading "Commissioners of the"
 * style prefix is dropped. Both forms become aliases of one local entity.
 */
import type { Ctx } from '../context.ts';
import { CONNECTORS, ORG_HEADS, ORG_HEADS_ES, STOP_WORDS, TITLES } from '../../vocabulary/cues.ts';
import { findKnown } from '../../resolve/known.ts';
import { fold } from '../../resolve/keys.ts';
import { classifyName, nameLike } from './classify.ts';
import { orgKind } from './kinds.ts';
import { OFFICE_HOLDERS } from './patterns.ts';
import { isAcronym, isCapitalised, tokenize, type Token } from '../text/tokens.ts';
import { isCommonWord, isPlaceName } from '../lexicon.ts';

const low = fold;
/** Stop words that may still open a longer name ("International OGP Summit"). */
const NAME_ADJECTIVES = new Set([
  'international',
  'national',
  'federal',
  'global',
  'mexican',
  'african',
  'civil',
]);

/**
 * Capitalised name that ends right before `end` (tokens), or [] if none. A comma may sit inside the name
 * between two capitalised words ("Fundar, Centro de Análisis e Investigación"), never before "the" (a list).
 */
export function nameBefore(clean: string, from: number, end: number): Token[] {
  const toks = tokenize(clean, from, end);
  const out: Token[] = [];
  for (let k = toks.length - 1; k >= 0 && out.length < 16; k--) {
    const t = toks[k] as Token;
    const next = out[0];
    const gap = clean.slice(t.end, next ? next.start : end);
    const okGap = next
      ? /^ +$|^, +$/.test(gap) && (gap.trim() === '' || (isCapitalised(t.text) && isCapitalised(next.text)))
      : /^ *$/.test(gap);
    if (!okGap) break;
    if (t.possessive && next) break;
    if (isCapitalised(t.text)) out.unshift(t);
    else if (CONNECTORS.has(low(t.text)) && next) out.unshift(t);
    else break;
  }
  return trimName(out);
}

/** "Rosa Kowalczyk of the Mexican Institute for Competitiveness": the organisation after a person's name. */
function afterPerson(toks: Token[]): Token[] {
  const at = toks.findIndex((t, i) => i >= 2 && i <= 4 && /^(of|at|from)$/.test(low(t.text)));
  if (at < 0) return toks;
  const words = toks.slice(0, at).map((t) => t.text);
  const person =
    classifyName(words)?.type === 'Person' ||
    (nameLike(words) && !words.some((w) => ORG_HEADS_ES.has(low(w))));
  const rest = trimName(toks.slice(at + 1));
  return person && rest.length > 0 ? rest : toks;
}

/** Words that show a name is already complete: an acronym, a head word, a curated name. */
function complete(toks: Token[]): boolean {
  return toks.some(
    (t) =>
      isAcronym(t.text) || ORG_HEADS.has(low(t.text)) || ORG_HEADS_ES.has(low(t.text)) || findKnown(t.text),
  );
}

/**
 * "Ministry of Information [and Communications Technologies]": a head word opens the name and the words after
 * its "of" have none, so an "and" there joins the fields the institution is named for, not two names.
 */
function ofComplement(head: Token[]): boolean {
  const first = head[0];
  if (!first || !(ORG_HEADS.has(low(first.text)) || ORG_HEADS_ES.has(low(first.text)))) return false;
  const of = head.findIndex((t) => /^(of|for|de|del)$/.test(low(t.text)));
  if (of !== 1) return false;
  return head.slice(of + 1).every((t) => !complete([t]));
}

/**
 * The last item of a list read back from a bracket: "the PGR, the CISEN and the Ministry of National Defence
 * (SEDENA)", "Tomás Ugarte of Transparencia Mexicana and Rosa Kowalczyk of the Mexican Institute for
 * Competitiveness (IMCO)". An "and" ends the name when what follows is an organisation by its own words and
 * what comes before is a list (a comma), a name by itself (acronym, head word, table) or the item after it
 * opens with "the"; "Ministry of Health and Social Welfare" and "Bill and Melinda Gates Foundation" stay whole.
 */
export function lastOfList(clean: string, toks: Token[]): Token[] {
  for (let i = toks.length - 2; i > 0; i--) {
    if (!/^(and|y|e|&)$/.test(low((toks[i] as Token).text))) continue;
    const next = low((toks[i + 1] as Token).text);
    const tail = afterPerson(trimName(toks.slice(i + 1)));
    if (tail.length < 2 || classifyName(tail.map((t) => t.text))?.type !== 'Organization') continue;
    const head = toks.slice(0, i);
    const listed = clean.slice((head[0] as Token).start, (head[head.length - 1] as Token).end).includes(',');
    if (listed || /^(the|la|el|los|las)$/.test(next)) return tail;
    if (complete(head) && !ofComplement(trimName(head))) return tail;
  }
  return afterPerson(toks);
}

/** Drop leading connectors, "The", and a "Commissioners of the" / "Implementation of the" prefix. */
const MEDIA_HEADS_ES = /^(?:diario|semanario|periodico|revista|jornal|noticiero)$/;

export function trimName(toks: Token[]): Token[] {
  let t = toks;
  for (;;) {
    const first = t[0];
    if (!first) return t;
    const l = low(first.text);
    // "El Diario Central", "La Revista Semanal": a capitalised article before a Spanish media head is the name's.
    if (/^(?:El|La|Los|Las|O|A)$/.test(first.text) && MEDIA_HEADS_ES.test(low(t[1]?.text ?? ''))) return t;
    if (/^\d+$/.test(l) && t[1] && STOP_WORDS.has(low(t[1].text))) {
      t = t.slice(1);
      continue;
    }
    if (
      CONNECTORS.has(l) ||
      (STOP_WORDS.has(l) &&
        !NAME_ADJECTIVES.has(l) &&
        t.length > 1 &&
        !findKnown(t.map((x) => x.text).join(' ')))
    ) {
      t = t.slice(1);
      continue;
    }
    const ofThe = t.findIndex((x, i) => i > 0 && low(x.text) === 'of' && low(t[i + 1]?.text ?? '') === 'the');
    if (
      ofThe > 0 &&
      ofThe <= 2 &&
      (TITLES.has(l) || OFFICE_HOLDERS.has(l) || /s$/.test(l) || /tion$|ment$/.test(l)) &&
      !findKnown(first.text)
    ) {
      t = t.slice(ofThe + 2);
      continue;
    }
    return t;
  }
}

/** Shortest suffix of the name whose initials spell the acronym ("Steering Committee of the [OGP]"). */
function byInitials(toks: Token[], acr: string): Token[] {
  const a = acr.replace(/[^\p{Lu}]/gu, '');
  for (let i = toks.length - 2; i > 0; i--) {
    const first = toks[i] as Token;
    if (!isCapitalised(first.text) || CONNECTORS.has(low(first.text))) continue;
    const initials = toks
      .slice(i)
      .filter((t) => isCapitalised(t.text))
      .map((t) => t.text[0])
      .join('');
    if (initials === a && low(toks[i - 1]?.text ?? '') === 'the') return toks.slice(i);
  }
  return toks;
}

/**
 * Whether an acronym could stand for a name: its letters appear in order in the name's letters, or the name is
 * in the curated table. "MEXICO CITY (AP)" is a wire dateline, not a definition of AP; "Tripartite Technical
 * Secretariat (STT)" and "Ministry of Public Administration (SFP)" still pass (letters in order, any language).
 */
export function couldAbbreviate(acr: string, name: string): boolean {
  // A known institution may be abbreviated in another language; a known place ("MEXICO CITY (AP)") may not.
  const known = findKnown(name);
  if (known && known.type !== 'Place') return true;
  const letters = fold(name).replace(/[^\p{L}]/gu, '');
  let at = 0;
  for (const ch of fold(acr).replace(/[^\p{L}]/gu, '')) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Verbs that make a bare acronym before them an actor: "OLAVI condemns", "The IACHR has offered". */
const ACTOR_VERB =
  /^\s+(?:has|have|had|said|says|asked|asks|called|calls|condemned|condemns|urged|urges|offered|reported|published|found|documented|denied|denies|added|stated|announced|warned|recorded|welcomed|welcomes|expressed|requested|demanded|issued|released|will|would|could|also|did|does)\b/u;

/** An article before an acronym: "the CNDH", "la CNDH", "del CISEN". */
const THE = /(?:^|[^\p{L}])(?:the|The|la|La|el|El|del|al)\s+$/u;
/** What may follow an acronym that is a name rather than a modifier ("the CNDH to open", not "the SMS messages"). */
const AFTER_NAME =
  /^(?:\s*[,.;:)]|\s*$|\s+(?:and|or|to|in|on|of|for|at|with|by|from|as|is|was|were|are|has|had|have|will|would|could|did|does|said|says|y|e|o|en|de|del|para|que|con|por)\b)/u;
/** Acronyms that are things, not organisations. */
const NOT_ORGS = new Set(
  'SMS URL PDF USB GPS VPN NGO CSO HTML HTTP API CEO CFO COO FAQ USD MXN EUR GDP DNA USA UAE ICT PIN SIM IMEI'.split(
    ' ',
  ),
);

/**
 * A bare acronym no document sentence defines, used as an actor ("OLAVI condemns the use of Pegasus", "The
 * IACHR has offered to appoint a panel"): an organisation, so that resolution can join it with the definition
 * another document of the batch gives ("Observatorio Latinoamericano de Vigilancia Digital (OLAVI)").
 */
function bareActors(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    if (!/\p{Ll}/u.test(body)) continue;
    for (const m of body.matchAll(/(?<![\p{L}\d&-])(\p{Lu}{3,8})(?![\p{L}\d&-])/gu)) {
      const acr = m[1] as string;
      const rest = body.slice(m.index + acr.length);
      const named = THE.test(body.slice(Math.max(0, m.index - 5), m.index)) && !NOT_ORGS.has(acr);
      if (!ACTOR_VERB.test(rest) && !(named && AFTER_NAME.test(rest))) continue;
      const at = s.start + m.index;
      const known = findKnown(acr);
      if (known && known.type !== 'Organization') continue;
      // No kind guessed from three letters: the definition elsewhere in the batch (or the table) gives it.
      ctx.reg.add('Organization', at, at + acr.length, known?.kind ? { kind: known.kind } : {});
    }
  }
}

/**
 * An institution's name in translation followed by its acronym in the original language: "Ministry of the
 * Interior (SEGOB)", "Mexican Centre for Environmental Law (CEMDA)". The letters cannot match, so the name must
 * say by itself that it is an institution (an organisation head word) and the acronym have three letters or
 * more; a dateline ("MEXICO CITY (AP)") has no head word.
 */
function isTranslated(full: Token[], acr: string): boolean {
  if (full.length < 2 || acr.replace(/[^\p{Lu}]/gu, '').length < 3) return false;
  return full.some((t) => ORG_HEADS.has(low(t.text)) || ORG_HEADS_ES.has(low(t.text)));
}

/**
 * Capitalised words; connectors inside only for an office's name ("Office of the Ombudsman"): "Kilima Lab
 * (University of Nairobi)" names the lab's parent, not a second name of the lab.
 */
function shortName(toks: Token[]): boolean {
  if (toks.every((t) => isCapitalised(t.text))) return true;
  // "Office of the Ombudsman"; a name in Spanish or Portuguese, head first: "(Ministério Público)" is a
  // translation of the name before it, not a parent body.
  const head = low(toks[0]?.text ?? '');
  return (head === 'office' || ORG_HEADS_ES.has(head)) && connected(toks);
}

/** Capitalised words with connectors inside but not at either end. */
function connected(toks: Token[]): boolean {
  const edge = (t: Token | undefined) =>
    t !== undefined && isCapitalised(t.text) && !CONNECTORS.has(low(t.text));
  return (
    edge(toks[0]) &&
    edge(toks[toks.length - 1]) &&
    toks.every((t) => isCapitalised(t.text) || CONNECTORS.has(low(t.text)))
  );
}

/**
 * Words that can only be a name in another language: no English word, place, title or stop word, and a
 * connector at most ("Bunge la Kitaifa").
 */
function foreignName(toks: Token[]): boolean {
  return toks.every((t) => {
    const l = low(t.text);
    if (CONNECTORS.has(l)) return true;
    return !STOP_WORDS.has(l) && !TITLES.has(l) && !isCommonWord(t.text) && !isPlaceName(t.text);
  });
}

/** Find acronym definitions in every sentence and register both forms. */
/**
 * "Data Advocacy Institute (Lembaga Advokasi Data Rakyat, LADR)", "National Cyber and Crypto Agency (Badan
 * Siber dan Sandi Negara, BSSN)": the organisation's name in its own language and the acronym of that name,
 * both in one parenthesis; all three become one organisation. The acronym must spell one of the two names.
 */
function nameInOtherLanguageWithAcronym(
  ctx: Ctx,
  sentenceStart: number,
  open: number,
  inner: string,
  innerStart: number,
): boolean {
  const pair = /^(\p{Lu}[^,]*?),\s*(\S+)$/u.exec(inner);
  const other = pair?.[1];
  const acr = pair?.[2];
  if (!other || !acr || !isAcronym(acr) || /s$/.test(acr)) return false;
  const otherToks = tokenize(ctx.clean, innerStart, innerStart + other.length);
  // capitalised words, short lowercase connectors of any language inside ("Badan Siber dan Sandi Negara")
  const inside = otherToks.slice(1, -1);
  if (
    otherToks.length < 2 ||
    !isCapitalised(otherToks[0]?.text ?? '') ||
    !isCapitalised(otherToks.at(-1)?.text ?? '') ||
    !inside.every((t) => isCapitalised(t.text) || /^\p{Ll}{1,4}$/u.test(t.text))
  )
    return false;
  const full = nameBefore(ctx.clean, sentenceStart, open);
  if (full.length < 2) return false;
  const fullName = ctx.clean.slice(full[0]?.start, full.at(-1)?.end);
  if (!couldAbbreviate(acr, other) && !couldAbbreviate(acr, fullName)) return false;
  if ((classifyName(full.map((t) => t.text))?.type ?? 'Organization') !== 'Organization') return false;
  const kind = orgKind(fullName);
  const a = ctx.reg.add('Organization', (full[0] as Token).start, (full.at(-1) as Token).end, {
    ...(kind ? { kind } : {}),
    acronym: acr,
  });
  const acrStart = innerStart + inner.lastIndexOf(acr);
  ctx.reg.merge(a, ctx.reg.add('Organization', innerStart, innerStart + other.length));
  ctx.reg.merge(a, ctx.reg.add('Organization', acrStart, acrStart + acr.length));
  return true;
}

export function findAcronyms(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const re = /\(\s*([^()\n]{1,160}?)\s*\)/g;
    const body = ctx.clean.slice(s.start, s.end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      const inner = (m[1] as string).trim();
      const open = s.start + m.index;
      const innerStart = open + (m[0].indexOf(inner) as number);
      if (nameInOtherLanguageWithAcronym(ctx, s.start, open, inner, innerStart)) continue;
      if (isAcronym(inner) && !/s$/.test(inner)) {
        const full = byInitials(lastOfList(ctx.clean, nameBefore(ctx.clean, s.start, open)), inner);
        const acrSpan: [number, number] = [innerStart, innerStart + inner.length];
        const fullName = full.length > 0 ? ctx.clean.slice(full[0]?.start, full.at(-1)?.end) : '';
        const spelled = full.length > 0 && (couldAbbreviate(inner, fullName) || isTranslated(full, inner));
        if (spelled && (full.length > 1 || findKnown(full[0]?.text ?? ''))) {
          const words = full.map((t) => t.text);
          const typed = classifyName(words) ?? { type: 'Organization' as const };
          const start = (full[0] as Token).start;
          const end = (full[full.length - 1] as Token).end;
          const name = ctx.clean.slice(start, end);
          const kind = typed.type === 'Organization' ? orgKind(name) : undefined;
          const key = ctx.reg.add(typed.type, start, end, { ...(kind ? { kind } : {}), acronym: inner });
          ctx.reg.add(ctx.reg.entities.get(key)?.type ?? typed.type, acrSpan[0], acrSpan[1]);
        } else {
          const known = findKnown(inner);
          ctx.reg.add(known?.type ?? 'Organization', acrSpan[0], acrSpan[1], {
            kind: known?.kind ?? orgKind(inner),
          });
        }
        continue;
      }
      // "Full Name (Short Name)" of the same kind: "... Right to Information (Tshwane Principles)",
      // "Commission on Administrative Justice (Office of the Ombudsman)"; an organisation's name in another
      // language that no head word types: "National Assembly (Bunge la Kitaifa)".
      const shortToks = tokenize(ctx.clean, innerStart, innerStart + inner.length);
      const shortWords = shortToks.map((t) => t.text);
      const shortTyped = classifyName(shortWords);
      const foreign = !shortTyped && connected(shortToks) && foreignName(shortToks);
      if (shortToks.length >= 2 && shortToks.length <= 6 && (shortName(shortToks) || foreign)) {
        const full = nameBefore(ctx.clean, s.start, open);
        const fullType = full.length > 1 ? classifyName(full.map((t) => t.text)) : null;
        const shortType = shortTyped ?? (fullType?.type === 'Organization' && foreign ? fullType : null);
        if (shortType && fullType && shortType.type === fullType.type && shortType.type !== 'Person') {
          const a = ctx.reg.add(
            fullType.type,
            (full[0] as Token).start,
            (full[full.length - 1] as Token).end,
          );
          const b = ctx.reg.add(shortType.type, innerStart, innerStart + inner.length);
          ctx.reg.merge(a, b);
          continue;
        }
      }
      // Reverse: "ACR (Full Name)".
      const before = tokenize(ctx.clean, Math.max(s.start, open - 12), open).pop();
      const innerToks = tokenize(ctx.clean, innerStart, innerStart + inner.length);
      if (
        before &&
        isAcronym(before.text) &&
        innerToks.length > 1 &&
        innerToks.every((t) => isCapitalised(t.text) || CONNECTORS.has(low(t.text)))
      ) {
        const typed = classifyName(innerToks.map((t) => t.text)) ?? { type: 'Organization' as const };
        const key = ctx.reg.add(typed.type, innerStart, innerStart + inner.length, { acronym: before.text });
        ctx.reg.add(ctx.reg.entities.get(key)?.type ?? typed.type, before.start, before.end);
      }
    }
  }
  bareActors(ctx);
}
