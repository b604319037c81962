/**
 * The saved-query library as the panel lists it: grouped (by the header's `group`, else by view) and
 * filtered by a search over names, titles and descriptions. Pure, unit-tested.
 */
import type { QueryInfo } from '../../../api/schema.ts';

export interface QueryGroup {
  name: string;
  queries: QueryInfo[];
}

function groupOf(query: QueryInfo): string {
  return query.group && query.group !== 'other' ? query.group : `${query.view} queries`;
}

/**
 * Groups and filters queries; groups and queries sorted by name/title, empty groups left out.
 * @example
 * groupQueries(queries, 'pegasus') // [{ name: 'surveillance', queries: [surveillance_chain] }]
 */
export function groupQueries(queries: QueryInfo[], search = ''): QueryGroup[] {
  const words = search
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  const groups = new Map<string, QueryInfo[]>();
  for (const query of queries) {
    const haystack = `${query.name} ${query.title} ${query.description} ${query.group}`.toLowerCase();
    if (!words.every((w) => haystack.includes(w))) continue;
    const name = groupOf(query);
    groups.set(name, [...(groups.get(name) ?? []), query]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, list]) => ({ name, queries: list.sort((a, b) => a.title.localeCompare(b.title)) }));
}
