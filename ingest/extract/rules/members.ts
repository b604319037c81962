/**
 * People listed as members or staff of an organisation: "three members of the Collective Against
 * Impunity: A, B and C", "researchers at Lakeside Lab, including A and B", "Datos Libres lawyers A and B".
 * "members" gives MEMBER_OF; a job noun ("researchers", "lawyers") gives WORKS_FOR with the job as role.
 */
import { relate, type Ctx, type Hit } from '../context.ts';

const GROUP_NOUN =
  'members?|staff(?:ers)?|researchers|lawyers|journalists|reporters|activists|leaders|employees|directors|founders|scientists|experts|workers|volunteers';
/** "<noun> of the" right before the organisation. */
const NOUN_OF = new RegExp(`\\b(${GROUP_NOUN})\\s+(?:of|at|from|with)\\s+(?:the\\s+)?$`, 'i');
/** After the organisation: a colon or "including", then the people. */
const LIST_OPEN = /^\s*(?::|,\s+(?:including|among them|namely|such as))\s+$/i;
/** "<Org> members A and B": the noun right after the organisation. */
const NOUN_AFTER = new RegExp(`^\\s+(${GROUP_NOUN})\\s+$`, 'i');
const JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;

function people(ctx: Ctx, hits: Hit[], from: number): Hit[] {
  const out: Hit[] = [];
  for (let i = from; i < hits.length; i++) {
    const h = hits[i] as Hit;
    if (h.type !== 'Person') break;
    const prev = out[out.length - 1];
    if (prev && !JOIN.test(ctx.clean.slice(prev.end, h.start))) break;
    out.push(h);
  }
  return out;
}

function relateAll(ctx: Ctx, s: { start: number; end: number }, list: Hit[], org: Hit, noun: string): void {
  const n = noun.toLowerCase();
  for (const p of list) {
    if (/^members?$/.test(n)) relate(ctx, 'MEMBER_OF', p.key, org.key, s, 'members-list', 0.7);
    else relate(ctx, 'WORKS_FOR', p.key, org.key, s, 'staff-list', 0.65, n.replace(/s$/, ''));
  }
}

/** MEMBER_OF / WORKS_FOR for people listed after "<noun> of <Org>:" or "<Org> <noun>". */
export function memberRules(ctx: Ctx, s: { start: number; end: number }, hits: Hit[]): void {
  hits.forEach((o, i) => {
    if (o.type !== 'Organization') return;
    const next = hits[i + 1];
    if (next?.type !== 'Person') return;
    const lead = NOUN_OF.exec(ctx.clean.slice(Math.max(s.start, o.start - 40), o.start));
    const gap = ctx.clean.slice(o.end, next.start);
    if (lead && LIST_OPEN.test(gap)) relateAll(ctx, s, people(ctx, hits, i + 1), o, lead[1] as string);
    const noun = NOUN_AFTER.exec(gap);
    if (noun) relateAll(ctx, s, people(ctx, hits, i + 1), o, noun[1] as string);
  });
}
