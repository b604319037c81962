/**
 * Lexical helpers over Cypher text: mask comments and string literals (keeping offsets and newlines) so
 * keyword and `$parameter` scans never match inside a quote or a comment.
 */

/**
 * Replaces the inside of comments, string literals and backtick identifiers with spaces.
 * @example maskCypher("MATCH (n) WHERE n.x = 'LOAD CSV' // DELETE") // → "MATCH (n) WHERE n.x = '        ' //       "
 */
export function maskCypher(text: string): string {
  const out = text.split('');
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      blank(i + 2, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end;
      blank(i + 2, stop);
      i = stop + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' && c !== '`' ? 2 : 1;
      blank(i + 1, j);
      i = j + 1;
    } else {
      i++;
    }
  }
  return out.join('');
}

/** 1-based line number of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k++) if (text[k] === '\n') line++;
  return line;
}

/** The `$name` parameters a Cypher text uses, with the offset of their first use. */
export function usedParameters(cypher: string): Map<string, number> {
  const masked = maskCypher(cypher);
  const used = new Map<string, number>();
  for (const m of masked.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const name = m[1];
    if (name !== undefined && !used.has(name)) used.set(name, m.index);
  }
  return used;
}
