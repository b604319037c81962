/**
 * Legislators: "Senator Graciela Tinoco", "X, a senator of the PRD", "Deputy X" (before a name) → MEMBER_OF
 * the chamber the document names (the Senate, the Chamber of Deputies, Congress, a Legislative or National
 * Assembly, Parliament). A title alone
 * never invents a chamber: the document must name it, so "Senator" in a foreign story stays unattached.
 */
import { relate, type Ctx } from '../context.ts';
import type { Sentence } from '../text/sentences.ts';
import { sentenceHits } from './helpers.ts';

const CHAMBERS: [RegExp, RegExp][] = [
  [/^(?:senator|senadora?|sen\.)$/i, /^(?:the\s+)?(?:\p{Lu}[\p{L}]*\s+)?(?:senate|senado)\b/iu],
  [
    /^(?:deputy|diputad[oa]|congressman|congresswoman|representative|assembly\s+member|assemblyman|assemblywoman)$/i,
    /^(?:the\s+)?(?:\p{Lu}[\p{L}]+['’]s\s+)?(?:chamber of deputies|c[aá]mara de diputados|house of representatives|chamber of representatives|c[aá]mara de representantes|congress|congreso|legislative assembly|national assembly|asamblea legislativa|asamblea nacional)\b/iu,
  ],
  [/^(?:mp|member of parliament)$/i, /^(?:the\s+)?(?:parliament|national assembly)\b/iu],
];

/** The chamber an organisation hit names: its name starts with the chamber's word ("Senate of the Republic"). */
function chamberOf(ctx: Ctx, title: string): string | undefined {
  const pair = CHAMBERS.find(([t]) => t.test(title));
  if (!pair) return undefined;
  for (const e of ctx.reg.entities.values()) {
    if (e.type !== 'Organization') continue;
    if (e.aliases.some((a) => pair[1].test(a) && !/\bcommittee|comisi[oó]n\b/i.test(a)))
      return ctx.reg.live(e.key);
  }
  return undefined;
}

function sentence(ctx: Ctx, s: Sentence): void {
  for (const p of sentenceHits(ctx, s).filter((h) => h.type === 'Person')) {
    const lead =
      /\b(Senator|Senadora?|Sen\.|Deputy|Diputad[oa]|Congressman|Congresswoman|Representative|Assembly\s+member|Assemblyman|Assemblywoman|MP)\s+$/u.exec(
        ctx.clean.slice(Math.max(s.start, p.start - 20), p.start),
      );
    // "X, a senator", and "Hon. X, MP, Chairperson" in a list of members.
    const tail =
      /^,\s+(?:an?|the)\s+(senator|deputy|congressman|congresswoman|member of parliament)\b|^,\s+(MP)\b/i.exec(
        ctx.clean.slice(p.end, Math.min(s.end, p.end + 40)),
      );
    // "Deputy Attorney General X" is an official: only a title directly before the name counts.
    const title = lead?.[1] ?? tail?.[1] ?? tail?.[2];
    if (!title) continue;
    const chamber = chamberOf(ctx, title);
    if (chamber) relate(ctx, 'MEMBER_OF', p.key, chamber, s, 'legislator-title', 0.7, title.toLowerCase());
  }
}

export function legislatorRules(ctx: Ctx): void {
  for (const s of ctx.sentences) sentence(ctx, s);
}
