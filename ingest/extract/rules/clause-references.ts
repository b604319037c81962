/**
 * Stand-ins for the clause reader: "the lab", "the committee", "the Kalibre lab", "she" name no entity, yet a
 * clause often hangs on them ("X partnered with the Kalibre lab"; "Y, who chairs the committee"). Each is
 * read as the organisation it points back to (`antecedent`: the last one named before it that the noun
 * describes); with a capitalised word before the noun, the organisation named earlier whose name holds both. "He" or "she" (and "his phone") is the one person named just before; "I" is the speaker of the
 * transcript turn it is said in, or in an interview the person interviewed.
 */
import { hitsIn, type Ctx, type Hit } from '../context.ts';
import type { Sentence } from '../text/sentences.ts';
import { turnSpeaker } from '../find/speaker-turns.ts';
import { antecedent } from './helpers.ts';

/** A subject pronoun ("she joined", "He now heads"), or a person's phone ("his handset had been infected with"). */
const PRONOUN =
  /\b(?:[Hh]e|[Ss]he|(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?:mobile\s+)?(?:phone|telephone|handset|smartphone|device)s?)\b(?=\s+\p{Ll})/gu;
/** "an interview with Renata Olmedo", "Q&A with X": the person who answers, and says "I". */
const INTERVIEW = /\b(?:interview|conversation|q\s*&\s*a)\s+with\s+/i;
/** "I" as a subject: "I joined the Observatory in 2015". */
const FIRST_PERSON = /\bI(?=\s+(?:have\s+|had\s+|also\s+|then\s+|later\s+)*\p{Ll}+(?:ed|s)?\b)/gu;

/** The person a document interviews, named after "interview with" in its first sentences. */
function interviewee(ctx: Ctx): string | undefined {
  for (const s of ctx.sentences.slice(0, 4)) {
    const m = INTERVIEW.exec(ctx.clean.slice(s.start, s.end));
    if (m) return hitsIn(ctx, s.start + m.index + m[0].length, s.end, ['Person'])[0]?.key;
  }
  return undefined;
}

/**
 * The person "he" or "she" at `pos` stands for: the one person named in its sentence before it and in the
 * two sentences before that; none when two people are named there (the reader cannot tell which).
 */
function pronounPerson(ctx: Ctx, s: Sentence, pos: number): string | undefined {
  const i = ctx.sentences.indexOf(s);
  const from = (ctx.sentences[i - 2] ?? ctx.sentences[i - 1] ?? s).start;
  const people = new Set(hitsIn(ctx, from, pos, ['Person']).map((h) => h.key));
  return people.size === 1 ? [...people][0] : undefined;
}

const REFERENCE =
  /\b(?:[Tt]he|[Tt]his)\s+(?:(\p{Lu}[\p{L}-]+)\s+)?(lab|laboratory|foundation|company|firm|vendor|group|committee|commission|office|agency|ministry|coalition|network|council|organi[sz]ation|institute|bureau|alliance)\b(?!['’]|\s+(?:of|for|on)\b|\s+\p{Lu})/gu;

const hasWord = (names: string[], w: string) => names.some((a) => a.toLowerCase().split(/\s+/).includes(w));

/** "the Kalibre lab": the organisation named before `pos` whose name holds both words. */
function named(ctx: Ctx, pos: number, word: string, noun: string): string | undefined {
  for (let i = ctx.reg.mentions.length - 1; i >= 0; i--) {
    const x = ctx.reg.mentions[i];
    if (!x || x.end > pos) continue;
    const e = ctx.reg.entities.get(x.entity);
    if (e?.type === 'Organization' && hasWord(e.aliases, word) && hasWord(e.aliases, noun.toLowerCase()))
      return e.key;
  }
  return undefined;
}

/**
 * The organisations a sentence refers to by a definite noun, as hits, left out where a mention is.
 * @example referenceHits(ctx, s, hits) // [{ key: <Kalibre Forensics Lab>, start, end }] for "the Kalibre lab"
 */
export function referenceHits(ctx: Ctx, s: Sentence, hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  const text = ctx.clean.slice(s.start, s.end);
  for (const m of text.matchAll(REFERENCE)) {
    const start = s.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (hits.some((h) => h.start < end && start < h.end)) continue;
    // "Marlowe Vantage S.A., the company that ...": an appositive names what stands before it, not an antecedent.
    if (/,\s*$/.test(ctx.clean.slice(Math.max(s.start, start - 3), start))) continue;
    const word = m[1]?.toLowerCase();
    const key = word ? named(ctx, start, word, m[2] as string) : antecedent(ctx, start, m[2] as string);
    const e = key ? ctx.reg.entities.get(key) : undefined;
    if (!e) continue;
    out.push({ key: e.key, type: e.type, start, end });
  }
  // Quoted speech has its own "he" and "she"; leave it alone.
  if (/["“”]/.test(text)) return out;
  for (const m of text.matchAll(PRONOUN)) {
    const start = s.start + (m.index ?? 0);
    const key = pronounPerson(ctx, s, start);
    if (key) out.push({ key, type: 'Person', start, end: start + m[0].length });
  }
  if (!FIRST_PERSON.test(text)) return out;
  FIRST_PERSON.lastIndex = 0;
  for (const m of text.matchAll(FIRST_PERSON)) {
    const start = s.start + (m.index ?? 0);
    const me = turnSpeaker(ctx, start) ?? interviewee(ctx);
    if (me) out.push({ key: me, type: 'Person', start, end: start + 1 });
  }
  return out;
}
