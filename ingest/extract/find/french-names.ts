/**
 * French names of bodies, written in sentence case: the head word is capitalised and the rest is not
 * ("Association marocaine des droits humains", "Fondation Mizane pour la démocratie locale", "Syndicat
 * national de la presse marocaine"). The capitalised-run finder stops at the first lower-case word, so this
 * finder reads on from a French head over lower-case words and French connectors to the name's end (a comma,
 * a bracket, a dash, the line's end), keeps the whole as the organisation and folds the cut-off form the run
 * finder made ("Fondation Mizane") into it; a "(ACR)" after the name is its acronym.
 */
import type { Ctx } from '../context.ts';
import { hitsIn } from '../context.ts';
import { orgKind } from './kinds.ts';
import { isAcronym } from '../text/tokens.ts';

const HEAD =
  /(?<![\p{L}'’-])(?:Association|Fondation|Université|Observatoire|Collectif|Syndicat|Conseil|Commission|Ministère|Laboratoire|Réseau|Agence|Délégation|Ligue|Rassemblement|Institut|Centre|Comité|Fédération|Union|Direction|Instance|Organisation|Mouvement|Coalition|Alliance|Tribunal|Haute\s+[Aa]utorité|Haut-[Cc]ommissariat|Observatoire)(?=\s)/gu;
/** What may follow the head inside the name: words and French elisions, one space apart. */
const TAIL = /^(?:\s(?:[dlDL][’']\p{L}[\p{L}-]*|\p{L}[\p{L}\d-]*))+/u;
const CONNECTOR = /^(?:de|du|des|la|le|les|pour|et|à|aux|sur|contre|en|[dl][’']\p{L}.*)$/iu;
/** English words that end a French name: "Syndicat national de la presse marocaine told me". */
const ENGLISH =
  /^(?:in|of|the|and|for|on|at|with|by|to|from|a|an|is|was|has|have|had|said|says|told|who|which|that|this|its|their|his|her|will|would|are|were|be|been|it|as|or|not|office|team|report|staff)$/;

/** Find sentence-case French names of bodies and register them whole. */
export function findFrenchNames(ctx: Ctx): void {
  const text = ctx.clean;
  if (!/[éèàùçôê]|\b(?:des|du|pour|de la|aux)\b|\bde l['’]/u.test(text)) return;
  for (const m of text.matchAll(HEAD)) {
    const start = m.index as number;
    const tail = TAIL.exec(text.slice(start + m[0].length, start + m[0].length + 160));
    if (!tail) continue;
    const words = tail[0].trim().split(/\s+/);
    let n = 0;
    let french = false;
    for (const w of words) {
      if (ENGLISH.test(w) || n >= 14) break;
      if (CONNECTOR.test(w)) french = true;
      n++;
    }
    // The name ends at its last word that is no connector; it must hold a French connector and a lower-case
    // word, and end where the text breaks (punctuation, bracket, dash, line end), not in running prose.
    while (n > 0 && CONNECTOR.test(words[n - 1] as string) && !/^[dl][’']/iu.test(words[n - 1] as string))
      n--;
    const kept = words.slice(0, n);
    if (!french || !kept.some((w) => /^\p{Ll}/u.test(w) && !CONNECTOR.test(w))) continue;
    const name = [m[0], ...kept].join(' ');
    const end = start + name.length;
    if (text.slice(start, end).replace(/\s+/g, ' ') !== name) continue;
    const after = text.slice(end, end + 4);
    if (!/^\s*(?:[,;:.()]|[—–-]\s|\n|$)/u.test(after)) continue;
    const inner = hitsIn(ctx, start, end).filter((h) => h.start === start && h.end < end);
    const cue = text.slice(Math.max(0, start - 40), start);
    const key = ctx.reg.add('Organization', start, end, { kind: orgKind(name, cue) });
    for (const h of inner) if (h.type === 'Organization') ctx.reg.merge(key, ctx.reg.live(h.key));
    const acr = /^\s*\(([^()\s]{2,10})\)/u.exec(text.slice(end, end + 14));
    if (acr && isAcronym(acr[1] as string)) ctx.reg.setAcronym(key, acr[1] as string);
  }
}
