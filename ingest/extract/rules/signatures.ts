/**
 * Signature blocks. After a closing ("Sincerely,", "Yours faithfully,", "Atentamente,") or a signatory
 * header ("Signed on behalf of the organisations by:", "Signatories:", "OGP Steering Committee Co-Chairs"),
 * the short lines that follow are signatures in any common shape: bare organisation names one per line,
 * "Name - Org", "Name, Title, Org", "Name (Org)", "Name\nTitle\nOrg" stanzas, bulleted or numbered. Each
 * signer SIGNED the document, a person paired with an organisation WORKS_FOR it (with the role given), and
 * under a co-chairs header each signer is CO_CHAIR_OF the header's body. Outside a block, "Name - Org" and
 * "Name, Title, Org" lines still give WORKS_FOR.
 */
import { hitsIn, relate, type Ctx } from '../context.ts';
import { findNames } from '../find/names.ts';
import type { Sentence } from '../text/sentences.ts';
import { parseCredits } from './credits.ts';
import { isPlaceName } from '../lexicon.ts';
import { classifyName } from '../find/classify.ts';
import { behalfBody } from './bodies.ts';
import { addOrg, parseLine, strongPerson, titleLine, type Parsed } from './signature-lines.ts';

const CLOSING =
  /^(?:(?:yours\s+)?(?:very\s+)?(?:sincerely|faithfully|truly|respectfully|cordially)(?:\s+yours)?|yours(?:\s+in\s+solidarity)?|in\s+solidarity|(?:with\s+)?(?:kind|best|warm(?:est)?)?\s*regards|respectfully\s+submitted|signed|atentamente|cordialmente|saludos(?:\s+cordiales)?|on behalf of\b.{0,80})\s*[,.:]?$/i;
const HEADER =
  /^(?:(?:signed|endorsed|supported|co-?signed|submitted|issued)\b.{0,60}\bby|(?:list of\s+)?(?:signatories|signatory organi[sz]ations|signers|signed|firmantes|firman|firmamos|organizaciones firmantes|suscriben|suscribimos|(?:supporting|endorsing|signing|undersigned) organi[sz]ations|endorsements?|the undersigned)|.{0,60}\b(?:co-?chairs?|signator(?:y|ies)|signed by|supporting organi[sz]ations|members))\s*:?$/i;
/** A signatory list on the header's own line: "Endorsed by: Access Now, ARTICLE 19 and R3D." */
const INLINE =
  /^(?:(?:signed|endorsed|supported|co-?signed)\b[^:]{0,60}?\bby|signatories|signatory organi[sz]ations|signers|firmantes|suscriben|endorsements?|supporting organi[sz]ations)\s*:\s*(?=\S)/i;
const CONTACT =
  /^(?:(?:media|press|news)\s+)?(?:contacts?|contacto(?:\s+(?:de\s+prensa|para\s+medios))?|enquiries|inquiries)\s*:\s*(?=\p{Lu})|^[^.:]{0,80}\bcontact\s*:\s*(?=\p{Lu})/iu;
const TABLE_HEAD =
  /^(?:organi[sz]ations?|organizaci[oó]n(?:es)?|names?|nombres?|countr(?:y|ies)|pa[ií]s(?:es)?|signator(?:y|ies)|firmantes?|title|role|cargo|affiliation|institution|representatives?|representantes?|position)$/i;
/** What a column of a signatory table holds, by its header. */
const COLUMN: [RegExp, 'person' | 'org' | 'role'][] = [
  [/^(?:names?|nombres?|representatives?|representantes?|signator(?:y|ies)|firmantes?)$/i, 'person'],
  [/^(?:organi[sz]ations?|organizaci[oó]n(?:es)?|affiliation|institution)$/i, 'org'],
  [/^(?:title|role|cargo|position)$/i, 'role'],
];
/** Sub-headings inside a signatory list ("Organisations", "Individuals"), which sign nothing themselves. */
const SUBHEAD =
  /^(?:(?:individual|organi[sz]ational|institutional|international|national|regional|local|global|mexican|other)\s+)?(?:organi[sz]ations?|individuals?|signatories|signers|organizaciones|personas|firmantes|networks?|academics?|experts?)(?:\s+\([^)]*\))?\s*:?$/i;
