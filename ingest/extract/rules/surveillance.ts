/**
 * Surveillance rules: "NSO Group's Pegasus malware" → DEVELOPED; "purchase of Pegasus by the Attorney
 * General Office" → ACQUIRED; "used by" → USED; spyware "intended to infect ... Juan Pardinás" → TARGETED;
 * a report "elaborated by Citizen Lab with the aid of SocialTic and R3D, published by The New York Times"
 * → AUTHORED, COLLABORATED_WITH, PUBLISHED, REPORTED_ON.
 */
import { isAuthorLine, listedOrgs } from './author-lines.ts';
import { relate, type Ctx, type Hit } from '../context.ts';
import type { Sentence } from '../text/sentences.ts';
import { after, before, dateNear, LIST_JOIN, sentenceHits } from './helpers.ts';
import { isSpeaker, mainTechnology } from './news.ts';

const TARGET_VERB =
  /\b(target\w*|infect\w*|spied|spy(ing)?|surveil\w*|hack\w*|attack\w*|victims?|espionage)\b|\b(received|were sent|got)\s+(?:[\p{L}-]+\s+){0,4}?(messages|texts|sms|links)\b|\b(messages|texts|sms|links)\b[^.;]{0,80}?\b(?:was|were|had been|been)\s+sent\s+to\b/iu;
const BUY =
  /\b(purchas\w*|acqui\w*|bought|buy\w*|procure\w*|contract\w* for|spent\s+[^.;]{0,40}?(?:dollars|pesos|euros|million|billion)\s+on|adquiri(?:d[oa]s?|[óo]|eron)|compr(?:ad[oa]s?|[óo]|aron))\b/i;
const USE = /\b(used|uses|using|deployed|use of)\b/i;
const REPORT = /\b(report\w*|identified|verified|documented|revealed|revelations?|found|investigat\w*)\b/i;

const MADE_BY = /\b(developed|made|created|manufactured|sold|produced|built) by\s+(the\s+)?$/i;
/** "was sold to the Mexican government by NSO Group". */
const SOLD_TO_BY = /^\s+(?:was\s+|were\s+|had\s+been\s+)?sold\s+to\s+[^,;.]{0,60}?\s+by\s+(?:the\s+)?$/i;
/** "Pegasus, a spyware tool sold only to governments by the Israeli firm NSO Group". */
const APPOSITIVE_BY =
  /^,\s+(?:an?|the)\s[^,;()]{0,80}?\b(?:developed|made|created|manufactured|sold|produced|built|marketed)\b[^,;()]{0,60}?\bby\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** "the spyware", "the tool": the document's main technology, referred to without its name. */
const REFERENCE =
  /\b(?:the|this|its|their)\s+(?:own\s+)?(?:spyware|malware|software|surveillance\s+(?:tool|software|system)|hacking\s+tool)\b|\b(?:el|este|dicho)\s+(?:programa|software)\b/i;
/** "explain the purchase of", "records on the acquisition": the text asks about a purchase, not asserts it. */
const QUESTIONED =
  /\b(?:explain|clarify|disclose|justify|account\s+for|investigate|investigating|look\s+into|whether|details?\s+(?:of|on|about)|records?\s+(?:of|on|about)|information\s+(?:on|about)|questions?\s+(?:on|about))\b[^.;]{0,40}$/i;

/** A verb between the subject and "use of" that makes the subject a critic or reporter of the use, not its user. */
const STANCE =
  /\b(?:condemn|denounc|reject|deplor|criticis|criticiz|oppos|protest|investigat|document|report|reveal|show|publish|expos|question|welcom|warn|rais)\w*\b/i;

/** "The committee, chaired by Deputy X, met to examine reports that ... against journalists": X presides, not a target. */
function presiding(ctx: Ctx, s: Sentence, p: Hit): boolean {
  const lead = ctx.clean.slice(Math.max(s.start, p.start - 60), p.start);
  return /\b(?:chaired|led|headed|presided(?:\s+over)?|directed|coordinated|convened|moderated)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(
    lead,
  );
}

/**
 * "the DAE, the intelligence service attached to the Ministry, used Corvid": the nearest organisation sits in
 * an appositive that closes right before the verb; the one the appositive describes is the subject.
 */
