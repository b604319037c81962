/**
 * Names typed by their context rather than their own words, for people and organisations that are in no
 * lexicon or table: "said Mireille Dufresne-Achterberg", "Inés Carbajal, a news anchor at Canal Meridiano",
 * "the Cypriot company Halvard Systems", "Northgate Lab, a research laboratory". Runs after the word-based
 * name finder, on sentences that hold a cue, and only fills spans that no mention covers yet.
 */
import type { Ctx } from '../context.ts';
import { hitsIn } from '../context.ts';
import { ORG_HEADS, STOP_WORDS, TITLES } from '../../vocabulary/cues.ts';
import { fold } from '../../resolve/keys.ts';
import { isCommonWord, isFirstName, isPlaceName } from '../lexicon.ts';
import { classifyName } from './classify.ts';
import { orgKind } from './kinds.ts';
import { isAcronym } from '../text/tokens.ts';
import type { OrganizationKind } from '../../../core/model/index.ts';

import { CAPITAL_POST, HONORIFIC, JOB, PERSON, PERSON_OR_INITIALS, PW, TITLE } from './patterns.ts';
import { ORG_CUES } from './org-cues.ts';
import { findTitles } from './titles.ts';
import { findKnownAs } from './known-as.ts';
import { findMinistries } from './ministries.ts';

export { JOB };

/**
 * A cue pattern and, for the patterns that start at any capitalised word (slow to scan), a cheaper pattern
 * for a part every match contains: a sentence where that part is absent is not scanned.
 */
type Cue = RegExp | [RegExp, RegExp];

const PERSON_CUES: Cue[] = [
  // "Hon. Lusungu Kamanga-Banda, MP", "Rt. Hon. X", "Dr. Samwel Kiprono Tanui", "Prof. Wanjala Barasa-Makokha":
  // a courtesy title that only people bear, before two to four capitalised words.
  [
    new RegExp(`(?<![\\p{L}.])(?:(?:Rt\\.?\\s+)?Hon(?:ourable)?|Dr|Prof)\\.?\\s+(${PERSON})\\b`, 'gu'),
    /\b(?:Hon|Dr|Prof)\b/u,
  ],
  // "Assembly member Rosalía Chiriboga Vaca, who chairs", "the environmental lawyer Francisca Seixas Amaral":
  // a job noun in lower case right before the name.
  [
    new RegExp(
      `\\b(?:${JOB}|lawmaker|legislator|photographer|filmmaker|defender|leader)\\s+(${PERSON})(?=\\s*[,.;:)]|\\s+\\p{Ll})`,
      'gu',
    ),
    new RegExp(`\\b(?:${JOB}|lawmaker|legislator|photographer|filmmaker|defender|leader)\\s+\\p{Lu}`, 'u'),
  ],
  // "the Special Rapporteur on freedom of expression, Gerhard Lindqvist, said", "the Director General of the
  // National Intelligence Service, Lameck Kachingwe, and"
  new RegExp(
    `\\b${TITLE}(?:[\\s-]+[Gg]eneral)?(?:\\s+(?:on|for|of|to)\\s+[^,;()“”"]{1,90}?(?:\\s+\\([\\p{Lu}\\d]{2,10}\\))?)?,\\s+(?:(?:Ambassador|Judge|Magistrate|Dr\\.?|Prof\\.?|General|Colonel|Admiral|Commissioner|Senator|Deputy)\\s+)?(${PERSON_OR_INITIALS})(?=\\s*[,.;]|\\s+(?:said|says|told|who|has|had|was|is|called|urged|asked|added|warned)\\b)`,
    'gu',
  ),
  new RegExp(`\\bsaid\\s+(?:the\\s+[^,.;]{3,120},\\s+)?(${PERSON})\\b`, 'gu'),
  // "- Salwa Ennaji, Head of the Digital Governance Unit, Ministry of ...", "by Hicham Benjelloun, President
  // of the Fondation Mizane", "Tarik Benslimane — Director, Tawasul Digital Security Lab": a name, then its
  // holder's post capitalised, as programmes and speaker lists write them.
  [
    new RegExp(
      `(?:^|\\s|\\bby\\s+)(${PERSON})(?:,\\s+|\\s+[—–]\\s+)(?:the\\s+)?${CAPITAL_POST}(?=\\s+(?:of|at|for|in|on)\\s|\\s*,)`,
      'gu',
    ),
    new RegExp(`(?:,\\s+|\\s+[—–]\\s+)(?:the\\s+)?${CAPITAL_POST}(?:\\s+(?:of|at|for|in|on)\\s|\\s*,)`, 'u'),
  ],
  [
    new RegExp(`(?:^|[“"”,]\\s*)(${PERSON}),?\\s+(?:said|says|told|added|explained|warned)\\b`, 'gu'),
    /\s(?:said|says|told|added|explained|warned)\b/u,
  ],
  [
    new RegExp(
      `(?:^|\\s|were\\s+|;\\s+(?:and\\s+)?|,\\s+(?:and\\s+)?)(${PERSON}),\\s+(?!whose\\b|which\\b|where\\b)(?:an?\\s+|the\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}${JOB}\\b`,
      'gu',
    ),
    new RegExp(`,\\s+(?:an?\\s+|the\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}${JOB}\\b`, 'u'),
  ],
  new RegExp(
    `\\b(?:including|among them|such as)\\s+(?:(?:its|their|his|her)\\s+${JOB},\\s+)?(${PERSON})\\b`,
    'gu',
  ),
  new RegExp(
    `\\b(?:experts|rapporteurs|researchers|activists|journalists|lawyers),\\s+(${PERSON})\\s+and\\s+(${PERSON}),`,
    'gu',
  ),
  new RegExp(`\\b(?:were|and)\\s+(${PERSON})\\s+and\\s+(${PERSON}),\\s+(?:an?\\s+)?${JOB}\\b`, 'gu'),
];

