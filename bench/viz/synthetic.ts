/**
 * A synthetic graph shaped like the viewer's data (GraphNode/GraphEdge of viz/api): communities of
 * entities of the six types, most edges inside a community, a few bridges, degrees skewed by preferential
 * choice, and positions laid out around community centres as after a layout. Seeded, so runs compare.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../../core/model/index.ts';
import type { GraphEdge, GraphNode } from '../../viz/api/schema.ts';
import { seededRandom } from '../random.ts';

export interface SyntheticGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  positions: { id: string; x: number; y: number }[];
}

/**
 * @example
 * const g = syntheticGraph(20_000, 60_000); // 20k nodes, 60k edges
 */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 42): SyntheticGraph {
  const random = seededRandom(seed);
  const communities = Math.max(4, Math.round(Math.sqrt(nodeCount) / 3));
  const centres = Array.from({ length: communities }, (_, i) => {
    const angle = (i / communities) * Math.PI * 2 + random();
    const radius = 400 + random() * 600;
    return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  });
  const members: number[][] = Array.from({ length: communities }, () => []);
  const nodes: GraphNode[] = [];
  const positions: SyntheticGraph['positions'] = [];
  for (let i = 0; i < nodeCount; i++) {
    const c = Math.floor(random() * communities);
    members[c]!.push(i);
    const type = ENTITY_TYPES[Math.floor(random() * ENTITY_TYPES.length)]!;
    const id = `n${i}`;
    nodes.push({
      id,
      labels: ['Entity', type],
      type,
      name: `${type} ${i}`,
      aliases: [],
      mentions: 1,
      degree: 0,
      documents: [],
    });
    const r = Math.sqrt(-2 * Math.log(random() || 1e-9)) * 60;
    const a = random() * Math.PI * 2;
    positions.push({ id, x: centres[c]!.x + Math.cos(a) * r, y: centres[c]!.y + Math.sin(a) * r });
  }
  const edges: GraphEdge[] = [];
  // endpoints chosen with a bias towards low indexes within the community: a few hubs, many leaves
  const pick = (list: number[]) => list[Math.floor(Math.pow(random(), 2.2) * list.length)]!;
  for (let e = 0; e < edgeCount; e++) {
    const c = Math.floor(random() * communities);
    const inside = random() < 0.92;
    const source = pick(members[c]!.length > 0 ? members[c]! : [0]);
    const other = inside ? members[c]! : members[Math.floor(random() * communities)]!;
    let target = pick(other.length > 0 ? other : [0]);
    if (target === source) target = (source + 1) % nodeCount;
    nodes[source]!.degree += 1;
    nodes[target]!.degree += 1;
    edges.push({
      id: `e${e}`,
      type: RELATION_TYPES[Math.floor(random() * (RELATION_TYPES.length - 1))]!,
      source: `n${source}`,
      target: `n${target}`,
      documents: ['doc:bench'],
      confidence: 0.8,
      evidenceCount: 1,
    });
  }
  return { nodes, edges, positions };
}