function appositiveHead(ctx: Ctx, s: Sentence, hits: Hit[], h: Hit, at: number): Hit {
  if (!/^\s*,\s*(?:(?:has|had|have|also|then|later)\s+)*$/i.test(ctx.clean.slice(h.end, at))) return h;
  const lead = ctx.clean.slice(s.start, h.start);
  const open = /,\s+(?:an?|the|its|which|who)\s[^,;]*$/i.exec(lead);
  if (!open) return h;
  const head = before(hits, s.start + open.index, ['Organization']);
  return head && /^\)?\s*(?:\([^()]{1,20}\)\s*)?$/.test(ctx.clean.slice(head.end, s.start + open.index))
    ? head
    : h;
}

/** "the PGR, the Ministry of National Defence and the CISEN acquired": the organisations listed before `last`. */
function coordinated(ctx: Ctx, hits: Hit[], last: Hit): Hit[] {
  const out: Hit[] = [];
  let next = last;
  for (let i = hits.indexOf(last) - 1; i >= 0; i--) {
    const h = hits[i] as Hit;
    if (h.type !== 'Organization' || !LIST_JOIN.test(ctx.clean.slice(h.end, next.start))) break;
    out.unshift(h);
    next = h;
  }
  return out;
}

/**
 * "the contract under which the PGR bought Pegasus", "the PGR has not denied its own purchase of the
 * spyware", "the CISEN also acquired the spyware" → ACQUIRED (USED alike); every verb of the sentence is read,
 * each with its nearest buyer. A question or demand about a purchase asserts none.
 */
function acquisitions(ctx: Ctx, s: Sentence, hits: Hit[], named: Hit[], body: string): void {
  const c = ctx.clean;
  const main = named.length === 0 ? mainTechnology(ctx) : undefined;
  const techs = named.length > 0 ? named.map((t) => t.key) : main ? [main] : [];
  if (techs.length === 0) return;
  const developers = new Set(ctx.relations.filter((r) => r.type === 'DEVELOPED').map((r) => r.source));
  for (const [re, type] of [
    [BUY, 'ACQUIRED'],
    [USE, 'USED'],
  ] as const) {
    for (const m of body.matchAll(new RegExp(re.source, 'gi'))) {
      const i = m.index as number;
      const at = s.start + i;
      if (QUESTIONED.test(body.slice(Math.max(0, i - 60), i))) continue;
      // "denied using it" is no claim of use; "has not denied its own purchase" is.
      if (
        /(?<!\b(?:not|never)\s+)\bden(?:y|ies|ied|ying)\s+(?:\w+\s+){0,2}$/i.test(
          body.slice(Math.max(0, i - 40), i),
        )
      )
        continue;
      // "had been used against" names no user unless "by" follows; "OLAVI condemns the use of" is a stance.
      const passive = /\b(?:was|were|been|being|is|are)\s+$/i.test(body.slice(Math.max(0, i - 12), i));
      // "adquirido por la Dirección X": a Spanish agent, only when named right after "por".
      const porM = /^[\p{L}]+\s+por\s+(?:la\s+|el\s+|los\s+|las\s+)?/iu.exec(body.slice(i));
      const byM =
        /\bby\s+(the\s+)?/i.exec(body.slice(i)) ??
        (porM && hits.some((h) => h.start === at + porM[0].length) ? { index: porM[0].length } : null);
      if (type === 'USED' && passive && !(byM && byM.index < 50)) continue;
      const buyer =
        byM && byM.index < 50
          ? after(hits, at + byM.index, ['Organization']).find((h) => !developers.has(h.key))
          : [before(hits, at, ['Organization'])]
              .map((h) => h && appositiveHead(ctx, s, hits, h, at))
              .find((h) => h && !developers.has(h.key));
      if (!buyer) continue;
      const asked =
        buyer.end < at && /\bto\s+(?!(?:the|a|an|its|their|his|her)\b)\p{Ll}+/u.test(c.slice(buyer.end, at));
      const seller = /^\s+(?:sells|sold|develops|developed|makes|made|markets)\b/.test(
        c.slice(buyer.end, buyer.end + 12),
      );
      // An appositive between buyer and verb ("the DCIC, which reports to the Ministry, acquired") is no stance.
      const between = c
        .slice(buyer.end, Math.max(buyer.end, at))
        .replace(/,\s+(?:which|who|an?|the)\s[^,;]*,/i, ',');
      if (buyer.end < at && STANCE.test(between)) continue;
      // Without the name, the reference must be the verb's object: "its own purchase of the spyware".
      const referred = named.length > 0 || REFERENCE.test(body.slice(i, i + 50));
      if (asked || seller || !referred) continue;
      const listed = buyer.end < at ? coordinated(ctx, hits, buyer) : [];
      const buyers = [...listed.filter((h) => !developers.has(h.key)), buyer];
      for (const b of buyers)
        for (const t of techs) relate(ctx, type, b.key, t, s, `${type.toLowerCase()}-verb`, 0.75);
    }
  }
}

