/**
 * Dated happenings for a timeline: a sentence that gives a day ("June 19th 2017", "February 11th, 2017")
 * and names a happening ("revelation", "publication", "published by", "attack", "meeting") yields an Event
 * named after what it is about (the technology, report or organisation of the sentence), with that date.
 */
import { relate, type Ctx } from '../context.ts';
import { findDates } from '../text/dates.ts';
import { sentenceHits } from './helpers.ts';

const HAPPENING =
  /\b(revelations?|disclosures?|published|publication|launch(?:ed)?|attacks?|hack(?:ed)?|scandal|raid(?:ed)?|arrest(?:ed)?|hearing|ruling|protests?)\b/i;

const NOUN: Record<string, string> = {
  revelation: 'revelation',
  revelations: 'revelation',
  disclosure: 'disclosure',
  disclosures: 'disclosure',
  published: 'publication',
  publication: 'publication',
  launch: 'launch',
  launched: 'launch',
};

export function eventRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    const h = HAPPENING.exec(body);
    if (!h) continue;
    const date = findDates(body).find((d) => d.iso.length === 10);
    if (!date) continue;
    const noun =
      NOUN[(h[1] as string).toLowerCase()] ?? (h[1] as string).toLowerCase().replace(/(ed|s)$/, '');
    const published = ctx.relations.find((r) => r.type === 'PUBLISHED' && r.evidence.start === s.start);
    const hits = sentenceHits(ctx, s);
    const about = published
      ? published.target
      : (hits.find((x) => x.type === 'Technology') ?? hits.find((x) => x.type === 'Document'))?.key;
    if (!about) continue;
    const what = ctx.reg.entities.get(about)?.name;
    if (!what) continue;
    const name = noun === 'publication' ? `Publication of ${what}` : `${what} ${noun}`;
    const ev = ctx.reg.addName('Event', name, { date: date.iso, noMention: true });
    relate(ctx, 'REPORTED_ON', ev, about, s, 'dated-happening', 0.6);
  }
}
