/**
 * The one text normalisation every reader ends with: a leading BOM dropped, line endings made `\n` and
 * Unicode composed (NFC). It runs BEFORE any offset is computed, and the result is the stored document
 * `text` that all evidence and mention offsets point into.
 */

/**
 * @example normalizeText('Cafe\u0301\r\nline') // 'Café\nline'
 */
export function normalizeText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** True when there is nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