/**
 * Whether an organisation can be the one reporting: the subject before the verb, or the source after "by",
 * "in" or "from" ("a study published by the Citizen Lab", "a report in The New York Times"); not one named inside an appositive ("a research group at the
 * University of Toronto") nor the object of the finding ("press reports say the CISEN acquired ...").
 */
function reporterAt(ctx: Ctx, s: Sentence, o: Hit, verbAt: number): boolean {
  const lead = ctx.clean.slice(Math.max(s.start, o.start - 100), o.start);
  if (/,\s+(?:an?|the)\s[^,;]{0,80}\b(?:at|of|in|from)\s+(?:the\s+)?$/i.test(lead)) return false;
  return o.end <= verbAt || /\b(?:by|in|from)\s+(?:the\s+)?$/i.test(lead);
}

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
      // The maker may follow a buyer: "Pegasus was sold to the Mexican government by NSO Group".
      for (const next of after(hits, t.end, ['Organization']).slice(0, 2)) {
        const gap = c.slice(t.end, next.start);
        if (MADE_BY.test(gap.slice(-60)) || APPOSITIVE_BY.test(gap) || SOLD_TO_BY.test(gap)) {
          relate(ctx, 'DEVELOPED', next.key, t.key, s, 'developed-by', 0.85);
          break;
        }
      }
      // "NSO Group sold Pegasus to the PGR" / "Pegasus was sold to the PGR": the buyer ACQUIRED it.
      const to = after(hits, t.end, ['Organization'])[0];
      const gapTo = to ? c.slice(t.end, to.start) : '';
      const soldBefore = /\bsold\s+(?:the\s+|its\s+)?$/i.test(
        c.slice(Math.max(s.start, t.start - 20), t.start),
      );
      if (
        to &&
        (/^\s+(?:was\s+|were\s+|had\s+been\s+)?sold\s+(?:\w+\s+)?to\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/u.test(
          gapTo,
        ) ||
          (soldBefore && /^\s+(?:spyware\s+|malware\s+|tool\s+|software\s+)?to\s+(?:the\s+)?$/i.test(gapTo)))
      )
        relate(ctx, 'ACQUIRED', to.key, t.key, s, 'sold-to', 0.75);
    }
    const body = c.slice(s.start, s.end);
    if (techs.length > 0 || REFERENCE.test(body)) acquisitions(ctx, s, hits, techs, body);
    if (techs.length > 0) {
      if (TARGET_VERB.test(body) || /\b(against|including)\b/i.test(body)) {
        for (const p of hits.filter(
          (h) => h.type === 'Person' && !isSpeaker(ctx, s, h) && !presiding(ctx, s, h),
        )) {
          for (const t of techs) relate(ctx, 'TARGETED', t.key, p.key, s, 'spyware-target', 0.75);
        }
      }
      const rep = REPORT.exec(body);
      if (rep) {
        for (const o of hits.filter((h) => h.type === 'Organization')) {
          const e = ctx.reg.entities.get(o.key);
          if (!reporterAt(ctx, s, o, s.start + rep.index)) continue;
          if (e?.kind === 'research' || e?.kind === 'media') {
            for (const t of techs) relate(ctx, 'REPORTED_ON', o.key, t.key, s, 'report-technology', 0.7);
          }
        }
      }
    }
    reportRules(ctx, s, hits, body);
  }
}

/** Verbs by which others back a report rather than write it. */
const BACKED =
  /\b(?:endorsed|funded|financed|supported|sponsored|commissioned|welcomed|cited|critici[sz]ed)\b/i;

/**
 * "This report was written by A and B of the CCA", or "The report ..." in a document that is a report: the
 * report is the document itself, so the people and organisations listed after "by" AUTHORED it.
 */
