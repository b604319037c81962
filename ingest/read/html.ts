/**
 * HTML to the text a reader sees: htmlparser2 walks the markup, script/style/template content is dropped,
 * block elements become line breaks (paragraph-like ones a blank line, as in Markdown, so sentence and
 * paragraph detection works the same on both), whitespace is collapsed as a browser would, entities decoded.
 * The `<title>` and the first `<h1>` are returned apart, so the document's title can be its own heading when
 * the `<title>` is only the site's ("News | Some Org", "Home").
 */
import { Parser } from 'htmlparser2';

export interface HtmlText {
  text: string;
  title: string | null;
  /** The first `<h1>`'s text, whitespace collapsed. */
  heading: string | null;
}

/** Site sections that make a `<title>` the site's, not the page's: "News | Red Ciudadana Lumen", "Home". */
const SECTION =
  /^(?:home|home ?page|news|latest news|news ?room|blog|press|press room|press releases?|media|articles?|stories|updates|publications|resources|noticias|inicio|prensa|comunicados|sala de prensa|publicaciones|actualidad)$/i;
const SEPARATOR = /\s+[|–—·»:-]+\s+|\s*::\s*/;

/** The section a site-wide `<title>` names ("news"), or null when the `<title>` is the page's own. */
export function siteSection(title: string): string | null {
  const parts = title.split(SEPARATOR).map((p) => p.trim());
  return parts.find((p) => SECTION.test(p))?.toLowerCase() ?? null;
}

/**
 * The page's title: its `<title>` unless that is only the site's (then its `<h1>`, else null, and the
 * document's text decides); "<h1> | Site" gives the `<h1>`.
 * @example pageTitle('News | Red Ciudadana Lumen', 'Lumen joins call') // 'Lumen joins call'
 */
export function pageTitle(title: string | null, heading: string | null): string | null {
  if (title === null) return heading;
  if (heading && title !== heading && title.includes(heading) && SEPARATOR.test(title)) return heading;
  return siteSection(title) === null ? title : heading;
}

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'main',
  'figure',
  'address',
  'hr',
  'form',
  'fieldset',
]);
const LINE = new Set([
  'br',
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'option',
  'body',
  'html',
]);

/**
 * @example htmlToText('<title>T</title><p>One &amp; two</p><p>Three</p>') // { text: 'One & two\n\nThree', title: 'T' }
 */
export function htmlToText(html: string): HtmlText {
  // Text pieces and line breaks (1 = new line, 2 = blank line); adjacent breaks merge into the larger one.
  const out: (string | 1 | 2)[] = [];
  let hidden = 0;
  let pre = 0;
  let title: string | null = null;
  let inTitle = false;
  let heading: string | null = null;
  let inHeading = 0;
  let headingText = '';
  const breakLine = (name: string) => {
    if (PARAGRAPH.has(name)) out.push(2);
    else if (LINE.has(name)) out.push(1);
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        else if (name === 'h1' && heading === null) inHeading = 1;
        else if (HIDDEN.has(name)) hidden++;
        else if (name === 'pre') pre++;
        breakLine(name);
      },
      ontext(text) {
        if (inTitle) title = (title ?? '') + text;
        else if (hidden === 0) out.push(pre > 0 ? text : text.replace(/\s+/g, ' '));
        if (inHeading === 1 && hidden === 0) headingText += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        else if (name === 'h1' && inHeading === 1) {
          inHeading = 2;
          heading = headingText.replace(/\s+/g, ' ').trim() || null;
        } else if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (name === 'pre') pre = Math.max(0, pre - 1);
        breakLine(name);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = joinPieces(out)
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const cleanTitle = title === null ? null : (title as string).replace(/\s+/g, ' ').trim();
  return { text, title: cleanTitle === '' ? null : cleanTitle, heading };
}

function joinPieces(pieces: readonly (string | 1 | 2)[]): string {
  let text = '';
  let pending = 0;
  for (const piece of pieces) {
    if (typeof piece === 'number') {
      pending = Math.max(pending, piece);
    } else if (piece.trim() !== '' || (pending === 0 && piece !== '')) {
      if (pending > 0) text += pending === 2 ? '\n\n' : '\n';
      pending = 0;
      text += piece;
    }
  }
  return text;
}
