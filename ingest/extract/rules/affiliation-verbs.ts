/**
 * Affiliations stated by a verb with the person as subject: "Renata Olmedo has directed the Observatorio
 * since 2014", "X heads / leads / runs / chairs / founded Org" → LEADS (and WORKS_FOR), "X works for / at
 * Org", "X joined Org" → WORKS_FOR. The organisation must follow the verb directly (an article at most), so
 * "X directed the question to Org" or "X led the protest outside Org" draws nothing.
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import type { Sentence } from '../text/sentences.ts';
import { sentenceHits } from './helpers.ts';

const VERB =
  /^\s+(?:(?:has|have|had)\s+)?(?:also\s+|long\s+|since\s+\d{4}\s+)?(directed|directs|led|leads|heads|headed|runs|ran|chairs|chaired|coordinates|coordinated|founded|co-founded|works\s+(?:for|at)|worked\s+(?:for|at)|joined)\s+(?:the\s+)?$/i;
const ROLE: Record<string, string> = {
  directed: 'director',
  directs: 'director',
  chairs: 'chair',
  chaired: 'chair',
  coordinates: 'coordinator',
  coordinated: 'coordinator',
  founded: 'founder',
  'co-founded': 'co-founder',
};

function sentence(ctx: Ctx, s: Sentence, hits: Hit[]): void {
  hits.forEach((p, i) => {
    const o = hits[i + 1];
    if (p.type !== 'Person' || o?.type !== 'Organization') return;
    const m = VERB.exec(ctx.clean.slice(p.end, o.start));
    if (!m) return;
    const verb = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    if (/^(?:works|worked|joined)/.test(verb)) {
      relate(ctx, 'WORKS_FOR', p.key, o.key, s, 'affiliation-verb', 0.7);
      return;
    }
    const role = ROLE[verb] ?? 'head';
    relate(ctx, 'WORKS_FOR', p.key, o.key, s, 'affiliation-verb', 0.7, role);
    if (role !== 'coordinator') relate(ctx, 'LEADS', p.key, o.key, s, 'affiliation-verb', 0.7, role);
  });
}

export function affiliationVerbRules(ctx: Ctx): void {
  for (const s of ctx.sentences) sentence(ctx, s, sentenceHits(ctx, s));
}
