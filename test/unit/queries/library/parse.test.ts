// Header parsing: valid files parse; every kind of broken header is reported with its file and line.
import { describe, expect, it } from 'vitest';
import { parseQueryFile, QueryHeaderError } from '../../../../queries/library/index.ts';

const good = `/*
name: demo
title: Demo
description: A demo.
view: table
params:
  - name: hops
    type: int
    default: 2
    min: 1
    max: 4
    description: How far.
*/
MATCH (n) RETURN n LIMIT $hops
`;

function errorOf(text: string, file = 'queries/demo.cypher'): QueryHeaderError {
  try {
    parseQueryFile(text, file);
  } catch (error) {
    if (error instanceof QueryHeaderError) return error;
    throw error;
  }
  throw new Error('expected a QueryHeaderError');
}

describe('parseQueryFile', () => {
  it('parses header and body', () => {
    const q = parseQueryFile(good, 'queries/demo.cypher');
    expect(q.name).toBe('demo');
    expect(q.view).toBe('table');
    expect(q.params).toEqual([
      { name: 'hops', type: 'int', default: 2, min: 1, max: 4, description: 'How far.' },
    ]);
    expect(q.cypher).toBe('MATCH (n) RETURN n LIMIT $hops');
  });

  const cases: { what: string; text: string; line: number; file?: string }[] = [
    { what: 'no header comment', text: 'MATCH (n) RETURN n', line: 1 },
    { what: 'unclosed header', text: '\n\n/*\nname: demo\n', line: 3 },
    { what: 'bad view', text: good.replace('view: table', 'view: pie'), line: 5 },
    { what: 'bad param type', text: good.replace('type: int', 'type: integer'), line: 8 },
    { what: 'default out of range', text: good.replace('default: 2', 'default: 9'), line: 9 },
    { what: 'min above max', text: good.replace('min: 1', 'min: 5'), line: 11 },
    { what: 'unknown header key', text: good.replace('view: table', 'view: table\ncolour: red'), line: 6 },
    { what: 'YAML syntax error', text: good.replace('title: Demo', 'title: Demo\nname: again'), line: 4 },
    { what: 'missing description', text: good.replace('description: A demo.\n', ''), line: 2 },
    { what: 'name is not the file name', text: good, line: 2, file: 'queries/other.cypher' },
    {
      what: 'name not kebab-case',
      text: good.replace('name: demo', 'name: Demo_Q'),
      line: 2,
      file: 'queries/Demo_Q.cypher',
    },
    { what: 'undeclared $param', text: good.replace('LIMIT $hops', 'LIMIT $hops SKIP $skip'), line: 14 },
    { what: 'declared param never used', text: good.replace('LIMIT $hops', 'LIMIT 3'), line: 7 },
    { what: 'empty body', text: good.replace('MATCH (n) RETURN n LIMIT $hops', ''), line: 13 },
  ];
  for (const c of cases) {
    it(`reports ${c.what} with file and line`, () => {
      const file = c.file ?? 'queries/demo.cypher';
      const error = errorOf(c.text, file);
      expect(error.name).toBe('ValidationError');
      expect(error.code).toBe('QUERY_HEADER_INVALID');
      expect(error.file).toBe(file);
      expect(error.line).toBe(c.line);
      expect(error.message.startsWith(`${file}:${c.line}:`)).toBe(true);
    });
  }

  it('ignores $words inside strings and comments', () => {
    const text = good.replace('LIMIT $hops', "WHERE n.x = '$nope' // $also\nRETURN n LIMIT $hops");
    expect(parseQueryFile(text, 'queries/demo.cypher').params).toHaveLength(1);
  });
});
