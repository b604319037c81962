/**
 * Reads node and edge attributes out of a columns window (GET /api/graph?format=columns) for the page's
 * graph: the same values as `columnNode`/`columnEdge` of viz/api/graph-columns.ts, but lists that repeat
 * are one shared array instead of one per item: the label set of each node type, the empty alias and
 * document lists, and each single-document list (most relations cite one document). On 20k nodes and 60k
 * edges that is ~100k arrays fewer to allocate and collect while the first frame waits. The shared arrays
 * are frozen: graph attributes are replaced, never mutated in place, and a stray `push` fails loudly
 * instead of changing every node that shares the list. Pure: no DOM.
 */
import type { GraphColumnsView } from '../../../api/schema.ts';
import type { EdgeAttrs, NodeAttrs } from './graph.ts';

const EMPTY: string[] = Object.freeze([]) as unknown as string[];

export interface ColumnsReader {
  /** Attributes of node `i`, without position (`x`/`y` are set by the caller). */
  node(i: number): Omit<NodeAttrs, 'x' | 'y'>;
  edge(i: number): EdgeAttrs;
}

/**
 * @example
 * const read = columnsReader(part);
 * graph.addNode(part.nodes.id[0], { ...read.node(0), x: 0, y: 0 });
 */
export function columnsReader(g: GraphColumnsView): ColumnsReader {
  const { strings, nodes, edges } = g;
  const labelSets = g.labelSets.map((set) => shared(set.map((l) => strings[l]!)));
  const singles = new Map<number, string[]>();
  const list = (values: ArrayLike<number>, offsets: ArrayLike<number>, i: number): string[] => {
    const from = offsets[i]!;
    const to = offsets[i + 1]!;
    if (from === to) return EMPTY;
    if (to - from === 1) {
      const index = values[from]!;
      let one = singles.get(index);
      if (!one) singles.set(index, (one = shared([strings[index]!])));
      return one;
    }
    const many: string[] = [];
    for (let k = from; k < to; k++) many.push(strings[values[k]!]!);
    return many;
  };
  return {
    node(i) {
      // the key order of columnNode, so both give objects of one shape
      const node: Omit<NodeAttrs, 'x' | 'y'> = {
        labels: labelSets[nodes.labels[i]!]!,
        type: strings[nodes.type[i]!]!,
        name: nodes.name[i]!,
        aliases:
          nodes.aliasOffsets[i] === nodes.aliasOffsets[i + 1]
            ? EMPTY
            : nodes.aliases.slice(nodes.aliasOffsets[i], nodes.aliasOffsets[i + 1]),
        mentions: nodes.mentions[i]!,
        degree: nodes.degree[i]!,
        documents: list(nodes.documents, nodes.documentOffsets, i),
      };
      const kind = nodes.kind[i]!;
      const date = nodes.date[i]!;
      if (kind >= 0) node.kind = strings[kind]!;
      if (date >= 0) node.date = strings[date]!;
      return node;
    },
    edge(i) {
      const edge: EdgeAttrs = {
        type: strings[edges.type[i]!]!,
        documents: list(edges.documents, edges.documentOffsets, i),
        confidence: edges.confidence[i]!,
        evidenceCount: edges.evidenceCount[i]!,
      };
      const role = edges.role[i]!;
      if (role >= 0) edge.role = strings[role]!;
      return edge;
    },
  };
}

function shared(values: string[]): string[] {
  return Object.freeze(values) as unknown as string[];
}
