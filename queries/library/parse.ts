/**
 * Parses one saved-query file: a leading `/* ... *\/` block holding a YAML header, then the Cypher.
 * Every problem (YAML syntax, a header field zod refuses, a `$param` used but not declared) is reported
 * as a QueryHeaderError naming the file and the line, so the author can jump straight to it.
 */
import path from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { ValidationError } from '../../core/errors.ts';
import { lineAt, usedParameters } from './cypher-text.ts';
import { QueryHeader, type SavedQuery } from './header.ts';

/** A saved query's header is invalid; `file` and `line` (1-based) say where. */
export class QueryHeaderError extends ValidationError {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, problem: string) {
    super(
      'QUERY_HEADER_INVALID',
      `${file}:${line}: ${problem}. Fix the header comment of this saved query (see queries/README.md).`,
    );
    this.file = file;
    this.line = line;
  }
}

/**
 * @example
 * const q = parseQueryFile(fs.readFileSync('queries/core-group.cypher', 'utf8'), 'queries/core-group.cypher');
 * q.name; q.params; q.cypher
 */
export function parseQueryFile(text: string, file: string): SavedQuery {
  const open = text.search(/\S/);
  if (open === -1 || !text.startsWith('/*', open)) {
    throw new QueryHeaderError(file, open === -1 ? 1 : lineAt(text, open), 'expected a /* ... */ header');
  }
  const close = text.indexOf('*/', open + 2);
  if (close === -1) throw new QueryHeaderError(file, lineAt(text, open), 'header comment is never closed');
  const yamlStart = open + 2;
  const baseLine = lineAt(text, yamlStart) - 1;
  const yamlText = text.slice(yamlStart, close);

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const at = lineCounter.linePos(yamlError.pos[0]).line;
    throw new QueryHeaderError(file, baseLine + at, `YAML: ${yamlError.message.split('\n')[0]}`);
  }
  const lineOf = (keyPath: PropertyKey[]): number => {
    for (let n = keyPath.length; n >= 0; n--) {
      const node: unknown = doc.getIn(keyPath.slice(0, n), true);
      if (isNode(node) && node.range) return baseLine + lineCounter.linePos(node.range[0]).line;
    }
    return baseLine + 1;
  };

  const parsed = QueryHeader.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = [...(issue?.path ?? [])];
    // zod reports unknown keys on their parent object: point at the first unknown key itself.
    if (issue?.code === 'unrecognized_keys' && issue.keys[0] !== undefined) at.push(issue.keys[0]);
    const where = at.join('.');
    throw new QueryHeaderError(file, lineOf(at), `${where || 'header'}: ${issue?.message}`);
  }
  const header = parsed.data;
  const expected = path.basename(file).replace(/\.cypher$/, '');
  if (header.name !== expected) {
    throw new QueryHeaderError(file, lineOf(['name']), `name "${header.name}" must equal the file name`);
  }

  const bodyOffset = close + 2;
  const cypher = text.slice(bodyOffset).trim();
  if (cypher === '') throw new QueryHeaderError(file, lineAt(text, close), 'no Cypher after the header');
  const bodyStart = bodyOffset + (text.slice(bodyOffset).length - text.slice(bodyOffset).trimStart().length);
  const declared = new Set(header.params.map((p) => p.name));
  for (const [name, offset] of usedParameters(cypher)) {
    if (!declared.has(name)) {
      const line = lineAt(text, bodyStart + offset);
      throw new QueryHeaderError(file, line, `$${name} is used but not declared in params`);
    }
  }
  const used = usedParameters(cypher);
  header.params.forEach((p, i) => {
    if (!used.has(p.name) && header.compute === undefined) {
      throw new QueryHeaderError(file, lineOf(['params', i, 'name']), `param ${p.name} is never used`);
    }
  });
  return { ...header, cypher, file };
}
