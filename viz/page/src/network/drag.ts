/**
 * Dragging a node (sigma v3 pattern: `downNode`, then the mouse captor's `mousemovebody` and `mouseup`),
 * with the camera disabled while dragging so the stage does not pan. A running layout is stopped first so
 * it does not fight the user. `wasDragged()` lets click handlers ignore the click that ends a drag.
 */
import type Sigma from 'sigma';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph.ts';

export interface DragOptions {
  onStart?: () => void;
  onEnd?: (node: string) => void;
}

/** Enables node dragging; returns `wasDragged()` (true right after a drag that moved the node). */
export function enableDrag(
  graph: KgGraph,
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  options: DragOptions = {},
): () => boolean {
  let dragged: string | null = null;
  let moved = false;
  const captor = renderer.getMouseCaptor();
  const camera = renderer.getCamera();

  renderer.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    // freeze the frame so moving a node does not rescale the whole view
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
    camera.disable();
    options.onStart?.();
  });
  captor.on('mousemovebody', (event) => {
    if (dragged === null) return;
    const position = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    moved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  captor.on('mouseup', () => {
    if (dragged === null) return;
    const node = dragged;
    dragged = null;
    camera.enable();
    if (moved) options.onEnd?.(node);
    // the click that follows a drag must not count as a click
    setTimeout(() => (moved = false), 0);
  });
  return () => moved;
}
