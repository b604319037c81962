/**
 * Keeps the reducers' `DrawContext` in step with the store and the graph: recomputes only what changed
 * (filters → visibility, hover → neighbourhood, highlight → sets, graph → max degree) and asks sigma to
 * redraw only when something drawn changed (a redraw runs the reducers over the whole graph, so state that
 * is not drawn, e.g. `layoutRunning`, must not trigger one). Keeping this derived data here, not in the
 * graph, is what keeps domain and drawing apart.
 */
import type { AppState } from '../app/state.ts';
import type { Store } from '../app/store.ts';
import { computeVisibility } from '../filters/model.ts';
import type { KgGraph } from './graph.ts';
import type { DrawContext } from './reducers.ts';

export interface ViewKeeper {
  context(): DrawContext;
  /** Recomputes everything that depends on the graph (call after adding or dropping nodes/edges). */
  graphChanged(): void;
}

/**
 * @example
 * const view = keepView(graph, state, (id) => documents.get(id)?.date, coalescedRefresh(renderer));
 */
export function keepView(
  graph: KgGraph,
  state: Store<AppState>,
  documentDate: (id: string) => string | null | undefined,
  redraw: () => void,
): ViewKeeper {
  let ctx: DrawContext = {
    visibility: { hiddenNodes: new Set(), hiddenEdges: new Set() },
    highlight: null,
    hover: null,
    selectedNode: null,
    selectedEdge: null,
    pathEnds: new Set(),
    maxDegree: 1,
    presentation: false,
  };

  const maxDegree = () => {
    let max = 1;
    graph.forEachNode((_n, a) => (max = Math.max(max, a.degree)));
    return max;
  };
  const hover = (s: AppState): DrawContext['hover'] =>
    s.hovered && graph.hasNode(s.hovered)
      ? { node: s.hovered, neighbours: new Set(graph.neighbors(s.hovered)) }
      : null;
  const highlight = (s: AppState): DrawContext['highlight'] =>
    s.highlight
      ? { nodes: new Set(s.highlight.nodes), edges: new Set(s.highlight.edges), isolate: s.highlight.isolate }
      : null;

  // the parts of the state the reducers read; anything else changing needs no redraw
  const drawn = (s: AppState, prev: AppState) =>
    s.filters !== prev.filters ||
    s.hovered !== prev.hovered ||
    s.highlight !== prev.highlight ||
    s.selection !== prev.selection ||
    s.pathEnds !== prev.pathEnds ||
    s.mode !== prev.mode;

  const fromState = (s: AppState, prev: AppState | null, all: boolean) => {
    ctx = {
      ...ctx,
      visibility:
        all || s.filters !== prev?.filters
          ? computeVisibility(graph, s.filters, documentDate)
          : ctx.visibility,
      hover: all || s.hovered !== prev?.hovered ? hover(s) : ctx.hover,
      highlight: all || s.highlight !== prev?.highlight ? highlight(s) : ctx.highlight,
      selectedNode: s.selection?.kind === 'node' ? s.selection.id : null,
      selectedEdge: s.selection?.kind === 'edge' ? s.selection.id : null,
      pathEnds:
        all || s.pathEnds !== prev?.pathEnds
          ? new Set([s.pathEnds.from, s.pathEnds.to].filter((x): x is string => x !== null))
          : ctx.pathEnds,
      presentation: s.mode === 'presentation',
    };
  };

  fromState(state.get(), null, true);
  state.subscribe((s, prev) => {
    if (!drawn(s, prev)) return;
    fromState(s, prev, false);
    redraw();
  });

  return {
    context: () => ctx,
    graphChanged() {
      ctx = { ...ctx, maxDegree: maxDegree() };
      fromState(state.get(), null, true);
      redraw();
    },
  };
}