function ownReport(
  ctx: Ctx,
  s: { start: number; end: number },
  hits: ReturnType<typeof sentenceHits>,
  by: RegExpExecArray,
): boolean {
  const head = ctx.clean.slice(s.start, s.start + by.index);
  const own = /\bthis\s+$/i.test(head) || (ctx.doc.kind === 'report' && /(?:^|\s)the\s+$/i.test(head));
  if (!own || !/^\s*$/.test(head.replace(/\b(?:this|the)\s+$/i, ''))) return false;
  const from = s.start + by.index + by[0].length;
  let at = from;
  for (const h of hits.filter((x) => x.start >= from)) {
    const gap = ctx.clean.slice(at, h.start);
    if (h.start > from && !LIST_JOIN.test(gap)) break;
    if (h.type !== 'Person' && h.type !== 'Organization') break;
    relate(ctx, 'AUTHORED', h.key, ctx.doc.id, s, 'own-report-by', 0.75);
    at = h.end;
  }
  return true;
}

/** Between a named report and its description: "*Quiet Wires*, a forensic " (before "report by"). */
const NAMED_BEFORE = /^[*_"”’]*\s*,\s+(?:an?|the|their|its)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/**
 * "*Quiet Wires*, a forensic report by A and B", "the report *Birds on the Wire* by A of U and B": the report
 * has a name, so the organisations listed after "by" AUTHORED that document (no unnamed report is made up).
 */
function namedReport(
  ctx: Ctx,
  s: { start: number; end: number },
  hits: ReturnType<typeof sentenceHits>,
  by: RegExpExecArray,
): boolean {
  const at = s.start + by.index;
  const docs = hits.filter((h) => h.type === 'Document');
  let doc = docs.filter((d) => d.end <= at && NAMED_BEFORE.test(ctx.clean.slice(d.end, at))).pop();
  let from = at + by[0].length;
  if (!doc) {
    // "the report *Birds on the Wire* by the X": the name sits between "report" and "by".
    const m = /^report\s+["“*_]*/i.exec(ctx.clean.slice(at, s.end));
    const named = m ? docs.find((d) => d.start === at + m[0].length) : undefined;
    const tail = named ? /^["”*_]*\s+by\s+(?:the\s+)?/i.exec(ctx.clean.slice(named.end, s.end)) : null;
    if (!named || !tail) return false;
    doc = named;
    from = named.end + tail[0].length;
  }
  const orgs = listedOrgs(ctx, s, from);
  for (const o of orgs) relate(ctx, 'AUTHORED', o.key, doc.key, s, 'named-report-by', 0.75);
  return orgs.length > 0;
}

/** "the lab's report, *Silent Harbour*," / "in its report "Silent Harbour"": the possessor wrote that one. */
function possessiveReport(
  ctx: Ctx,
  hits: ReturnType<typeof sentenceHits>,
  author: Hit,
  s: { start: number; end: number },
): boolean {
  const m = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}report\s*,?\s*["“*_]*/u.exec(ctx.clean.slice(author.end, s.end));
  const doc = m ? hits.find((h) => h.type === 'Document' && h.start === author.end + m[0].length) : undefined;
  if (!doc) return false;
  relate(ctx, 'AUTHORED', author.key, doc.key, s, 'possessive-report', 0.75);
  return true;
}

function reportRules(
  ctx: Ctx,
  s: { start: number; end: number; line: number; block: boolean },
  hits: ReturnType<typeof sentenceHits>,
  body: string,
): void {
  const c = ctx.clean;
  if (isAuthorLine(ctx, s)) return;
  let authorHit: (typeof hits)[number] | undefined;
  const by =
    /\breport\w*\s+(?:\w+\s+){0,2}(?:elaborated|written|prepared|produced|authored|issued|released|published|drafted)?\s*by\s+(the\s+)?/i.exec(
      body,
    );
  // "This report is endorsed by X", "the report was funded by X": X backs the report, it did not write it.
  if (by && BACKED.test(by[0])) return;
  if (by && ownReport(ctx, s, hits, by)) return;
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
  if (by && namedReport(ctx, s, hits, by)) return;
  if (!authorHit) return;
  const e = ctx.reg.entities.get(authorHit.key);
  if (!e) return;
  if (possessiveReport(ctx, hits, authorHit, s)) return;
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
