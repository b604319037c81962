/**
 * What the investigator does to the graph from the Explore tools: expand a node's neighbours (and undo it,
 * a stack), isolate an ego network of N hops, find the shortest path between two entities. Each merges the
 * server's subgraph into the page graph and sets the highlight; nothing is deleted except by undo.
 */
import { errorMessage } from '../api/index.ts';
import type { App } from '../app/index.ts';
import { mergeGraphPart, undoMerge, type MergeReport } from '../network/graph.ts';
import { loadPositions } from '../network/storage.ts';
import { pageConfig } from '../app/config.ts';

export interface Expansion {
  node: string;
  label: string;
  report: MergeReport;
}

export interface ExploreActions {
  expand(node: string): Promise<void>;
  undo(): void;
  /** Expansions, most recent last. */
  expansions(): readonly Expansion[];
  ego(node: string, hops: number): Promise<void>;
  path(from: string, to: string): Promise<void>;
  /** Adds a node (with its direct neighbours) when it is not drawn yet, then focuses it. */
  reveal(node: string): Promise<void>;
  /** Called after each change of the expansion stack. */
  onChange(listener: () => void): void;
}

const nameOf = (app: App, id: string) =>
  app.graph.hasNode(id) ? app.graph.getNodeAttribute(id, 'name') : id;

/** Creates the actions bound to an app. */
export function createActions(app: App): ExploreActions {
  const stack: Expansion[] = [];
  const listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((l) => l());
  const merge = (part: Parameters<typeof mergeGraphPart>[1]) => {
    const saved = loadPositions(pageConfig.storage.positions);
    const report = mergeGraphPart(app.graph, part, (id) => saved[id]);
    if (report.addedNodes.length > 0) app.emit('layout:run', { ms: 2500 });
    return report;
  };
  const fail = (what: string, error: unknown) => app.notify(`${what}: ${errorMessage(error)}`, 'error');

  const actions: ExploreActions = {
    async expand(node) {
      try {
        const part = await app.api.neighbors(node, { hops: 1 });
        const report = merge(part);
        const name = nameOf(app, node);
        stack.push({ node, label: `${name} (+${report.addedNodes.length})`, report });
        app.state.set({
          highlight: {
            nodes: part.nodes.map((n) => n.id),
            edges: part.edges.map((e) => e.id),
            isolate: false,
            label: `Neighbours of ${name}`,
          },
        });
        app.notify(
          report.addedNodes.length
            ? `Added ${report.addedNodes.length} neighbours of ${name}.`
            : `All neighbours of ${name} were already shown.`,
        );
        changed();
      } catch (error) {
        fail('Could not expand', error);
      }
    },
    undo() {
      const last = stack.pop();
      if (!last) return;
      undoMerge(app.graph, last.report);
      const s = app.state.get();
      const gone = new Set(last.report.addedNodes);
      if (s.selection?.kind === 'node' && gone.has(s.selection.id)) app.state.set({ selection: null });
      app.state.set({ highlight: null, hovered: null });
      changed();
    },
    expansions: () => stack,
    async ego(node, hops) {
      try {
        const part = await app.api.neighbors(node, { hops });
        merge(part);
        app.showResult(
          { graph: part },
          { isolate: true, label: `Ego network of ${nameOf(app, node)} · ${hops} hop${hops > 1 ? 's' : ''}` },
        );
      } catch (error) {
        fail('Could not load the ego network', error);
      }
    },
    async path(from, to) {
      try {
        const result = await app.api.path({ from, to });
        merge(result);
        app.state.set({
          highlight: {
            nodes: result.path.nodes,
            edges: result.path.edges,
            isolate: false,
            label: `Path ${nameOf(app, from)} → ${nameOf(app, to)} · ${result.path.edges.length} step${result.path.edges.length === 1 ? '' : 's'}`,
          },
        });
        requestAnimationFrame(() => requestAnimationFrame(() => app.fitView(result.path.nodes)));
      } catch (error) {
        fail('No path', error);
      }
    },
    async reveal(node) {
      if (!app.graph.hasNode(node)) {
        try {
          const part = await app.api.neighbors(node, { hops: 1 });
          const report = merge(part);
          stack.push({ node, label: `${nameOf(app, node)} (+${report.addedNodes.length})`, report });
          changed();
        } catch (error) {
          return fail('Could not show that entity', error);
        }
        // let sigma index the new nodes before moving the camera
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      app.focus(node);
    },
    onChange: (l) => void listeners.push(l),
  };
  return actions;
}
