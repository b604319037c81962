/**
 * Small helpers shared by relation rules: mentions of a sentence, nearest mention before/after an offset,
 * the document's collective author ("we"), and the date of a sentence.
 */
import type { EntityType } from '../../../core/model/index.ts';
import { hitsIn, type Ctx, type Hit } from '../context.ts';
import { findDates } from '../text/dates.ts';
import type { Sentence } from '../text/sentences.ts';

export const ACTORS: EntityType[] = ['Organization', 'Person'];

export function before(hits: Hit[], pos: number, types: EntityType[] = ACTORS): Hit | undefined {
  return hits.filter((h) => h.end <= pos && types.includes(h.type)).pop();
}

export function after(hits: Hit[], pos: number, types: EntityType[] = ACTORS, limit = Infinity): Hit[] {
  return hits.filter((h) => h.start >= pos && h.start < limit && types.includes(h.type));
}

export function sentenceHits(ctx: Ctx, s: Sentence): Hit[] {
  return hitsIn(ctx, s.start, s.end);
}

const COLLECTIVE =
  /\b(group|coalition|network|alliance|n[uú]cleo|platform|collective|front|campaign|movement)\b/i;

/**
 * The civil-society collective a document speaks for (most mentioned), if any: named twice, or once in its
 * head (title and lead); a coalition named once in passing ("We also joined the X Coalition") is not "we".
 */
