/**
 * Reports and findings in news style, where the organisation is the subject of the sentence:
 * "Lakeside Lab, a research centre at X, published a report together with A and B" (REPORTED_ON the
 * technology, COLLABORATED_WITH A and B), "The lab conducted the investigation in collaboration with C",
 * "A and B documented that ..." and "according to a report by D" (REPORTED_ON). The technology is the one
 * the sentence names, else the document's main technology when the sentence refers to it ("the spyware").
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import { after, antecedent, LIST_JOIN, sentenceHits } from './helpers.ts';
import { mainTechnology } from './news.ts';

const PUBLISH =
  /\b(?:published|publishes|released|releases|issued|presented|launched|produced|prepared|wrote|conducted|carried out)\s+(?:(?:a|an|the|its|their|new|joint|second|latest|forensic|technical|detailed)\s+){0,3}(?:report|study|investigation|analysis|research|findings|review|audit)\b/i;
const FOUND =
  /\b(?:documented|found|confirmed|reported|revealed|verified|showed|identified|discovered|detected|traced|uncovered|established|analy[sz]ed|examined|investigated|studied|tested)\b/i;
/** Finding verbs that describe one shared piece of work, unlike "found", "discovered", "revealed". */
const SHARED_WORK =
  /^(?:documented|confirmed|verified|analy[sz]ed|examined|investigated|studied|tested|traced|established)$/i;
