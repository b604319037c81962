/**
 * The ministry a minister's title names: "the Minister of Homeland Security, X", "Homeland Security Minister
 * X", "Cabinet Secretary for Interior and National Administration". When the document names that ministry
 * (or department) too, the title is a mention of it, so rules see the body where its minister is named ("X
 * leads the ministry"). A ministry the document never names is not made up from the title: on unseen text
 * that gave bodies no reader had listed.
 */
import type { Ctx } from '../context.ts';
import { hitsIn } from '../context.ts';
import { fold } from '../../resolve/keys.ts';
import { isFirstName, isPlaceName } from '../lexicon.ts';

const FIELD = "((?:the\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{Ll}'’]+){0,5})";
/** "Minister of X", "Cabinet Secretary for X", "Secretary of State for X". */
const AFTER = new RegExp(
  `\\b(?:[Mm]inister|Cabinet\\s+Secretary|Secretary\\s+of\\s+State)\\s+(?:of|for)\\s+${FIELD}`,
  'gu',
);
/** "Homeland Security Minister X": the field before the title, opening the sentence or after a lower-case word. */
const BEFORE = new RegExp(`(?:^|[\\p{Ll},;:(]\\s+)${FIELD}\\s+Minister\\b`, 'gu');
/** Words that open no field: "Prime Minister", "Deputy Minister", "Foreign Minister" (no field named). */
const NO_FIELD = new Set(
  'prime deputy foreign chief senior former cabinet junior state first acting assistant vice new the a'.split(
    ' ',
  ),
);

/** The field's words, cut before a person's given name ("Minister for Interior Fred X"). */
function fieldOf(text: string): string | null {
  const words = text.split(/\s+/);
  const lead = words[0] === 'the' ? 1 : 0;
  if (NO_FIELD.has(fold(words[lead] ?? ''))) return null;
  const cut = words.findIndex((w, i) => i > lead && isFirstName(w));
  let kept = cut > 0 ? words.slice(0, cut) : words;
  while (kept.length > lead && /^(?:and|the)$/.test(kept[kept.length - 1] as string))
    kept = kept.slice(0, -1);
  if (kept.length <= lead) return null;
  const field = kept.join(' ');
  return isPlaceName(kept.slice(lead).join(' ')) ? null : field;
}

/**
 * The body the document already names for the field, whatever its head: "Department of Public Service and
 * Administration" for "Minister of Public Service and Administration".
 */
function bodyFor(ctx: Ctx, field: string): string | undefined {
  const tail = ` of ${fold(field).replace(/^the /, '')}`;
  for (const e of ctx.reg.entities.values()) {
    if (e.type !== 'Organization') continue;
    if (
      e.aliases.some(
        (a) =>
          /^(?:Ministry|Department|Ministerio)\b/.test(a) &&
          fold(a)
            .replace(/ of the /, ' of ')
            .endsWith(tail),
      )
    )
      return e.key;
  }
  return undefined;
}

/** Register the ministries that ministers' titles name. */
export function findMinistries(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    if (!/inister|Secretary/.test(body)) continue;
    for (const re of [AFTER, BEFORE]) {
      re.lastIndex = 0;
      for (const m of body.matchAll(re)) {
        const field = fieldOf(m[1] as string);
        if (!field) continue;
        // "Ms. X, Deputy Minister for Communications": a post in apposition to a person is read by the role
        // rules as it is written, so it is left without a mention.
        if (/,\s+(?:\p{Lu}\p{Ll}+\s+)?$/u.test(body.slice(Math.max(0, (m.index as number) - 30), m.index)))
          continue;
        // The mention spans the post and its field ("Minister of the Presidency"): the ministry stands where
        // its minister is named, and a rule reading "summoned the Minister of X, Name" still meets the name.
        const fieldAt = s.start + (m.index as number) + m[0].indexOf(m[1] as string);
        const start = re === AFTER ? s.start + (m.index as number) : fieldAt;
        const end = re === AFTER ? fieldAt + field.length : s.start + (m.index as number) + m[0].length;
        const key = bodyFor(ctx, field);
        if (!key) continue;
        if (hitsIn(ctx, start, end).length === 0) ctx.reg.mention(key, start, end);
      }
    }
  }
}
