/**
 * Places and events: "Tbilisi, Georgia" → LOCATED_IN; "<Org|Event> in <Place>" → LOCATED_IN; "the Mexican
 * government" → an organisation "Government of Mexico" LOCATED_IN Mexico; "hosted by X" → HOSTED; events
 * named in a sentence get the sentence's date (timeline).
 */
import { relate, type Ctx } from '../context.ts';
import { DEMONYMS } from '../../vocabulary/cues.ts';
import { isCountry, isPlaceName } from '../lexicon.ts';
import { after, before, dateNear, sentenceHits } from './helpers.ts';

/** Register "<Demonym> government" mentions as "Government of <Country>" (before relation rules run). */
export function governmentNames(ctx: Ctx): void {
  const dem = Object.keys(DEMONYMS).join('|');
  const re = new RegExp(`\\b(${dem}) (?:federal |national )?government\\b`, 'gi');
  let m: RegExpExecArray | null;
  const home = homeCountry(ctx);
  const fed = /\b(?:federal|national) government\b/gi;
  while (home && (m = fed.exec(ctx.clean))) {
    const known = ctx.reg.lookup(ctx.clean.slice(m.index, m.index + m[0].length));
    const key = ctx.reg.addName('Organization', `Government of ${home}`, {
      kind: 'government',
      noMention: true,
    });
    if (known && known !== key) ctx.reg.merge(key, known);
    ctx.reg.mention(key, m.index, m.index + m[0].length);
  }
  while ((m = re.exec(ctx.clean))) {
    const country = DEMONYMS[(m[1] as string).toLowerCase()] as string;
    const key = ctx.reg.addName('Organization', `Government of ${country}`, {
      kind: 'government',
      noMention: true,
    });
    const e = ctx.reg.entities.get(key);
    const surface = ctx.text.slice(m.index, m.index + m[0].length);
    if (e && !e.aliases.includes(surface)) e.aliases.push(surface);
    ctx.reg.mention(key, m.index, m.index + m[0].length);
  }
}

/** The country a document is mostly about: its most mentioned country. */
export function homeCountry(ctx: Ctx): string | undefined {
  const counts = new Map<string, number>();
  for (const m of ctx.reg.mentions) {
    const e = ctx.reg.entities.get(m.entity);
    if (e?.type === 'Place' && isCountry(e.name)) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

export function placeRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const hits = sentenceHits(ctx, s);
    const c = ctx.clean;
    for (let i = 0; i + 1 < hits.length; i++) {
      const a = hits[i] as (typeof hits)[number];
      const b = hits[i + 1] as (typeof hits)[number];
      const gap = c.slice(a.end, b.start);
      if (a.type === 'Place' && b.type === 'Place' && /^,\s*$/.test(gap))
        relate(ctx, 'LOCATED_IN', a.key, b.key, s, 'place-comma-place', 0.8);
      const multilateral = ctx.reg.entities.get(a.key)?.kind === 'multilateral';
      if (
        (a.type === 'Organization' || a.type === 'Event') &&
        !multilateral &&
        b.type === 'Place' &&
        /^\s+in\s+$/.test(gap)
      ) {
        relate(ctx, 'LOCATED_IN', a.key, b.key, s, 'x-in-place', 0.7);
      }
    }
    for (const o of hits.filter((h) => h.type === 'Organization')) {
      const based = /(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)-based\s+(?:the\s+)?$/u.exec(
        c.slice(Math.max(s.start, o.start - 40), o.start),
      );
      if (!based || !isPlaceName(based[1] as string)) continue;
      const start = c.lastIndexOf(based[1] as string, o.start);
      const place = ctx.reg.add('Place', start, start + (based[1] as string).length);
      relate(ctx, 'LOCATED_IN', o.key, place, s, 'x-based', 0.75);
    }
    for (const ev of hits.filter((h) => h.type === 'Event')) {
      const lead = /\b(gather\w*|meet\w*|held|take place) in\s*$/i;
      const place = before(hits, ev.start, ['Place']);
      if (place && lead.test(c.slice(Math.max(s.start, place.start - 20), place.start)))
        relate(ctx, 'LOCATED_IN', ev.key, place.key, s, 'gather-in', 0.7);
      const e = ctx.reg.entities.get(ev.key);
      const year = /\b(19|20)\d{2}\b/.exec(e?.name ?? '')?.[0];
      const date = year ?? dateNear(ctx, s);
      if (e && date && !e.date) e.date = date;
      const host = /\bhost(ed)? by\s+(the\s+)?$/i;
      const h = after(hits, ev.end, ['Organization', 'Place'])[0];
      if (h && host.test(c.slice(ev.end, h.start)))
        relate(ctx, 'HOSTED', h.key, ev.key, s, 'hosted-by', 0.75);
    }
  }
  for (const e of ctx.reg.entities.values()) {
    const m = /^Government of (.+)$/.exec(e.name);
    if (!m) continue;
    const place =
      ctx.reg.lookup(m[1] as string, 'Place') ??
      ctx.reg.addName('Place', m[1] as string, { noMention: true });
    const mention = ctx.reg.mentions.find((x) => x.entity === e.key);
    const s = mention
      ? ctx.sentences.find((x) => x.start <= mention.start && mention.end <= x.end)
      : undefined;
    if (s && place !== e.key) relate(ctx, 'LOCATED_IN', e.key, place, s, 'government-of', 0.8);
  }
}
