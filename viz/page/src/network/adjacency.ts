/**
 * Faster edge insertion for big graph windows. graphology 0.26 keeps each node's neighbours in two plain
 * objects (`in`, `out`) keyed by neighbour id; V8 gives every new key on a fresh `{}` a new hidden class,
 * so attaching 60k edges to 20k nodes creates ~120k hidden classes (the profile's `EdgeData.attachMulti`,
 * the largest part of building the graph, and garbage to collect). Objects in V8's dictionary mode take
 * new keys without that. `dictionaryAdjacency` swaps the adjacency objects of nodes that have no edge yet
 * for empty dictionary-mode objects (same prototype, so graphology's `hasOwnProperty` and `for…in` work
 * as before). It reaches into graphology's private node records (pinned version): when their shape is
 * not the expected one it does nothing, and the graph is only slower to build. Pure: no DOM.
 */
import type { KgGraph } from './graph.ts';

/** graphology 0.26's private per-node record of a directed graph (DirectedNodeData). */
interface NodeRecord {
  in?: unknown;
  out?: unknown;
  inDegree?: unknown;
  outDegree?: unknown;
}

interface GraphInternals {
  _nodes?: unknown;
}

/** An empty object in V8's dictionary mode with the usual prototype (null-prototype objects start so). */
function dictionary(): Record<string, unknown> {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>;
}

/**
 * Gives each of `nodes` that has no edge yet empty dictionary-mode adjacency objects; call it after adding
 * the nodes of a big window and before adding its edges.
 * @example
 * for (const id of ids) graph.addNode(id, attrs(id));
 * dictionaryAdjacency(graph, ids);
 * for (const e of edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, e.attrs);
 */
export function dictionaryAdjacency(graph: KgGraph, nodes: readonly string[]): void {
  const records = (graph as unknown as GraphInternals)._nodes;
  if (!(records instanceof Map)) return;
  for (const id of nodes) {
    const record = records.get(id) as NodeRecord | undefined;
    if (!record || record.inDegree !== 0 || record.outDegree !== 0) continue;
    if (!isEmptyObject(record.in) || !isEmptyObject(record.out)) continue;
    record.in = dictionary();
    record.out = dictionary();
  }
}

function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}
