/**
 * Membership told by a list or an apposition rather than by "is a member of":
 * "the ten organisations of the core group, among them A, B and C" / "X, whose members include A and B"
 * → MEMBER_OF; "INAI, the third member of the secretariat," / "the SFP sits on the secretariat with the
 * core group" → PART_OF a body of institutions (a secretariat, commission, mechanism, board), MEMBER_OF
 * anything else. The whole may be named or referred to by its noun ("the secretariat", "the core group").
 * A letter or report signed "as members of" a body ("We, the undersigned organisations of the X (ACR),",
 * "endorsed by the following members of the X:") makes each organisation that signed it a member of X.
 */
import { relate, type Ctx, type Hit } from '../context.ts';
import { antecedent, collective, organisationList, sentenceHits, signingOrgs } from './helpers.ts';

/** "organisations of the core group, among them" — the whole is in group 1 (a noun) or a name that follows. */
const MEMBERS_OF =
  /\b(?:organi[sz]ations|members|groups|collectives|associations|ngos)\s+(?:that\s+make\s+up|of|in|within)\s+(?:the\s+)?/gi;
const AMONG = /^\s*,?\s*(?:among\s+them|including|such\s+as|namely|among\s+which)\s*:?\s*(?:the\s+)?/i;
const WHOSE = /^,\s+whose\s+(?:\w+\s+)?members\s+(?:include|included|are|were)\s+(?:the\s+)?$/i;
const JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*;\s*(?:and\s+)?)(?:the\s+)?$/;
/** ", the third member of the secretariat" — the whole follows "of the". */
const NTH_MEMBER =
  /^,\s+(?:one\s+of\s+the\s+(?:\w+\s+)?(?=members)|(?:the|a|an|one)\s+)(?:(?:first|second|third|fourth|fifth|other|remaining|last|founding|permanent|full)\s+)?(?:member|part|component|pillar)s?\s+of\s+(?:the\s+)?/i;
const SITS_ON = /^\s+(?:sits|sat|sit|serves|served|serve|is\s+represented)\s+on\s+(?:the\s+)?/i;
const BODY_NOUN =
  /^(secretariat|commission|committee|council|mechanism|board|group|coalition|network|alliance|platform|forum)\b/i;
const COLLECTIVE_NOUN = /^(?:group|coalition|network|alliance|platform)$/;
const BODY = /\b(?:secretariat|commission|mechanism|board|tripartite)\b/i;
/** "the undersigned organisations of", "the following members of", "las organizaciones firmantes, integrantes de". */
const SIGNERS_OF =
  /\b(?:(?:undersigned|signatory|signing|following|endorsing)\s+(?:member\s+)?(?:organi[sz]ations|members|groups|networks)|organizaciones\s+(?:abajo\s+)?firmantes,?\s+(?:integrantes|miembros))\s+(?:of|from|de)\s+(?:the\s+|la\s+|el\s+)?$/i;

/** The whole named at `at` ("the Tripartite Technical Secretariat") or referred to by its noun. */
function whole(ctx: Ctx, hits: Hit[], at: number): { key: string; end: number } | undefined {
  const named = hits.find(
    (h) => h.start === at || (h.start > at && ctx.clean.slice(at, h.start).trim() === ''),
  );
  if (named?.type === 'Organization') return { key: named.key, end: named.end };
  const phrase = /^core\s+/i.exec(ctx.clean.slice(at, at + 10));
  const noun = BODY_NOUN.exec(ctx.clean.slice(at + (phrase ? phrase[0].length : 0), at + 40));
  if (!noun) return undefined;
  const word = (noun[1] as string).toLowerCase();
  const key = (COLLECTIVE_NOUN.test(word) ? collective(ctx) : undefined) ?? antecedent(ctx, at, word);
  return key ? { key, end: at + (phrase ? phrase[0].length : 0) + (noun[0] as string).length } : undefined;
}

function link(ctx: Ctx, s: { start: number; end: number }, part: string, of: string, method: string): void {
  const w = ctx.reg.entities.get(of);
  const p = ctx.reg.entities.get(part);
  if (!w || !p || p.type !== 'Organization') return;
  const body = BODY.test(w.name) || w.aliases.some((a) => BODY.test(a));
  relate(ctx, body ? 'PART_OF' : 'MEMBER_OF', part, of, s, method, 0.7);
}

/**
 * @example
 * // "The ten organisations of the core group, among them A, B and C, ..." → A, B, C MEMBER_OF the core group
 * memberListRules(ctx);
 */
export function memberListRules(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.clean.slice(s.start, s.end);
    const hits = sentenceHits(ctx, s);
    if (!hits.some((h) => h.type === 'Organization')) continue;
    signersOf(ctx, s, hits);
    for (const m of body.matchAll(MEMBERS_OF)) {
      const w = whole(ctx, hits, s.start + (m.index as number) + m[0].length);
      if (!w) continue;
      const a = AMONG.exec(ctx.clean.slice(w.end, s.end));
      if (!a) continue;
      for (const o of organisationList(ctx, hits, w.end + a[0].length, JOIN))
        link(ctx, s, o.key, w.key, 'members-among-them');
    }
    for (const o of hits.filter((h) => h.type === 'Organization')) {
      // Past an acronym in brackets: "the Ministry of Public Administration (SFP) sits on ...".
      const skip = (/^\s*(?:\([^()]{1,20}\)|\))?/.exec(ctx.clean.slice(o.end, s.end)) as RegExpExecArray)[0]
        .length;
      const end = o.end + skip;
      const tail = ctx.clean.slice(end, s.end);
      const whose = WHOSE.exec(tail.slice(0, 60));
      if (whose)
        for (const x of organisationList(ctx, hits, end + whose[0].length, JOIN))
          link(ctx, s, x.key, o.key, 'whose-members');
      const nth = NTH_MEMBER.exec(tail);
      if (nth) {
        const w = whole(ctx, hits, end + nth[0].length);
        if (w) link(ctx, s, o.key, w.key, 'nth-member-of');
      }
      const sits = SITS_ON.exec(tail);
      if (sits) {
        const w = whole(ctx, hits, end + sits[0].length);
        if (!w) continue;
        link(ctx, s, o.key, w.key, 'sits-on');
        const w2 = /^\s+(?:with|alongside|together\s+with)\s+(?:the\s+)?/i.exec(
          ctx.clean.slice(w.end, s.end),
        );
        if (w2) {
          const other = whole(ctx, hits, w.end + w2[0].length);
          if (other && other.key !== w.key) link(ctx, s, other.key, w.key, 'sits-on');
        }
      }
    }
  }
}

/**
 * "We, the undersigned organisations of the Alianza X (ACTD), write ..." / "This report is endorsed by the
 * following members of the X (ACR):" → every organisation that SIGNED the document is a member of X.
 */
function signersOf(ctx: Ctx, s: { start: number; end: number }, hits: Hit[]): void {
  const whole = hits.find(
    (h) =>
      h.type === 'Organization' && SIGNERS_OF.test(ctx.clean.slice(Math.max(s.start, h.start - 80), h.start)),
  );
  if (!whole) return;
  for (const org of signingOrgs(ctx)) {
    if (org !== whole.key) link(ctx, s, org, whole.key, 'signers-members-of');
  }
}
