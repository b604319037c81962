import { describe, expect, it } from 'vitest';
import { leanMovingFrames, setHideEmptyLayers } from '../../../../../viz/page/src/network/frames.ts';

const LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes', 'mouse'] as const;
const GL = ['edges', 'nodes', 'hoverNodes'];

/** Stands in for sigma 3.0.3's renderer: the internals frames.ts reads and overrides. */
class FakeSigma {
  moving = false;
  width = 1280;
  height = 720;
  order = 20_000;
  size = 60_000;
  hoveredNode: string | null = null;
  highlightedNodes = new Set<string>();
  cleared: string[] = [];
  hoverRenders = 0;
  elements = Object.fromEntries(LAYERS.map((id) => [id, { style: { visibility: '' } }]));
  webGLContexts = Object.fromEntries(
    GL.map((id) => [
      id,
      {
        FRAMEBUFFER: 0,
        COLOR_BUFFER_BIT: 1,
        bindFramebuffer: () => undefined,
        clear: () => this.cleared.push(id),
      },
    ]),
  );
  canvasContexts = Object.fromEntries(
    LAYERS.filter((id) => !GL.includes(id)).map((id) => [id, { clearRect: () => this.cleared.push(id) }]),
  );
  clear() {
    return this;
  }
  resetWebGLTexture() {
    return this;
  }
  /** sigma's own clears both hover layers and draws the hovered and highlighted nodes. */
  renderHighlightedNodes() {
    this.hoverRenders += 1;
    this.cleared.push('hovers', 'hoverNodes');
    return this;
  }
  emit() {}
  getGraph() {
    return { order: this.order, size: this.size };
  }
  getSetting(name: string) {
    return name === 'hideEdgesOnMove' || name === 'hideLabelsOnMove';
  }
  getCamera() {
    return { isAnimated: () => this.moving };
  }
  getMouseCaptor() {
    return { isMoving: false, draggedEvents: 0, currentWheelDirection: 0 };
  }
  /** What sigma's render does: clear the layers, draw, then (at rest) the hovered nodes. */
  frame() {
    this.cleared = [];
    this.clear();
    if (!this.moving && this.order > 0) this.renderHighlightedNodes();
  }
  hidden() {
    return LAYERS.filter((id) => this.elements[id]!.style.visibility === 'hidden');
  }
}

/** A renderer as createRenderer leaves it, built with a graph of `order` nodes (0: before it arrives). */
const make = (order = 20_000) => {
  const sigma = new FakeSigma();
  sigma.order = order;
  sigma.size = order * 3;
  leanMovingFrames(sigma as never);
  return sigma;
};

describe('leanMovingFrames', () => {
  it('leaves the blank layers of a renderer with an empty graph alone, and hides them', () => {
    const sigma = make(0);
    expect(sigma.hidden()).toEqual(['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes']);
    sigma.frame();
    sigma.frame();
    expect(sigma.cleared).toEqual([]);
    expect(sigma.hidden()).toEqual(['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes']);
    sigma.order = 1; // the graph arrives
    sigma.size = 0;
    sigma.frame();
    expect(sigma.hidden()).toEqual(['edges', 'hovers', 'hoverNodes']); // nodes and labels drawn, no edges
  });

  it('shows the layers a frame at rest draws on, before it draws, and clears them in the next frame', () => {
    const sigma = make();
    sigma.frame();
    expect(sigma.hidden()).toEqual(['hovers', 'hoverNodes']); // nothing hovered
    expect(sigma.hoverRenders).toBe(0);
    sigma.frame();
    expect(sigma.cleared).toEqual(['nodes', 'edges', 'labels', 'edgeLabels']);
  });

  it('hides the layers a moving frame leaves empty, after clearing them, and never the nodes or mouse layers', () => {
    const sigma = make();
    sigma.frame();
    sigma.moving = true;
    sigma.frame();
    expect(sigma.cleared).toEqual(['nodes', 'edges', 'labels', 'edgeLabels']);
    expect(sigma.hidden()).toEqual(['edges', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']);
    sigma.frame(); // the empty layers are not cleared again
    expect(sigma.cleared).toEqual(['nodes']);
    sigma.moving = false;
    sigma.frame();
    expect(sigma.hidden()).toEqual(['hovers', 'hoverNodes']);
  });

  it('draws hovered nodes on shown hover layers, and clears them once when nothing is hovered any more', () => {
    const sigma = make();
    sigma.frame();
    sigma.hoveredNode = 'n1';
    sigma.renderHighlightedNodes(); // sigma's hover render, outside a frame
    expect(sigma.hoverRenders).toBe(1);
    expect(sigma.hidden()).toEqual([]);
    sigma.hoveredNode = null;
    sigma.renderHighlightedNodes();
    expect(sigma.hoverRenders).toBe(2); // clears what it drew
    expect(sigma.hidden()).toEqual(['hovers', 'hoverNodes']);
    sigma.renderHighlightedNodes();
    expect(sigma.hoverRenders).toBe(2); // nothing to clear, nothing to draw
    sigma.highlightedNodes.add('n2');
    sigma.frame();
    expect(sigma.hoverRenders).toBe(3);
  });

  it('keeps every layer on screen when switched off', () => {
    const sigma = make();
    setHideEmptyLayers(sigma as never, false);
    sigma.moving = true;
    sigma.frame();
    expect(sigma.hidden()).toEqual([]);
    setHideEmptyLayers(sigma as never, true);
    sigma.frame();
    expect(sigma.hidden()).toEqual(['edges', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']);
  });
});
