/**
 * Officials named by a title of office that names or implies their institution, as news and analyses write
 * them: "the Attorney General, Raúl Cervera" (→ the Attorney General's Office), "Ramón Ibáñez, the
 * Secretary of Public Administration" (→ the Ministry/Secretariat of Public Administration), "the High
 * Commissioner, Karim Haddad" (→ the Office of the High Commissioner ...). The institution must be named in
 * the document or be in the curated alias table; a title alone never invents one.
 */
import { hitsIn, relate, type Ctx, type Hit } from '../context.ts';
import { isFirstName } from '../lexicon.ts';
import { nameKey } from '../../resolve/keys.ts';
import { findKnown } from '../../resolve/known.ts';
import { sentenceHits } from './helpers.ts';
import { cap, PW } from '../find/patterns.ts';

/** Capitalised word of a title's domain ("Public Administration", "Human Rights"). */
const CW = "\\p{Lu}[\\p{L}'’-]*";
/** Title nouns of office ("Attorney General", "attorney general"). */
const OFFICE_TITLE = `(?:${cap(
  'attorney general|solicitor general|comptroller general|secretary general|secretary|minister|commissioner(?: president)?|high commissioner|ombudsman|ombudsperson|prosecutor general|special prosecutor|special rapporteur|director general|inspector general|auditor general|governor',
)})`;
const DEPUTY = cap('deputy|vice|under|assistant|acting|interim|former');
const MODIFIER = `(?:(?:${DEPUTY}|${cap('chief|special|high|national')})[ -])*`;
const DOMAIN = `(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?${CW}(?:\\s+(?:(?:of|for|and|on|the|de|la|del)\\s+)*${CW}){0,5})?`;
const TITLE_PHRASE = `(${MODIFIER}${OFFICE_TITLE}${DOMAIN})`;

/** "the Attorney General, X" / "the Secretary of Public Administration X" (no lower-case word between). */
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:the\\s+|[Tt]he\\s+)?${TITLE_PHRASE},?\\s+$`, 'u');
/** "Interior Minister X", "the Finance Secretary, X": the domain before the title. */
const DOMAIN_TITLE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:the\\s+)?(${CW}(?:\\s+${CW})?)\\s+(Minister|Secretary),?\\s+$`,
  'u',
);
/** "X, the Secretary of Public Administration," (the title closes the apposition). */
const TITLE_AFTER = new RegExp(
  `^,\\s+(?:the\\s+|then\\s+|now\\s+|former\\s+)*${TITLE_PHRASE}(?=\\s*[,.;)]|\\s+(?:said|says|told|who|and|has|had|was|is|declined|did)\\b|\\s*$)`,
  'u',
);
/** Heads of an office: the title holder leads it; deputies and assistants work for it. */
const NOT_HEAD = /^(?:deputy|vice|under|assistant|acting|interim|former|special rapporteur)/i;
/** Heads of an institution's name a titled official belongs to. */
const OFFICE_HEADS = ['Ministry', 'Secretariat', 'Department', 'Office', 'Ministerio', 'Secretaría'];

/** The title without deputy-like modifiers, and its domain: "Deputy Secretary of X" → "Secretary", "X". */
function core(title: string): { noun: string; domain?: string } {
  const m = new RegExp(
    `^(?:(?:${DEPUTY})[ -])*((?:${cap('chief|special|high|national')}[ -])*${OFFICE_TITLE})(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?(.+))?$`,
    'u',
  ).exec(title);
  return { noun: m?.[1] ?? title, ...(m?.[2] ? { domain: m[2] } : {}) };
}

/** Local key of an organisation by one of its names: read in the document, else from the curated table. */
function byName(ctx: Ctx, name: string): string | undefined {
  const k = ctx.reg.lookup(name, 'Organization');
  if (k && ctx.reg.entities.get(ctx.reg.live(k))?.type === 'Organization') return ctx.reg.live(k);
  const known = findKnown(name);
  if (known?.type !== 'Organization') return undefined;
  return ctx.reg.addName('Organization', known.name, { noMention: true });
}

/**
 * The institution a title of office names or implies, if the document or the alias table has it.
 * @example officeOf(ctx, 'Secretary of Public Administration') // key of "Secretaría de la Función Pública"
 */