const END =
  /^(?:contact|notes?|about|references|footnotes|press contact|media contact|for more information|sources?)\b/i;

interface Pending {
  person: string;
  roles: string[];
  s: Sentence;
}

interface Block {
  group: string | null;
  /** The body a header signs for ("Issued on behalf of the Committee by:"): its listed people are members. */
  body?: string | null;
  pending: Pending | null;
  /** Line number of an organisation line that completed a "Name / [Title /] Org" stanza. */
  stanzaOrg?: number;
  /** The columns of a signatory table whose header row said what each holds ("Organisation | Name | Role"). */
  columns?: ('person' | 'org' | 'role' | null)[];
}

function sign(
  ctx: Ctx,
  b: Block,
  p: { person?: string; org?: string; role?: string; orgFirst?: boolean },
  s: Sentence,
): void {
  const { person, org, role } = p;
  if (person && org) relate(ctx, 'WORKS_FOR', person, org, s, 'signature-block', 0.85, role || undefined);
  if (person && org && p.orgFirst) relate(ctx, 'SIGNED', org, ctx.doc.id, s, 'signature-block', 0.8);
  const signer = person ?? org;
  if (!signer) return;
  relate(ctx, 'SIGNED', signer, ctx.doc.id, s, 'signature-block', 0.85);
  ctx.signers.push(signer);
  if (person && org) ctx.signerOrgs.push(org);
  if (b.group) relate(ctx, 'CO_CHAIR_OF', signer, b.group, s, 'co-chair-block', 0.85, 'co-chair');
  if (person && !org && b.body)
    relate(ctx, 'MEMBER_OF', person, b.body, s, 'behalf-block', 0.75, role || undefined);
}

function flush(ctx: Ctx, b: Block, org?: string, role?: string): void {
  const p = b.pending;
  if (!p) return;
  b.pending = null;
  const roles = role ? [...p.roles, role] : p.roles;
  sign(ctx, b, { person: p.person, ...(org ? { org } : {}), role: roles.join(', ') }, p.s);
}

function header(ctx: Ctx, b: Block, s: Sentence, line: string): void {
  flush(ctx, b);
  b.body = behalfBody(ctx, s) ?? null;
  if (!/co-?chair/i.test(line)) {
    b.group = null;
    return;
  }
  findNames(ctx, s);
  b.group = hitsIn(ctx, s.start, s.end, ['Organization'])[0]?.key ?? null;
}

/** One line inside a signature block. */
/** True when most lines of the stanza around sentence i are clearly people's names (a list of individuals). */
function peopleStanza(ctx: Ctx, i: number): boolean {
  const at = ctx.sentences[i] as Sentence;
  const lines: Sentence[] = [at];
  const window = 12;
  for (
    let j = i - 1;
    j >= Math.max(0, i - window) && (ctx.sentences[j] as Sentence).line === (lines[0] as Sentence).line - 1;
    j--
  )
    lines.unshift(ctx.sentences[j] as Sentence);
  for (let j = i + 1; j < Math.min(ctx.sentences.length, i + window); j++) {
    const n = ctx.sentences[j] as Sentence;
    if (n.line !== (lines[lines.length - 1] as Sentence).line + 1) break;
    lines.push(n);
  }
  const strong = lines.filter((l) => strongPerson(ctx.clean.slice(l.start, l.end).trim())).length;
  return lines.length >= 3 && strong * 2 > lines.length;
}