/**
 * "This report was written by Chisomo Banda and Thandi Phiri of the CCA", "analysis by Dr. A and B of the
 * X Lab": people credited with a work, each named in a list that ends with their affiliation. Names need no
 * known first name here, and a report-by cue must not read them as organisations.
 */
const CREDITED_PEOPLE = new RegExp(
  `(?<=\\b(?:written|authored|co-authored|drafted|compiled|edited|prepared|analysis|research|reporting)\\s+by\\s+${HONORIFIC}(?:${PERSON}(?:,\\s+(?:and\\s+)?|\\s+and\\s+)${HONORIFIC})*)(${PERSON})(?=(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)${HONORIFIC}${PERSON})*\\s+(?:of|from|at)\\s+(?:the\\s+)?\\p{Lu})`,
  'gu',
);

/** Spans (in document offsets) of the people CREDITED_PEOPLE finds in a sentence. */
function creditedSpans(body: string, offset: number): [number, number][] {
  if (!/\sby\s/.test(body)) return [];
  return [...body.matchAll(CREDITED_PEOPLE)].map((m) => [
    offset + (m.index as number),
    offset + (m.index as number) + (m[1] as string).length,
  ]);
}

/** Cues that make a bare capitalised name a technology: "Kestrel, made by", "use of Kestrel against". */
const TECH_CUES: Cue[] = [
  [
    new RegExp(`(${PW}),\\s+(?:made|developed|built|sold|produced|marketed)\\s+by\\b`, 'gu'),
    /,\s+(?:made|developed|built|sold|produced|marketed)\s+by\b/u,
  ],
  new RegExp(
    `\\b(?:use|deployment|purchase|sale)\\s+of\\s+(${PW})\\s+(?:against|to\\s+spy|on\\s+the\\s+phones)`,
    'gu',
  ),
  [
    new RegExp(`\\b(${PW})\\s+(?:infections?|infection attempts)\\b`, 'gu'),
    /\s(?:infections?|infection attempts)\b/u,
  ],
  new RegExp(
    `\\b(?:links? to|purchase of|acquisition of|infected with|targeted with|attacked with)\\s+(${PW})(?=\\s*[.,;]|\\s+(?:spyware|malware)\\b)`,
    'gu',
  ),
  [
    new RegExp(`\\p{L}['’]s?\\s+(${PW})(?=[.,;]|\\s+(?:spyware|malware|infections?|tool)\\b)`, 'gu'),
    /['’]s?\s+\p{Lu}/u,
  ],
  new RegExp(
    `\\bwith\\s+(${PW}),\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:spyware|malware|tool|product|software)\\b`,
    'gu',
  ),
];

const CUE = new RegExp(
  /\b(Hon|Dr|Prof|made|developed|built|sold|use|used|purchase|infections?|said|says|told|added|including|among|experts|company|firm|newspaper|at|of|for|with|by|rapporteur|commissioner|director|[Oo]mbuds(?:man|woman|person)|[Mm]inister|[Mm]agistrate|[Jj]udge|[Mm]ayor|[Gg]overnor|[Aa]mbassador|[Cc]omptroller|[Aa]uditor|[Pp]rosecutor|documented|found|confirmed|reported|revealed|verified|showed|shown|identified|discovered|detected|traced|uncovered|established)\b|,\s+(an?|the)\s|\p{L}['’]s?\s/u
    .source +
    // "X, investigative journalist, Y", "X — Director, Y": a post after a name, lower case or capitalised
    `|,\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}${JOB}\\b|(?:,|\\s[—–])\\s+(?:the\\s+)?${CAPITAL_POST}`,
  'u',
);
/** A name opening a list line, before a comma or a spaced dash. */
const LEAD_NAME = new RegExp(`^(?:[-*•]\\s+)?(${PERSON})(?:,\\s+|\\s+[—–]\\s+)`, 'u');
const low = fold;
/** A capitalised name used as a modifier ("the Ayotzinapa case") is no organisation. */
const MODIFIER =
  /^\s+(case|affair|scandal|story|spyware|malware|government|massacre|region|state|attack|investigation|report)\b/;
/** "the Government of Mexico": an organisation named after its country. */
const GOVERNMENT = /\b[Gg]overnment of (?:the )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)/gu;

function okPerson(words: string[]): boolean {
  // "Santiago Lomelín" passes (a given name the lexicon calls a word), "Human Rights" does not.
  const common = words.filter((w) => isCommonWord(w) && !isFirstName(w)).length;
  const last = words[words.length - 1] as string;
  if (common * 2 > words.length || (common * 2 === words.length && isCommonWord(last))) return false;
  return (
    words.every((w) => {
      const l = low(w);
      return !STOP_WORDS.has(l) && !TITLES.has(l) && !ORG_HEADS.has(l);
    }) && !isPlaceName(words.join(' '))
  );
}

/** "Ana López": two or three words, a first name first, no organisation head. */
function personal(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 3 && isFirstName(words[0] as string) && !words.some((w) => ORG_HEADS.has(low(w)));
}

function free(ctx: Ctx, start: number, end: number): boolean {
  return hitsIn(ctx, start - 1, end + 1).every((h) => h.end <= start || h.start >= end);
}

function addPerson(ctx: Ctx, start: number, end: number): void {
  const name = ctx.clean.slice(start, end);
  const words = name.split(/\s+/).filter((w) => !/^(de|del|la|y)$/.test(w));
  if (!okPerson(words) || classifyName(name.split(/\s+/))?.type === 'Organization') return;
  const k = ctx.reg.lookup(name);
  const e = k ? ctx.reg.entities.get(k) : undefined;
  if (e && e.type !== 'Person') return;
  if (e || free(ctx, start, end)) ctx.reg.add('Person', start, end);
}

/** Split an org span at "and"/"," list separators, trimming a leading article. */
function orgParts(text: string, start: number): [number, number][] {
  const out: [number, number][] = [];
  const re = /(?:,\s+(?:and\s+)?|\s+and\s+)/g;
  let from = 0;
  let m: RegExpExecArray | null;
  const push = (a: number, b: number) => {
    const lead = /^(?:the|The)\s+/.exec(text.slice(a, b));
    out.push([start + a + (lead ? lead[0].length : 0), start + b]);
  };
  while ((m = re.exec(text))) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

function addOrg(ctx: Ctx, start: number, end: number, kind?: OrganizationKind): void {
  const name = ctx.clean.slice(start, end).replace(/[\s.]+$/, '');
  end = start + name.length;
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > 8) return;
  if (words.length === 1 && ORG_HEADS.has(low(name))) return;
  if (MODIFIER.test(ctx.clean.slice(end, end + 24))) return;
  if (STOP_WORDS.has(low(words[0] as string)) || TITLES.has(low(words[0] as string))) return;
  if (words.length === 1 && (isPlaceName(name) || name.length < 3)) return;
  const k = ctx.reg.lookup(name);
  const e = k ? ctx.reg.entities.get(k) : undefined;
  if (e) {
    if (e.type === 'Organization' && kind && (!e.kind || e.kind === 'civil_society')) e.kind = kind;
    if (e.type === 'Organization' && free(ctx, start, end)) ctx.reg.add('Organization', start, end);
    return;
  }
  if (!free(ctx, start, end)) return;
  const cue = ctx.clean.slice(Math.max(0, start - 40), Math.min(ctx.clean.length, end + 60));
  ctx.reg.add('Organization', start, end, { kind: kind ?? orgKind(name, cue) });
}

/** Other whole-word occurrences of context-typed multiword names ("La Voz del Consumidor" opening a sentence). */
function spread(ctx: Ctx, keys: Set<string>): void {
  for (const key of keys) {
    const e = ctx.reg.entities.get(ctx.reg.live(key));
    const name = e?.aliases[0];
    if (!e || !name || (!name.includes(' ') && e.type !== 'Technology')) continue;
    for (let i = ctx.clean.indexOf(name); i >= 0; i = ctx.clean.indexOf(name, i + name.length)) {
      const end = i + name.length;
      if (/[\p{L}\p{N}]/u.test(ctx.clean[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(ctx.clean[end] ?? ''))
        continue;
      if (free(ctx, i, end)) ctx.reg.mention(e.key, i, end);
    }
  }
}

/** Find context-typed people and organisations in every sentence with a cue. */
export function findByContext(ctx: Ctx): void {
  const before = new Set(ctx.reg.entities.keys());
  findTitles(ctx);
  findCued(ctx);
  findKnownAs(ctx);
  findMinistries(ctx);
  const techs = [...ctx.reg.entities.values()].filter((e) => e.type === 'Technology').map((e) => e.key);
  spread(ctx, new Set([...ctx.reg.entities.keys()].filter((k) => !before.has(k)).concat(techs)));
}

/** The cue's pattern, or null when the sentence lacks the part every match contains. */
function pattern(cue: Cue, body: string): RegExp | null {
  if (!Array.isArray(cue)) return cue;
  return cue[1].test(body) ? cue[0] : null;
}

function findCued(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    // "- Said Lamrini, Syndicat national de la presse marocaine (SNPM), Tangier section": a list line that
    // opens with a name, then an organisation already read, names a person and where they belong.
    const lead = LEAD_NAME.exec(body);
    if (lead) {
      const at = s.start + lead[0].length;
      if (hitsIn(ctx, at, at + 200, ['Organization']).some((h) => h.start === at))
        addPerson(
          ctx,
          s.start + lead[0].indexOf(lead[1] as string),
          s.start + lead[0].indexOf(lead[1] as string) + (lead[1] as string).length,
        );
    }
    if (!CUE.test(body)) continue;
    const credited = creditedSpans(body, s.start);
    for (const [a, b] of credited) addPerson(ctx, a, b);
    for (const [re, kind, multi, needs] of ORG_CUES) {
      if (needs && !needs.test(body)) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(body))) {
        const g = m[1] as string;
        const at = s.start + m.index + m[0].indexOf(g);
        for (const [a, b] of orgParts(g, at)) {
          const part = ctx.clean.slice(a, b).trim();
          if (multi && !/\s/.test(part) && !isAcronym(part)) continue;
          if (multi && personal(part)) continue;
          if (credited.some(([x, y]) => a < y && b > x)) continue;
          addOrg(ctx, a, b, kind);
        }
      }
    }
    for (const m of body.matchAll(GOVERNMENT)) {
      if (!isPlaceName(m[1] as string)) continue;
      const at = s.start + (m.index as number);
      const g = m[0].replace(/^g/, 'G');
      const key =
        ctx.reg.lookup(g) ?? ctx.reg.addName('Organization', g, { kind: 'government', noMention: true });
      ctx.reg.mention(ctx.reg.live(key), at, at + m[0].length);
    }
    for (const cue of TECH_CUES) {
      const re = pattern(cue, body);
      if (!re) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(body))) {
        const g = m[1] as string;
        const at = s.start + m.index + m[0].indexOf(g);
        // "Ecuador's Ombudsman, X": a title is no technology.
        if (STOP_WORDS.has(low(g)) || ORG_HEADS.has(low(g)) || TITLES.has(low(g)) || isPlaceName(g)) continue;
        const k = ctx.reg.lookup(g);
        const e = k ? ctx.reg.entities.get(k) : undefined;
        if (e && e.type !== 'Technology') continue;
        ctx.reg.add('Technology', at, at + g.length);
      }
    }
    for (const cue of PERSON_CUES) {
      const re = pattern(cue, body);
      if (!re) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(body))) {
        let from = m.index;
        for (const g of m.slice(1)) {
          if (!g) continue;
          const i = body.indexOf(g, from);
          addPerson(ctx, s.start + i, s.start + i + g.length);
          from = i + g.length;
        }
      }
    }
  }
}