/** Verbs of saying, read as a finding only in a sentence about a report ("In a joint report, A and B said"). */
const SAID = /\b(?:said|say|says|concluded|conclude|wrote|stated|warned|noted)\b/i;
const REPORT_NOUN = /\b(?:report|study|investigation|analysis|review|audit|research|forensic)\b/i;
const JOINT = /\b(?:joint|jointly|together|co-?authored|co-?published)\b/i;
/** Between two subjects: "and the digital rights group", maybe after an appositive on the first. */
const SUBJECT_JOIN =
  /^(?:,\s+(?:an?|the|based|headquartered|located|part)\s[^;]{0,140}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u;
/** An organisation named inside an appositive (", based at the University of X,") is no subject. */
const INSIDE_APPOSITIVE = /,\s+(?:an?|based|headquartered|located|part)\s[^,;]{0,100}$/;
/** "according to Bluewater Lab, ...": the organisation is the source of the finding. */
const ACCORDING = /\baccording to\s+(?:the\s+)?$/i;
const PARTNERS =
  /\b(?:together with|jointly with|in (?:collaboration|partnership|conjunction|cooperation|coordination) with|with the (?:help|aid|support|assistance) of|alongside|with)\s+/gi;
const EXPLICIT_PARTNERS =
  /^(?:together with|jointly with|in (?:collaboration|partnership|cooperation) with)\s+$/i;
const REPORT_BY =
  /\b(?:report|study|investigation|analysis|review|audit|research)s?\s+(?:\p{Ll}+\s+){0,3}?(?:by|from)\s+(?:the\s+)?/giu;
/** Words between the subject and its verb: adverbs, auxiliaries, a short time phrase. */
const LINK =
  /^\s+(?:(?:also|later|then|jointly|recently|first|has|have|had|on\s+\p{Lu}\p{Ll}+|this\s+week|last\s+\w+|in\s+\d{4})\s+)*$/u;
/** An appositive between subject and verb: ", a research centre at the University of Halden, ". */
const APPOSITIVE =
  /^,\s+(?:(?:an?|the)\s+|(?:working|together|along|jointly|in\s+(?:collaboration|partnership))\s+with\s+)[^,;]{1,140},/;
/** What may stand before the subject at the start of a sentence. */
const LEAD =
  /^[\s"“*_]*(?:(?:on|in|last|this)\s+[^,]{1,30},\s+)?(?:(?:the\s+)?(?:researchers|experts|analysts|investigators|forensic\s+\w+|a\s+team)\s+(?:at|from|of|with)\s+)?(?:the\s+)?$/i;
/** "The lab ..." / "The researchers ...": an organisation named earlier. */
const ANAPHOR =
  /^[\s"“*_]*(?:the|this)\s+(lab|laboratory|group|organi[sz]ation|institute|centre|center|researchers|team|watchdog|ngo|newspaper|network|coalition|collective|alliance|foundation)\b/i;

/**
 * Words that point at the document's technology when the sentence does not name it: "the spyware", "the
 * infections", "the malicious links". "R3D documented threats against reporters" points at none.
 */
const TECH_REFERENCE =
  /\b(?:spyware|malware|infect\w*|implants?|exploits?|messages|texts|sms|links|domains|servers?|operators?|phones|devices|forensic|surveillance\s+(?:tool|software|technology|campaign|operation)s?|hack(?:ed|ing)\s+(?:tool|attempt|campaign)s?)\b/i;

/**
 * The sentence refers to the technology, or it speaks of a report and a neighbouring sentence of the same
 * passage names or refers to the technology ("Lakeside Lab published a report on Monday ..." followed by
 * "... documented that 40 messages had been sent").
 */
/** Index of the sentence starting at `start` (sentences are in text order): a binary search. */
function indexOf(sentences: { start: number }[], start: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = (sentences[mid] as { start: number }).start;
    if (at === start) return mid;
    if (at < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function refersToTechnology(ctx: Ctx, s: { start: number; end: number }, body: string): boolean {
  if (TECH_REFERENCE.test(body)) return true;
  if (!REPORT_NOUN.test(body)) return false;
  const i = indexOf(ctx.sentences, s.start);
  if (i < 0) return false;
  return [ctx.sentences[i - 1], ctx.sentences[i + 1]].some(
    (n) =>
      n !== undefined &&
      (TECH_REFERENCE.test(ctx.clean.slice(n.start, n.end)) ||
        sentenceHits(ctx, n).some((h) => h.type === 'Technology')),
  );
}

const REPORTERS = new Set(['research', 'media', 'civil_society', 'multilateral']);

/** Organisations that are the subject of the verb at `at` (a list joined by commas and "and"). */
function subjects(ctx: Ctx, s: { start: number; end: number }, hits: Hit[], at: number): Hit[] {
  const before = hits.filter((h) => h.end <= at);
  for (let i = before.length - 1; i >= 0; i--) {
    const h = before[i] as Hit;
    const gap = ctx.clean.slice(h.end, at);
    const appositive = APPOSITIVE.exec(gap);
    if (!LINK.test(appositive ? gap.slice(appositive[0].length) : gap)) continue;
    if (h.type !== 'Organization') return [];
    const list = [h];
    // Earlier subjects: the nearest organisation joined by "and"/","; one whose appositive holds other
    // organisations ("A, based at the University of X, and the group B") skips over them.
    for (let j = i - 1; j >= 0;) {
      const head = list[0] as Hit;
      let k = j;
      while (k >= 0 && k >= j - 2) {
        const prev = before[k] as Hit;
        const inside = INSIDE_APPOSITIVE.test(
          ctx.clean.slice(Math.max(s.start, prev.start - 100), prev.start),
        );
        if (
          prev.type === 'Organization' &&
          !inside &&
          SUBJECT_JOIN.test(ctx.clean.slice(prev.end, head.start))
        )
          break;
        k--;
      }
      if (k < 0 || k < j - 2) break;
      list.unshift(before[k] as Hit);
      j = k - 1;
    }
    return LEAD.test(ctx.clean.slice(s.start, (list[0] as Hit).start)) ? list : [];
  }
  return [];
}

/** "The lab" → the last organisation before the sentence that the noun describes. */
function anaphor(ctx: Ctx, s: { start: number; end: number }): string | undefined {
  const m = ANAPHOR.exec(ctx.clean.slice(s.start, s.end));
  return m ? antecedent(ctx, s.start, m[1] as string) : undefined;
}

function technologies(ctx: Ctx, s: { start: number; end: number }, hits: Hit[], body: string): string[] {
  const own = hits.filter((h) => h.type === 'Technology').map((h) => h.key);
  if (own.length > 0) return own;
  const main = mainTechnology(ctx);
  return main && refersToTechnology(ctx, s, body) ? [main] : [];
}

function reported(
  ctx: Ctx,
  s: { start: number; end: number },
  by: string[],
  techs: string[],
  method: string,
): void {
  for (const o of by) {
    const kind = ctx.reg.entities.get(o)?.kind;
    if (kind && !REPORTERS.has(kind)) continue;
    for (const t of techs) relate(ctx, 'REPORTED_ON', o, t, s, method, 0.65);
  }
}

/** The organisations listed right at `from`: "A", "A and the B", "A, B and C". */
function authors(ctx: Ctx, hits: Hit[], from: number): string[] {
  const out: Hit[] = [];
  for (const h of hits) {
    if (h.start < from - 1) continue;
    const prev = out[out.length - 1];
    const gap = ctx.clean.slice(prev ? prev.end : from, h.start);
    if (h.type !== 'Organization' || (prev ? !LIST_JOIN.test(gap) : gap.trim() !== '')) break;
    out.push(h);
  }
  return out.map((h) => h.key);
}

/** Co-authors of one report worked together: the first with each of the others. */
function together(ctx: Ctx, s: { start: number; end: number }, keys: string[]): void {
  const [first, ...rest] = keys;
  if (first) for (const o of rest) relate(ctx, 'COLLABORATED_WITH', first, o, s, 'co-authors', 0.65);
}

export function findingRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    const publish = PUBLISH.exec(body);
    const found = FOUND.exec(body) ?? (REPORT_NOUN.test(body) ? SAID.exec(body) : null);
    if (!publish && !found && !REPORT_NOUN.test(body) && !/\baccording to\b/i.test(body)) continue;
    const hits = sentenceHits(ctx, s);
    const techs = technologies(ctx, s, hits, body);
    for (const [m, method] of [
      [publish, 'subject-published-report'],
      [found, 'subject-found'],
    ] as const) {
      if (!m) continue;
      const at = s.start + m.index;
      let by = subjects(ctx, s, hits, at).map((h) => h.key);
      if (by.length === 0 && hits.every((h) => h.end > at || h.type !== 'Organization')) {
        const a = anaphor(ctx, s);
        if (a) by = [a];
      }
      if (by.length === 0) continue;
      reported(ctx, s, by, techs, method);
      // Co-subjects of one finding worked together ("A and B analysed the messages").
      // Co-subjects worked together when the text says so ("jointly", "together") or share a piece of work
      // ("A and B analysed / confirmed"); two groups that each "found" or "discovered" messages did not.
      if (JOINT.test(body) || (m === found && SHARED_WORK.test(m[0]))) together(ctx, s, by);
      // "Sentinel Research Group, working with Acceso Seguro, confirmed ..."
      const last = subjects(ctx, s, hits, at).pop();
      const gap = last ? ctx.clean.slice(last.end, at) : '';
      if (
        last &&
        /^,\s+(?:working|together|along|jointly|in\s+(?:collaboration|partnership))\s+with\b/.test(gap)
      )
        for (const o of after(hits, last.end, ['Organization'], at))
          relate(ctx, 'COLLABORATED_WITH', last.key, o.key, s, 'working-with', 0.7);
      PARTNERS.lastIndex = 0;
      const tail = body.slice(m.index + m[0].length);
      const partners = PARTNERS.exec(tail);
      if (!partners || (partners[0].trim() === 'with' && partners.index > 40)) continue;
      // "The network has documented threats ... together with A and B": a finding verb needs an explicit
      // partnership phrase, not a bare "with".
      if (m !== publish && !EXPLICIT_PARTNERS.test(partners[0])) continue;
      const from = at + m[0].length + partners.index;
      const stop = /\b(?:published|released)\s+(?:by|in)\b/i.exec(tail.slice(partners.index));
      const to = stop ? from + stop.index : s.end;
      for (const o of after(hits, from, ['Organization'], to))
        for (const a of by) relate(ctx, 'COLLABORATED_WITH', a, o.key, s, 'report-together-with', 0.7);
    }
    for (const h of hits.filter((x) => x.type === 'Organization')) {
      if (ACCORDING.test(ctx.clean.slice(Math.max(s.start, h.start - 20), h.start)))
        reported(ctx, s, [h.key], techs, 'according-to-org');
    }
    for (const m of body.matchAll(REPORT_BY)) {
      const from = s.start + (m.index as number) + m[0].length;
      const list = authors(ctx, hits, from);
      reported(ctx, s, list, techs, 'report-by-org');
      together(ctx, s, list);
    }
  }
}