/** A Markdown table row "| Name or Org | Org or Country |": the first cell signs, a second names the employer. */
function tableRow(ctx: Ctx, b: Block, s: Sentence): boolean {
  const raw = ctx.clean.slice(s.start, s.end);
  if (!/^\s*\|.*\|\s*$/.test(raw)) return false;
  flush(ctx, b);
  const cells: [number, number][] = [];
  let at = raw.indexOf('|') + 1;
  for (let next = raw.indexOf('|', at); next >= 0; next = raw.indexOf('|', at)) {
    const cell = raw.slice(at, next);
    if (cell.trim().length > 0) cells.push([s.start + at, s.start + next]);
    at = next + 1;
  }
  const text = (c: [number, number]): string => ctx.clean.slice(c[0], c[1]).trim();
  if (cells.length === 0 || cells.every((c) => TABLE_HEAD.test(text(c)) || /^[-:\s]*$/.test(text(c)))) {
    if (cells.length > 1 && cells.every((c) => TABLE_HEAD.test(text(c))))
      b.columns = cells.map((c) => COLUMN.find(([re]) => re.test(text(c)))?.[1] ?? null);
    return true;
  }
  if (b.columns?.includes('person') && b.columns.includes('org') && cells.length === b.columns.length) {
    columnRow(ctx, b, s, cells, b.columns);
    return true;
  }
  const [first, second] = cells as [[number, number], [number, number] | undefined];
  const got = parseLine(ctx, first[0], first[1], true);
  const employer =
    got.kind === 'person' && second && !isPlaceName(text(second)) ? addOrg(ctx, second[0], second[1]) : null;
  if (got.kind === 'person' || got.kind === 'full' || got.kind === 'org')
    sign(ctx, b, { ...got, ...(employer ? { org: employer } : {}) }, s);
  return true;
}

/** A row of a table whose header named its columns: the person signs for the organisation, in the role. */
function columnRow(
  ctx: Ctx,
  b: Block,
  s: Sentence,
  cells: [number, number][],
  columns: ('person' | 'org' | 'role' | null)[],
): void {
  const cell = (what: 'person' | 'org' | 'role') => cells[columns.indexOf(what)] as [number, number];
  const [ps, pe] = cell('person');
  const got = parseLine(ctx, ps, pe, true, true);
  const org = addOrg(ctx, ...cell('org'));
  const roleCell = columns.includes('role') ? cell('role') : null;
  const role = roleCell ? ctx.clean.slice(roleCell[0], roleCell[1]).trim() : undefined;
  const person = got.kind === 'person' || got.kind === 'full' ? got.person : undefined;
  if (!org) return;
  if (!person) return sign(ctx, b, { org }, s);
  // Both sign: the organisation by its representative ("orgFirst" signs the organisation too).
  sign(ctx, b, { person, org, orgFirst: true, ...(role ? { role } : {}) }, s);
}

/**
 * The city line closing a "Name / Org / City[, Country]" stanza ("Porto Alegre, Brazil" under "Instituto
 * Veredas"): a Place that signs nothing. Only right under the organisation line and as the stanza's last line;
 * a line with an organisation head word or a name the lexicon knows as a person's stays a signer.
 */
function cityLine(ctx: Ctx, b: Block, s: Sentence, last: boolean): boolean {
  if (b.stanzaOrg !== s.line - 1 || !last) return false;
  const raw = ctx.clean.slice(s.start, s.end);
  const m =
    /^\s*(\p{Lu}[\p{L}.'’]*(?:[ -]\p{Lu}?[\p{L}.'’]+){0,2})(?:,\s+(\p{Lu}[\p{L} .]{1,30}))?\s*$/u.exec(raw);
  if (!m) return false;
  const city = m[1] as string;
  if (m[2] === undefined ? false : !isPlaceName(m[2])) return false;
  if (classifyName(city.split(/\s+/))?.type === 'Organization' || strongPerson(city)) return false;
  const at = s.start + raw.indexOf(city);
  ctx.reg.add('Place', at, at + city.length);
  if (m[2]) {
    const country = s.start + raw.lastIndexOf(m[2]);
    ctx.reg.add('Place', country, country + m[2].length);
  }
  return true;
}

