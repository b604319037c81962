/**
 * Renders a QueryResult for people and tools: an aligned text table (nodes by name, relationships and
 * paths as arrows, the truncated flag visible), RFC 4180 CSV, or JSON. Used by `kg query run` and
 * `kg cypher`; the viewer draws the same result itself.
 */
import type { QueryResult } from './result.ts';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

const MAX_CELL = 80;

type Names = Map<string, string>;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One cell as text: nodes by name, relationships as `a -[TYPE]-> b`, paths as chains, lists joined. */
export function cellText(value: unknown, names: Names = new Map()): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => cellText(v, names)).join('; ');
  if (!isObj(value)) return String(value);
  if ('labels' in value && 'name' in value && 'properties' in value) return String(value.name);
  if ('source' in value && 'target' in value && 'type' in value && 'evidence' in value) {
    const at = (id: unknown) => names.get(String(id)) ?? String(id);
    return `${at(value.source)} -[${String(value.type)}]-> ${at(value.target)}`;
  }
  if ('start' in value && Array.isArray(value.nodes) && Array.isArray(value.relationships)) {
    return value.nodes.map((id) => names.get(String(id)) ?? String(id)).join(' — ');
  }
  return JSON.stringify(value);
}

function namesOf(result: QueryResult): Names {
  return new Map(result.graph.nodes.map((n) => [n.id, n.name]));
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? flat.slice(0, MAX_CELL - 1) + '…' : flat;
}

/**
 * @example formatTable(result) // "name    | hops\n--------+-----\nPegasus | 1\n\n1 row (12 ms)"
 */
export function formatTable(result: QueryResult): string {
  const names = namesOf(result);
  const cells = result.rows.map((row) => result.columns.map((c) => clip(cellText(row[c], names))));
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (parts: string[]) =>
    parts
      .map((p, i) => p.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  const out = [line(result.columns), widths.map((w) => '-'.repeat(w)).join('-+-')];
  for (const r of cells) out.push(line(r));
  const count = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}`;
  const cut = result.truncated ? ' — TRUNCATED at the row cap (raise --max-rows or narrow the query)' : '';
  out.push('', `${count} (${result.elapsedMs} ms)${cut}`);
  return out.join('\n');
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled. */
export function formatCsv(result: QueryResult): string {
  const names = namesOf(result);
  const lines = [result.columns.map(csvField).join(',')];
  for (const row of result.rows) {
    lines.push(result.columns.map((c) => csvField(cellText(row[c], names))).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function formatResult(result: QueryResult, format: Format): string {
  if (format === 'json') return JSON.stringify(result, null, 2);
  if (format === 'csv') return formatCsv(result);
  return formatTable(result);
}
