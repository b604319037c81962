/**
 * Speaker turns of transcripts and interviews: "[00:00:04] SALMA JEBBARI: Welcome…", "**Dewi Anggraini:** We
 * filed…", then "JEBBARI: …" once the speaker is introduced. A line that opens with a name-shaped label and a
 * colon is a turn; in a document with three turns or more, a label of two to four words is a person (names no
 * lexicon knows included: the turn itself says "someone speaks"), and a one-word label that is the last word
 * of such a speaker is that speaker again. Labels in capitals are written as names ("SALMA JEBBARI" → "Salma
 * Jebbari").
 */
import type { Ctx } from '../context.ts';
import { hitsIn } from '../context.ts';
import { ORG_HEADS, ORG_HEADS_ES, STOP_WORDS, TITLES } from '../../vocabulary/cues.ts';
import { fold } from '../../resolve/keys.ts';
import { isCommonWord, isFirstName, isPlaceName } from '../lexicon.ts';

const WORD = "\\p{Lu}(?:[\\p{Ll}'’]+|[\\p{Lu}'’]+)(?:-\\p{Lu}(?:[\\p{Ll}'’]+|[\\p{Lu}'’]+))*";
const PARTICLE = '(?:de|del|da|dos|du|el|al|van|von|der|bin|ben|ibn|le|la)';
/** Optional timestamp, bullet and emphasis, the label, its colon (inside or outside the emphasis), speech. */
const TURN = new RegExp(
  `^[ \\t]*(?:[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?[ \\t]*)?(?:[-*•][ \\t]+)?(?:\\*\\*|__)?(${WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?${WORD}){0,3})(?:\\*\\*|__)?[ \\t]*:(?:\\*\\*|__)?[ \\t]+\\S`,
  'gmu',
);
/** The same turn shape, for one line read from its start. */
const LINE_TURN = new RegExp(TURN.source, 'u');

/**
 * "STEFAN ŽARKOVIĆ: I lead the forensics team at Trag Lab": the speaker of the turn whose line holds `pos`,
 * when its label is the mention of one person (registered by findSpeakerTurns); the clause reader reads "I"
 * in a turn as that person.
 */
export function turnSpeaker(ctx: Ctx, pos: number): string | undefined {
  const lineStart = ctx.clean.lastIndexOf('\n', pos - 1) + 1;
  const m = LINE_TURN.exec(ctx.clean.slice(lineStart, pos + 1));
  if (!m) return undefined;
  const from = lineStart + m[0].indexOf(m[1] as string);
  const people = hitsIn(ctx, from, from + (m[1] as string).length, ['Person']);
  return people.length === 1 ? people[0]?.key : undefined;
}

/** Labels of interview forms and headers, never a speaker's name. */
const LABELS = new Set(
  'q a question answer host hosts guest guests interviewer interviewee moderator speaker speakers note notes source sources contact date subject to from cc bcc re transcript episode update editor chair panel'.split(
    ' ',
  ),
);

const titleCase = (w: string) => w.replace(/\p{L}+/gu, (p) => (p[0] as string) + p.slice(1).toLowerCase());

function nameShaped(words: string[]): boolean {
  return words.every((w, i) => {
    const l = fold(w);
    if (/^\p{Ll}/u.test(w)) return i > 0;
    if (LABELS.has(l) || STOP_WORDS.has(l) || TITLES.has(l) || ORG_HEADS.has(l) || ORG_HEADS_ES.has(l))
      return false;
    if (w.length < 2 || (isCommonWord(w) && !isFirstName(w))) return false;
    return !isPlaceName(w);
  });
}

/** Register the speakers of a transcript's turns. */
export function findSpeakerTurns(ctx: Ctx): void {
  const turns = [...ctx.clean.matchAll(TURN)].map((m) => {
    const label = m[1] as string;
    const start = (m.index as number) + m[0].indexOf(label);
    return { label, start, end: start + label.length, words: label.split(/[ \t]+/) };
  });
  if (turns.length < 3) return;
  // Longest labels first, so "AÏT BELKACEM" after "KHADIJA AÏT BELKACEM" is the same speaker again.
  const speakers = new Map<string, string>();
  const sorted = [...turns].sort((a, b) => b.words.length - a.words.length);
  for (const t of sorted) {
    const folded = fold(t.label).replace(/\s+/g, ' ');
    const longer = [...speakers].find(([l]) => l === folded || l.endsWith(' ' + folded));
    if (longer) {
      if (hitsIn(ctx, t.start, t.end).length === 0) ctx.reg.mention(ctx.reg.live(longer[1]), t.start, t.end);
      continue;
    }
    if (t.words.length < 2 || !nameShaped(t.words)) continue;
    if (hitsIn(ctx, t.start, t.end).some((h) => h.type !== 'Person' && h.start <= t.start && h.end >= t.end))
      continue;
    const caps = !/\p{Ll}/u.test(t.label.replace(new RegExp(`\\b${PARTICLE}\\b`, 'gu'), ''));
    const name = caps ? t.words.map(titleCase).join(' ') : t.words.join(' ');
    const key = ctx.reg.addName('Person', name);
    ctx.reg.mention(key, t.start, t.end);
    speakers.set(folded, key);
  }
}