function blockLine(ctx: Ctx, b: Block, i: number): void {
  const s = ctx.sentences[i] as Sentence;
  if (tableRow(ctx, b, s)) return;
  const next = ctx.sentences[i + 1];
  if (cityLine(ctx, b, s, !next || next.line !== s.line + 1)) return;
  const nextText = next && next.line === s.line + 1 ? ctx.clean.slice(next.start, next.end).trim() : '';
  // "WILSON MOSQUERA PALACIOS" over "Director, Fundación Raíz Común": a line under which a title opens
  // ("Title, Org") is a person's when it has a person's shape.
  const person = titleLine(nextText) || titleLine(nextText.split(/,\s+/)[0] ?? '') || peopleStanza(ctx, i);
  const got: Parsed = parseLine(ctx, s.start, s.end, true, person);
  if (got.kind === 'title' && b.pending) b.pending.roles.push(got.role as string);
  else if ((got.kind === 'titleorg' || got.kind === 'org') && b.pending) {
    flush(ctx, b, got.org, got.kind === 'titleorg' ? got.role : undefined);
    b.stanzaOrg = s.line;
  } else if (got.kind === 'person' && got.person) {
    flush(ctx, b);
    b.pending = { person: got.person, roles: got.role ? [got.role] : [], s };
  } else {
    flush(ctx, b);
    if (got.kind === 'full' || got.kind === 'org') sign(ctx, b, got, s);
  }
}

/** "Endorsed by: A, B and C." on one line: each signs. */
function inlineList(ctx: Ctx, b: Block, s: Sentence, line: string): boolean {
  const m = INLINE.exec(line);
  if (!m) return false;
  flush(ctx, b);
  const raw = ctx.clean.slice(s.start, s.end);
  const from = s.start + (raw.length - raw.trimStart().length) + m[0].length;
  const got = parseCredits(ctx, from, s.end, 'strong');
  for (const c of got.people) sign(ctx, b, c, s);
  for (const o of got.orgs) sign(ctx, b, { org: o }, s);
  return true;
}

/** "Media contact: Name, press officer, Org" → WORKS_FOR (a contact signs nothing). */
function contactLine(ctx: Ctx, s: Sentence, line: string): boolean {
  const m = CONTACT.exec(line);
  if (!m) return false;
  const raw = ctx.clean.slice(s.start, s.end);
  const from = s.start + (raw.length - raw.trimStart().length) + m[0].length;
  const got = parseLine(ctx, from, s.end, false);
  if (got.person && got.org) relate(ctx, 'WORKS_FOR', got.person, got.org, s, 'contact-line', 0.8, got.role);
  return true;
}

/** Signature-block rules over the document's lines. */
export function signatureRules(ctx: Ctx): void {
  const b: Block = { group: null, pending: null };
  let active = false;
  const total = ctx.sentences.length;
  ctx.sentences.forEach((s, i) => {
    const line = ctx.clean.slice(s.start, s.end).trim();
    const prev = ctx.sentences[i - 1];
    if (prev && s.line > prev.line + 1) flush(ctx, b);
    if (line.length < 90 && CLOSING.test(line)) {
      flush(ctx, b);
      active = true;
      return;
    }
    if (line.length < 90 && (s.block || line.endsWith(':')) && HEADER.test(line)) {
      active = true;
      header(ctx, b, s, line);
      return;
    }
    if (active && SUBHEAD.test(line)) {
      flush(ctx, b);
      return;
    }
    if (inlineList(ctx, b, s, line) || contactLine(ctx, s, line)) {
      active = false;
      return;
    }
    const sameLine = ctx.sentences[i + 1]?.line === s.line || prev?.line === s.line;
    if (active && (END.test(line) || (!s.block && (sameLine || /[.!?]$/.test(line) || line.length > 100)))) {
      flush(ctx, b);
      active = false;
      b.group = null;
    }
    if (active) {
      blockLine(ctx, b, i);
      return;
    }
    if (!s.block) return;
    const got = parseLine(ctx, s.start, s.end, false);
    if (got.kind !== 'full' || !got.person) return;
    if (got.org) relate(ctx, 'WORKS_FOR', got.person, got.org, s, 'signature-line', 0.9, got.role);
    if (i > total * 0.6) {
      relate(ctx, 'SIGNED', got.person, ctx.doc.id, s, 'signature-line', 0.6);
      ctx.signers.push(got.person);
      if (got.org) ctx.signerOrgs.push(got.org);
    }
  });
  flush(ctx, b);
}
