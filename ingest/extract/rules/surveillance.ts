/**
 * Surveillance rules: "NSO Group's Pegasus malware" → DEVELOPED; "purchase of Pegasus by the Attorney
 * General Office" → ACQUIRED; "used by" → USED; spyware "intended to infect ... Juan Pardinás" → TARGETED;
 * a report "elaborated by Citizen Lab with the aid of SocialTic and R3D, published by The New York Times"
 * → AUTHORED, COLLABORATED_WITH, PUBLISHED, REPORTED_ON.
 */
import { relate, type Ctx } from '../context.ts';
import { after, before, dateNear, sentenceHits } from './helpers.ts';
import { isSpeaker } from './news.ts';

const TARGET_VERB =
  /\b(target\w*|infect\w*|spied|spy(ing)?|surveil\w*|hack\w*|attack\w*|victims?|espionage)\b|\b(received|were sent|got)\s+(?:[\p{L}-]+\s+){0,4}?(messages|texts|sms|links)\b|\b(messages|texts|sms|links)\b[^.;]{0,80}?\b(?:was|were|had been|been)\s+sent\s+to\b/iu;
const BUY = /\b(purchas\w*|acqui\w*|bought|buy\w*|procure\w*|contract\w* for)\b/i;
const USE = /\b(used|uses|using|deployed|use of)\b/i;
const REPORT = /\b(report\w*|identified|verified|documented|revealed|revelations?|found|investigat\w*)\b/i;

export function surveillanceRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const hits = sentenceHits(ctx, s);
    const techs = hits.filter((h) => h.type === 'Technology');
    const c = ctx.clean;
    for (const t of techs) {
      const dev = before(hits, t.start, ['Organization']);
      if (
        dev &&
        /^['’]s\s+(\p{L}+\s+)?$/u.test(c.slice(dev.end, t.start)) &&
        ctx.text.slice(dev.end, dev.end + 2).match(/['’]/)
      ) {
        relate(ctx, 'DEVELOPED', dev.key, t.key, s, 'possessive-technology', 0.85);
      }
      const by = /\b(developed|made|created|manufactured|sold|produced|built) by\s+(the\s+)?$/i;
      const next = after(hits, t.end, ['Organization'])[0];
      if (next && by.test(c.slice(t.end, next.start).slice(-60)))
        relate(ctx, 'DEVELOPED', next.key, t.key, s, 'developed-by', 0.85);
    }
    const body = c.slice(s.start, s.end);
    if (techs.length > 0) {
      const developers = new Set(ctx.relations.filter((r) => r.type === 'DEVELOPED').map((r) => r.source));
      for (const [re, type] of [
        [BUY, 'ACQUIRED'],
        [USE, 'USED'],
      ] as const) {
        const m = re.exec(body);
        if (!m) continue;
        const at = s.start + m.index;
        const byM = /\bby\s+(the\s+)?/i.exec(body.slice(m.index));
        const buyer =
          byM && byM.index < 50
            ? after(hits, at + byM.index, ['Organization']).find((h) => !developers.has(h.key))
            : [before(hits, at, ['Organization'])].find((h) => h && !developers.has(h.key));
        const asked = buyer && buyer.end < at && /\bto\s+\p{Ll}+/u.test(c.slice(buyer.end, at));
        const seller =
          buyer &&
          /^\s+(?:sells|sold|develops|developed|makes|made|markets)\b/.test(
            c.slice(buyer.end, buyer.end + 12),
          );
        if (seller) continue;
        if (buyer && !asked)
          for (const t of techs) relate(ctx, type, buyer.key, t.key, s, `${type.toLowerCase()}-verb`, 0.75);
      }
      if (TARGET_VERB.test(body) || /\b(against|including)\b/i.test(body)) {
        for (const p of hits.filter((h) => h.type === 'Person' && !isSpeaker(ctx, s, h))) {
          for (const t of techs) relate(ctx, 'TARGETED', t.key, p.key, s, 'spyware-target', 0.75);
        }
      }
      if (REPORT.test(body)) {
        for (const o of hits.filter((h) => h.type === 'Organization')) {
          const e = ctx.reg.entities.get(o.key);
          if (e?.kind === 'research' || e?.kind === 'media') {
            for (const t of techs) relate(ctx, 'REPORTED_ON', o.key, t.key, s, 'report-technology', 0.7);
          }
        }
      }
    }
    reportRules(ctx, s, hits, body);
  }
}

function reportRules(
  ctx: Ctx,
  s: { start: number; end: number; line: number; block: boolean },
  hits: ReturnType<typeof sentenceHits>,
  body: string,
): void {
  const c = ctx.clean;
  let authorHit: (typeof hits)[number] | undefined;
  const by =
    /\breport\w*\s+(?:\w+\s+){0,2}(?:elaborated|written|prepared|produced|authored|issued|released|published|drafted)?\s*by\s+(the\s+)?/i.exec(
      body,
    );
  if (by) authorHit = after(hits, s.start + by.index + by[0].length - 1, ['Organization'])[0];
  if (!authorHit) {
    for (const o of hits.filter((h) => h.type === 'Organization')) {
      if (
        /^['’]s\s+(\p{L}+\s+){0,3}report/u.test(c.slice(o.end, o.end + 40)) &&
        /['’]/.test(ctx.text.slice(o.end, o.end + 2))
      ) {
        authorHit = o;
        break;
      }
    }
  }
  if (!authorHit) return;
  const e = ctx.reg.entities.get(authorHit.key);
  if (!e) return;
  const date = dateNear(ctx, s as never);
  const report = ctx.reg.addName(
    'Document',
    `${e.name} report`,
    date ? { date, noMention: true } : { noMention: true },
  );
  relate(ctx, 'AUTHORED', authorHit.key, report, s, 'report-by', 0.8);
  const aid =
    /\b(with the (aid|help|support|assistance) of|in collaboration with|in partnership with|together with|jointly with)\b/i.exec(
      body,
    );
  const pub = /\bpublished (by|in)\s+/i.exec(body);
  const pubAt = pub ? s.start + pub.index : s.end;
  if (aid) {
    for (const o of after(hits, s.start + aid.index, ['Organization'], pubAt)) {
      relate(ctx, 'COLLABORATED_WITH', authorHit.key, o.key, s, 'with-the-aid-of', 0.8);
    }
  }
  if (pub) {
    const p = after(hits, s.start + pub.index, ['Organization'])[0];
    if (p) relate(ctx, 'PUBLISHED', p.key, report, s, 'published-by', 0.8);
  }
  for (const t of hits.filter((h) => h.type === 'Technology'))
    relate(ctx, 'REPORTED_ON', report, t.key, s, 'report-technology', 0.7);
  if (/\b(surveillance|spyware|espionage|malware)\b/i.test(body)) {
    const regarding = /\b(regarding|about|on|into)\s+the\s+(involvement|use|role)\s+of\b/i.exec(body);
    if (regarding)
      for (const o of after(hits, s.start + regarding.index, ['Organization']))
        relate(ctx, 'REPORTED_ON', report, o.key, s, 'report-regarding', 0.6);
  }
}
