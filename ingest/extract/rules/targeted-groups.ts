/**
 * Organisations whose people were targeted: "Those targeted include the lawyers of the Centro Tlaloc",
 * "Members of the Red de Periodistas del Pacífico were among those targeted" → the technology TARGETED the
 * organisation. The technology is the one the sentence names, else the document's main technology (the
 * sentence speaks of targeting, so it refers to the spyware the document is about).
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import { sentenceHits } from './helpers.ts';
import { mainTechnology } from './news.ts';

/** The sentence says someone was targeted. */
const TARGETING =
  /\b(?:those|people|others)\s+(?:who\s+were\s+)?targeted\b|\bamong\s+the\s+targets\b|\b(?:was|were)\s+(?:also\s+)?(?:targeted|infected|hacked)\b|\btargets\s+(?:include|included|were)\b/i;
/** "the lawyers of", "members of", "staff at": people of the organisation that follows. */
const PEOPLE_OF =
  /\b(?:lawyers|attorneys|members|staff(?:ers)?|employees|workers|journalists|reporters|researchers|activists|directors|leaders|founders|colleagues|several|some|two|three|four|five)\s+(?:of|at|from)\s+(?:the\s+)?$/i;
/** "those targeted include (the lawyers of)": what follows was targeted. */
const OBJECT =
  /\b(?:those\s+(?:who\s+were\s+)?targeted|the\s+targets|targets|victims)\s+(?:also\s+)?(?:include|included|were|are)\s+(?:the\s+)?$/i;
/** "X was among those targeted" / "X were targeted": the organisation itself is the subject. */
const SUBJECT =
  /^\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,;]{0,80},\s*)?(?:was|were)\s+(?:also\s+)?(?:among\s+(?:those\s+targeted|the\s+targets)|targeted)\b/i;

/**
 * @example
 * // "Members of the Colectivo Mezquite were among those targeted." → Pegasus TARGETED Colectivo Mezquite
 * targetedGroupRules(ctx);
 */
export function targetedGroupRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    if (!TARGETING.test(body)) continue;
    const hits = sentenceHits(ctx, s);
    const named = hits.filter((h) => h.type === 'Technology').map((h) => h.key);
    const main = named.length > 0 ? undefined : mainTechnology(ctx);
    const techs = main ? [main] : named;
    if (techs.length === 0) continue;
    for (const o of hits.filter((h: Hit) => h.type === 'Organization')) {
      const lead = ctx.clean.slice(Math.max(s.start, o.start - 80), o.start);
      const people = PEOPLE_OF.exec(lead);
      const pre = people ? lead.slice(0, people.index) : lead;
      // "Members of X were among those targeted" / "those targeted include (the lawyers of) X".
      const subject =
        SUBJECT.test(ctx.clean.slice(o.end, s.end)) &&
        (people !== null || !/\b(?:of|at|by|from|with)\s+(?:the\s+)?$/i.test(lead));
      const object = OBJECT.test(pre);
      if (!subject && !object) continue;
      for (const t of techs)
        relate(ctx, 'TARGETED', t, o.key, s, people ? 'people-of-org-targeted' : 'org-targeted', 0.65);
    }
  }
}
