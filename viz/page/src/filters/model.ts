/**
 * Which nodes and edges the filters hide. Pure (no DOM): the sigma reducers look the answer up, so
 * filtering never deletes anything from the graph and undoing a filter is instant.
 */
import type { Filters } from '../app/state.ts';
import type { EdgeAttrs, KgGraph, NodeAttrs } from '../network/graph.ts';

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

/** First and last day covered by a partial ISO date: `2017` → [`2017-01-01`, `2017-12-31`]. */
export function dateBounds(date: string): [string, string] {
  const [y, m, d] = date.split('-');
  if (d !== undefined) return [date, date];
  if (m !== undefined) return [`${y}-${m}-01`, `${y}-${m}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** True when the (partial) date overlaps the inclusive range; open ends accept everything on that side. */
export function dateInRange(date: string, from?: string, to?: string): boolean {
  const [start, end] = dateBounds(date);
  if (from !== undefined && end < dateBounds(from)[0]) return false;
  if (to !== undefined && start > dateBounds(to)[1]) return false;
  return true;
}

/** True when any filter is active. */
export function hasFilters(f: Filters): boolean {
  return (
    f.types !== undefined ||
    f.relTypes !== undefined ||
    (f.documents?.length ?? 0) > 0 ||
    f.dateFrom !== undefined ||
    f.dateTo !== undefined ||
    (f.minDocuments ?? 1) > 1
  );
}

/**
 * Whether a node passes the filters on its own: type, document, and dates (a dated node by its own date,
 * another by the dates of the documents that mention it; a node with no dated documents stays).
 */
export function nodePasses(
  attrs: NodeAttrs,
  f: Filters,
  documentDate: (id: string) => string | null | undefined = () => undefined,
): boolean {
  if (f.types && !f.types.includes(attrs.type)) return false;
  if (f.documents?.length && !attrs.documents.some((d) => f.documents!.includes(d))) return false;
  if (f.dateFrom || f.dateTo) {
    if (attrs.date) return dateInRange(attrs.date, f.dateFrom, f.dateTo);
    const dated = attrs.documents.map(documentDate).filter((d): d is string => !!d);
    if (dated.length > 0 && !dated.some((d) => dateInRange(d, f.dateFrom, f.dateTo))) return false;
  }
  return true;
}

/**
 * Whether an edge passes the filters on its own. `documentDate` gives a source document's date; an edge is
 * inside a date range when any of its documents is.
 */
export function edgePasses(
  attrs: EdgeAttrs,
  f: Filters,
  documentDate: (id: string) => string | null | undefined,
): boolean {
  if (f.relTypes && !f.relTypes.includes(attrs.type)) return false;
  if (f.documents?.length && !attrs.documents.some((d) => f.documents!.includes(d))) return false;
  if (attrs.documents.length < (f.minDocuments ?? 1)) return false;
  if (f.dateFrom || f.dateTo) {
    const dated = attrs.documents.map(documentDate).filter((d): d is string => !!d);
    if (dated.length > 0 && !dated.some((d) => dateInRange(d, f.dateFrom, f.dateTo))) return false;
  }
  return true;
}

/**
 * Computes what the filters hide. Edges whose ends are hidden are hidden too.
 * @example
 * const { hiddenNodes } = computeVisibility(graph, { types: ['Person'] }, (id) => dates.get(id));
 */
export function computeVisibility(
  graph: KgGraph,
  f: Filters,
  documentDate: (id: string) => string | null | undefined = () => undefined,
): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  if (!hasFilters(f)) return { hiddenNodes, hiddenEdges };
  graph.forEachNode((node, attrs) => {
    if (!nodePasses(attrs, f, documentDate)) hiddenNodes.add(node);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || !edgePasses(attrs, f, documentDate)) {
      hiddenEdges.add(edge);
    }
  });
  return { hiddenNodes, hiddenEdges };
}

/**
 * Shows or hides one value of a "shown values" filter list (`types` or `relTypes`): absent means all shown;
 * a list equal to all values collapses back to absent.
 * @example
 * toggleShown(undefined, 'Place', ['Person', 'Place']) // → ['Person']
 */
export function toggleShown(shown: string[] | undefined, value: string, all: string[]): string[] | undefined {
  const current = shown ?? all;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return all.every((v) => next.includes(v)) ? undefined : all.filter((v) => next.includes(v));
}

/** Counts of nodes by type (for the legend), in a stable order: most frequent first, then by name. */
export function countBy<T>(items: Iterable<T>, key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
