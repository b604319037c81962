/**
 * Exports of the current view: a PNG of what sigma draws (`@sigma/export-image` composites its layers,
 * labels included, onto one canvas) and a GEXF file of the visible graph (graphology-gexf over the
 * subgraph that the filters and highlight leave visible, with sigma's colours, sizes and positions).
 */
import { downloadAsPNG } from '@sigma/export-image';
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf/browser';
import type { App } from '../app/index.ts';

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

/** Downloads a PNG of the current view. */
export function exportPng(app: App): Promise<void> {
  // @sigma/export-image is typed for untyped attributes; the renderer is the same object.
  return downloadAsPNG(app.renderer as unknown as Parameters<typeof downloadAsPNG>[0], {
    fileName: `kg-view-${stamp()}`,
    backgroundColor: '#ffffff',
  });
}

/**
 * The visible graph as GEXF 1.3 text: nodes and edges that sigma does not hide, domain attributes as GEXF
 * attributes, and the drawing (colour, size, position) as `viz` data.
 * @example
 * const xml = visibleGexf(app); // '<?xml version="1.0" …<gexf …'
 */
export function visibleGexf(app: App): string {
  const { graph, renderer } = app;
  const visible = new MultiDirectedGraph();
  graph.forEachNode((id, attrs) => {
    const d = renderer.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    visible.addNode(id, {
      label: attrs.name,
      type: attrs.type,
      kind: attrs.kind ?? '',
      date: attrs.date ?? '',
      aliases: attrs.aliases.join('; '),
      mentions: attrs.mentions,
      degree: attrs.degree,
      color: d.color,
      size: d.size,
      x: attrs.x,
      y: attrs.y,
    });
  });
  graph.forEachEdge((id, attrs, source, target) => {
    if (!visible.hasNode(source) || !visible.hasNode(target)) return;
    const d = renderer.getEdgeDisplayData(id);
    if (!d || d.hidden) return;
    visible.addDirectedEdgeWithKey(id, source, target, {
      label: attrs.type,
      role: attrs.role ?? '',
      documents: attrs.documents.length,
      confidence: attrs.confidence,
      color: d.color,
      size: d.size,
    });
  });
  return write(visible, {
    version: '1.3',
    formatNode: (_key, a) => {
      const { label, color, size, x, y, ...attributes } = a as Record<string, unknown>;
      return {
        label: String(label),
        attributes,
        viz: { color: String(color), size: Number(size), x: Number(x), y: Number(y) },
      };
    },
    formatEdge: (_key, a) => {
      const { label, color, size, ...attributes } = a as Record<string, unknown>;
      return { label: String(label), attributes, viz: { color: String(color), thickness: Number(size) } };
    },
  });
}

/** Downloads the visible graph as a .gexf file. */
export function exportGexf(app: App): void {
  const blob = new Blob([visibleGexf(app)], { type: 'application/gexf+xml' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `kg-graph-${stamp()}.gexf`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
