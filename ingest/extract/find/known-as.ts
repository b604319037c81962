/**
 * Second names a text gives an organisation in so many words: "the Commission on Administrative Justice,
 * which ... is also known as the Office of the Ombudsman", "the CAJ, known in Kiswahili as Tume ya Haki ya
 * Utawala". The name after "known as" joins the organisation named last before it in the sentence, so the
 * two forms are one node. A name after "known as" that is a person or a place is left alone.
 */
import type { Ctx } from '../context.ts';
import { hitsIn } from '../context.ts';
import { STOP_WORDS } from '../../vocabulary/cues.ts';
import { fold } from '../../resolve/keys.ts';
import { isCommonWord, isPlaceName } from '../lexicon.ts';
import { classifyName } from './classify.ts';

/** "known as", "better known as", "known in Kiswahili as", "also called". */
const KNOWN_AS =
  /\b(?:(?:also|better|commonly|widely|formally|officially|simply)\s+)?(?:known|referred\s+to)(?:\s+in\s+\p{Lu}\p{Ll}+)?(?:\s+(?:simply|locally))?\s+as\s+(?:the\s+)?/gu;
/** A name after the cue: capitalised words, with short lower-case particles between them ("Tume ya Haki"). */
const NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’-]*){0,7}/u;

/** Register "known as" names as aliases of the organisation named before them. */
export function findKnownAs(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    if (!body.includes(' as ')) continue;
    KNOWN_AS.lastIndex = 0;
    for (const m of body.matchAll(KNOWN_AS)) {
      const at = (m.index as number) + m[0].length;
      const name = NAME.exec(body.slice(at))?.[0];
      if (!name) continue;
      const words = name.split(/\s+/);
      if (words.length === 1 && (STOP_WORDS.has(fold(name)) || isCommonWord(name) || name.length < 3))
        continue;
      if (isPlaceName(name) || classifyName(words)?.type === 'Person') continue;
      const typed = classifyName(words)?.type;
      if (typed && typed !== 'Organization') continue;
      const orgs = hitsIn(ctx, s.start, s.start + (m.index as number), ['Organization']);
      const subject = orgs[orgs.length - 1];
      if (!subject) continue;
      const start = s.start + at;
      const end = start + name.length;
      const inside = hitsIn(ctx, start, end);
      if (inside.some((h) => h.start !== start || h.end !== end)) continue;
      const key = ctx.reg.add('Organization', start, end);
      ctx.reg.merge(ctx.reg.live(subject.key), key);
    }
  }
}