export function collective(ctx: Ctx): string | undefined {
  const counts = new Map<string, number>();
  const head = ctx.sentences[2]?.end ?? Infinity;
  // A signing header speaks for the collective too: "For the Núcleo de Organizaciones de la Sociedad Civil:".
  const behalf = ctx.sentences.filter((s) =>
    /^\s*(?:for|on behalf of|en nombre de|por)\s+(?:the\s+|la\s+|el\s+)?\p{Lu}[^.]{0,100}:\s*$/iu.test(
      ctx.clean.slice(s.start, s.end),
    ),
  );
  const early = new Set(
    ctx.reg.mentions
      .filter((m) => m.start < head || behalf.some((s) => m.start >= s.start && m.end <= s.end))
      .map((m) => m.entity),
  );
  for (const m of ctx.reg.mentions) {
    const e = ctx.reg.entities.get(m.entity);
    if (!e || e.type !== 'Organization' || e.kind !== 'civil_society') continue;
    if (!e.aliases.some((a) => COLLECTIVE.test(a))) continue;
    // One signer among several ("Adaeze Okonkwo - Digital Rights Alliance of Lagos") is not the "we".
    if (ctx.signerOrgs.length >= 2 && ctx.signerOrgs.includes(e.key)) continue;
    counts.set(e.key, (counts.get(e.key) ?? 0) + 1);
  }
  for (const [key, n] of counts) if (n < 2 && !early.has(key)) counts.delete(key);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** The organisation credited with the document (author or publisher line), unless it is a media outlet. */
export function issuingOrg(ctx: Ctx): string | undefined {
  const credited = ctx.relations.filter(
    (r) => (r.type === 'AUTHORED' || r.type === 'PUBLISHED') && r.target === ctx.doc.id,
  );
  // A person wrote a news story (byline): the organisation that published it is the outlet. A report or
  // statement speaks for its publisher even when its authors are named.
  const byPerson =
    ctx.doc.kind === 'article' &&
    credited.some((r) => r.type === 'AUTHORED' && ctx.reg.entities.get(r.source)?.type === 'Person');
  for (const r of credited) {
    if (byPerson && r.type === 'PUBLISHED') continue;
    const e = ctx.reg.entities.get(r.source);
    if (e?.type === 'Organization' && e.kind !== 'media') return e.key;
  }
  return undefined;
}

/**
 * In an interview ("an interview with Renata Olmedo", "Q&A with X"), "we" in the answers is the
 * organisation of the person interviewed, once a rule has tied them to it.
 */
export function intervieweeOrg(ctx: Ctx): string | undefined {
  for (const s of ctx.sentences.slice(0, 4)) {
    const m = /\b(?:interview|conversation|q\s*&\s*a)\s+with\s+/i.exec(ctx.clean.slice(s.start, s.end));
    if (!m) continue;
    const p = hitsIn(ctx, s.start + m.index + m[0].length, s.end, ['Person'])[0];
    if (!p) return undefined;
    const r = ctx.relations.find((x) => (x.type === 'LEADS' || x.type === 'WORKS_FOR') && x.source === p.key);
    return r?.target;
  }
  return undefined;
}

/**
 * Who "we" is: the organisation credited with the document, else the collective the document speaks for
 * (unless the document is written in support of it), else its one signer, else the document.
 */
export function author(ctx: Ctx): string {
  const own = intervieweeOrg(ctx) ?? issuingOrg(ctx);
  if (own) return own;
  const c = collective(ctx);
  const supported = new Set(ctx.relations.filter((r) => r.type === 'SUPPORTS').map((r) => r.target));
  if (c && !supported.has(c)) return c;
  if (ctx.signers.length === 1) return ctx.signers[0] as string;
  return ctx.doc.id;
}

/** What joins two names of a list: ", ", ", and ", " and ", with "the" before the next ("A, B and the C"). */
export const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/** The organisations that signed the document: its signature block's and those a rule made SIGNED it. */
export function signingOrgs(ctx: Ctx): string[] {
  const keys = new Set<string>(ctx.signerOrgs);
  for (const r of ctx.relations) {
    if (
      r.type === 'SIGNED' &&
      r.target === ctx.doc.id &&
      ctx.reg.entities.get(r.source)?.type === 'Organization'
    )
      keys.add(r.source);
  }
  return [...keys];
}

/** ISO date written in the sentence, else in the previous sentence of the same paragraph. */
export function dateNear(ctx: Ctx, s: Sentence, year?: string): string | undefined {
  const own = findDates(ctx.clean.slice(s.start, s.end), year)[0];
  if (own) return own.iso;
  const i = ctx.sentences.indexOf(s);
  const prev = ctx.sentences[i - 1];
  if (prev && prev.line === s.line) return findDates(ctx.clean.slice(prev.start, prev.end), year)[0]?.iso;
  return undefined;
}

/** The same noun in the Spanish names the corpus uses ("the institute" → "Instituto ..."). */
const SAME_NOUN: Record<string, string[]> = {
  institute: ['instituto'],
  centre: ['centro', 'center'],
  center: ['centro', 'centre'],
  foundation: ['fundación', 'fundacion'],
  network: ['red '],
  university: ['universidad'],
  council: ['consejo'],
  collective: ['colectivo'],
  alliance: ['alianza'],
  observatory: ['observatorio'],
  laboratory: ['laboratorio'],
  lab: ['laboratorio'],
  committee: ['comisión', 'comision', 'comité', 'comite'],
  commission: ['comisión', 'comision'],
  chamber: ['cámara', 'camara', 'sala'],
  court: ['corte', 'tribunal'],
};

/**
 * The organisation a noun phrase such as "the lab" or "the group" points back to: the last organisation
 * named before `pos` that the noun describes (a lab is a research body; a group, an NGO or an organisation
 * is civil society; otherwise its name holds the noun).
 * @example antecedent(ctx, p.start, 'group') // key of "Transparencia Activa" named a sentence earlier
 */
export function antecedent(ctx: Ctx, pos: number, noun: string): string | undefined {
  const n = noun.toLowerCase();
  const research = /^(lab|laboratory|researchers|team)$/.test(n);
  const civil = /^(group|organi[sz]ation|ngo|collective|coalition|network)$/.test(n);
  const company = /^(company|firm|vendor|manufacturer)$/.test(n);
  const earlier = ctx.reg.mentions.filter((x) => x.end <= pos).sort((a, b) => b.start - a.start);
  for (const x of earlier.slice(0, 60)) {
    const e = ctx.reg.entities.get(x.entity);
    if (e?.type !== 'Organization') continue;
    if (research && e.kind === 'research') return e.key;
    if (civil && e.kind === 'civil_society') return e.key;
    if (company && e.kind === 'company') return e.key;
    const words = [n, ...(SAME_NOUN[n] ?? [])];
    if (e.aliases.some((a) => words.some((w) => a.toLowerCase().includes(w)))) return e.key;
  }
  return undefined;
}

/**
 * The organisations listed from `from` on ("A", "A and B", "A, B and C"), each gap matching `join`; the list
 * ends at the first hit that is not an organisation or not joined.
 */
export function organisationList(ctx: Ctx, hits: Hit[], from: number, join: RegExp): Hit[] {
  const out: Hit[] = [];
  for (const h of hits.filter((x) => x.start >= from)) {
    const prev = out[out.length - 1];
    if (h.type !== 'Organization') break;
    if (prev ? !join.test(ctx.clean.slice(prev.end, h.start)) : ctx.clean.slice(from, h.start).trim() !== '')
      break;
    out.push(h);
  }
  return out;
}
