/**
 * Authorship in running text: "X (who) drafted / wrote / authored / prepared the <Document>" → AUTHORED;
 * "X published / issued / released the <Document>" → PUBLISHED; "<Document> by X" → AUTHORED.
 */
import { relate, type Ctx } from '../context.ts';
import { after, before, sentenceHits } from './helpers.ts';

const VERB =
  /\b(?:who |which |that )?(drafted|wrote|authored|prepared|published|issued|released|launched)\s+(?:a |an |the |its |their )?/gi;

export function authorshipRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    const re = new RegExp(VERB.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      const at = s.start + m.index;
      const hits = sentenceHits(ctx, s);
      const doc = after(hits, at + m[0].length - 1, ['Document'], at + m[0].length + 4)[0];
      const who = before(hits, at, ['Organization', 'Person']);
      if (!doc || !who) continue;
      if (!/^[\s)(,]*$/.test(ctx.clean.slice(who.end, at))) continue;
      const type = /publish|issue|release|launch/i.test(m[1] as string) ? 'PUBLISHED' : 'AUTHORED';
      relate(ctx, type, who.key, doc.key, s, 'author-verb', 0.75);
    }
  }
}