export function officeOf(ctx: Ctx, title: string): string | undefined {
  const { noun, domain } = core(title.replace(/\s+/g, ' ').trim());
  const names = domain
    ? OFFICE_HEADS.flatMap((h) => [`${h} of ${domain}`, `${h} of the ${domain}`, `${h} for ${domain}`])
    : [`${noun}'s Office`, `Office of the ${noun}`];
  // In the document first: an institution whose name holds the title ("Office of the High Commissioner
  // for Human Rights" for "High Commissioner") or, with a domain, an office head and the domain.
  const want = nameKey(domain ? domain : noun);
  const single = !domain && !/\s/.test(noun);
  for (const e of ctx.reg.entities.values()) {
    if (e.type !== 'Organization' || single) continue;
    const hit = e.aliases.some((a) => {
      const k = nameKey(a);
      if (domain)
        return (
          k.endsWith(' ' + want) &&
          /^(?:ministry|secretariat|department|office|ministerio|secretaria)\b/.test(k)
        );
      return new RegExp(`(?:^|\\s)${want}(?:\\s|$)`).test(k) && /\b(?:office|ministry|commission)\b/.test(k);
    });
    if (hit) return e.key;
  }
  for (const n of names) {
    const k = byName(ctx, n);
    if (k) return k;
  }
  return undefined;
}

/** WORKS_FOR (and LEADS, for a head) the institution of `title`; false when there is none. */
function hold(
  ctx: Ctx,
  s: { start: number; end: number },
  p: Hit,
  title: string,
  method: string,
  said?: string,
): boolean {
  const org = officeOf(ctx, title);
  if (!org) return false;
  const role = (said ?? title).replace(/\s+/g, ' ').trim().toLowerCase();
  relate(ctx, 'WORKS_FOR', p.key, org, s, method, 0.7, role);
  if (!NOT_HEAD.test(role)) relate(ctx, 'LEADS', p.key, org, s, method, 0.65, role);
  return true;
}

/** WORKS_FOR / LEADS from a title of office next to a person. */
export function officeRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const hits = sentenceHits(ctx, s);
    hits.forEach((p, i) => {
      if (p.type !== 'Person') return;
      // The title may hold a short form of its institution ("Public Administration"), but no other person.
      const person = hits
        .slice(0, i)
        .filter((h) => h.type === 'Person')
        .pop();
      const from = Math.max(s.start, person?.end ?? s.start, p.start - 150);
      // "Interior Minister X" first: read alone, "Minister X" would name no ministry.
      const lead = ctx.clean.slice(from, p.start);
      const domainFirst = DOMAIN_TITLE_BEFORE.exec(lead);
      const title = TITLE_BEFORE.exec(lead);
      const done =
        domainFirst &&
        hold(
          ctx,
          s,
          p,
          `${domainFirst[2] as string} of ${domainFirst[1] as string}`,
          'office-title-person',
          `${domainFirst[1] as string} ${domainFirst[2] as string}`,
        );
      if (!done && title) hold(ctx, s, p, title[1] as string, 'office-title-person');
      const next = hits[i + 1]?.start ?? s.end;
      const tail = TITLE_AFTER.exec(ctx.clean.slice(p.end, Math.min(next, s.end)));
      if (tail) hold(ctx, s, p, tail[1] as string, 'person-office-title');
    });
  }
}

/** A title of office, then a run of capitalised words: the domain's words, then the holder's name. */
const TITLE_RUN = new RegExp(
  `\\b${MODIFIER}${OFFICE_TITLE}(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?)?((?:${CW}\\s+(?:(?:of|for|and|on|the|de|la|del)\\s+)*)*${CW})`,
  'gu',
);
const NAME = new RegExp(`^${PW}$`, 'u');

/**
 * "the Secretary of Public Administration Ramón Ibáñez Torres": the name finder reads one capitalised run;
 * the holder is the part that starts with a given name and has two to four name words, to the run's end.
 */
export function titledPeople(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    TITLE_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TITLE_RUN.exec(body))) {
      const run = m[1] as string;
      const words = [...run.matchAll(/\S+/g)];
      // After "of", at least one word is the domain's; the holder starts at the next given name.
      const from = /\s(?:of|for|on)\s/.test(m[0]) ? 1 : 0;
      const first = words.findIndex((w, j) => j >= from && isFirstName(w[0]));
      const rest = words.slice(first);
      if (first < 0 || rest.length < 2 || rest.length > 4 || !rest.every((w) => NAME.test(w[0]))) continue;
      const start = s.start + m.index + m[0].length - run.length + (rest[0]?.index ?? 0);
      const end = s.start + m.index + m[0].length;
      if (hitsIn(ctx, start - 1, end + 1, ['Person']).length > 0) continue;
      ctx.reg.add('Person', start, end);
    }
  }
}
