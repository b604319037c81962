/**
 * Works cited by their title in quotes or emphasis next to the noun that says what they are: "its report,
 * *Watched Voices*, with", "publishes "Silent Tide", a report on", "in its report "Silent Harbour"". A title
 * has no head word of its own, so only this context types it as a Document. Reads the original text, where
 * Markdown emphasis marks are still present (the cleaned text blanks them, keeping offsets).
 */
import type { Ctx } from '../context.ts';
import { hitsIn } from '../context.ts';

const NOUNS =
  '(?:report|study|book|investigation|paper|brief|dossier|documentary|publication|survey|handbook|guide|assessment|review|informe|estudio|relatório|relatorio)';
/** A title in emphasis or quotes; the groups hold its text. */
const QUOTED = '(?:\\*{1,2}([^*\\n]{2,80}?)\\*{1,2}|_([^_\\n]{2,80}?)_|["“«]([^"“”«»\\n]{2,80}?)["”»])';
/** "report, *X*", "report titled "X"", "informe «X»". */
const AFTER_NOUN = new RegExp(
  `\\b${NOUNS}(?:\\s+(?:titled|entitled|called|named|titulado|intitulado))?,?\\s+${QUOTED}`,
  'giu',
);
/** "*X*, a report", ""X", its first report". */
const BEFORE_NOUN = new RegExp(
  `${QUOTED},\\s+(?:a|an|the|its|their|his|her|un|una|el|la|o|um|uma)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${NOUNS}\\b`,
  'giu',
);

/**
 * "the publication of the report Birds on the Wire by the Kilima Lab": a title in capitals right after the
 * noun and right before "by" (its authors), where emphasis was lost (HTML read as text).
 */
const BARE_BEFORE_BY = new RegExp(
  `\\b(?:the|its|their|a|new)\\s+${NOUNS}\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:on|of|the|in|and|a|an|for|to|at)\\s+)*\\p{Lu}[\\p{L}'’-]*){0,8})\\s+by\\s`,
  'gu',
);

/** Title-like: opens with a capital, few words, most of them capitalised, no sentence punctuation at its end. */
function titleLike(t: string): boolean {
  if (!/^\p{Lu}/u.test(t) || /[.!?,;]$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 10) return false;
  const caps = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return caps * 2 >= words.length;
}

/** Find works named by title and register them as documents. */
export function findTitles(ctx: Ctx): void {
  for (const s of ctx.sentences) {
    const body = ctx.text.slice(s.start, s.end);
    const res = /["“«*_]/.test(body) ? [AFTER_NOUN, BEFORE_NOUN] : [];
    if (/ by /.test(body)) res.push(BARE_BEFORE_BY);
    for (const re of res) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(body))) {
        const title = (m[1] ?? m[2] ?? m[3] ?? '').trim();
        if (!titleLike(title)) continue;
        const start = s.start + m.index + m[0].indexOf(title);
        const end = start + title.length;
        const k = ctx.reg.lookup(title);
        const e = k ? ctx.reg.entities.get(k) : undefined;
        if (e && e.type !== 'Document') continue;
        if (!e && hitsIn(ctx, start, end).some((h) => h.start < end && start < h.end)) continue;
        ctx.reg.add('Document', start, end);
      }
    }
  }
}
