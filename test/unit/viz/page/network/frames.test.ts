import { describe, expect, it } from 'vitest';
import { leanMovingFrames, setHideEmptyLayers } from '../../../../../viz/page/src/network/frames.ts';

const LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes', 'mouse'] as const;
const GL = ['edges', 'nodes', 'hoverNodes'];

/** Stands in for sigma 3.0.3's renderer: the internals frames.ts reads and overrides. */
class FakeSigma {
  moving = false;
  width = 1280;
  height = 720;
  cleared: string[] = [];
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
  renderHighlightedNodes() {
    return this;
  }
  emit() {}
  getSetting(name: string) {
    return name === 'hideEdgesOnMove' || name === 'hideLabelsOnMove';
  }
  getCamera() {
    return { isAnimated: () => this.moving };
  }
  getMouseCaptor() {
    return { isMoving: false, draggedEvents: 0, currentWheelDirection: 0 };
  }
  /** What sigma's render does first: clear the layers. */
  frame() {
    this.cleared = [];
    this.clear();
  }
  hidden() {
    return LAYERS.filter((id) => this.elements[id]!.style.visibility === 'hidden');
  }
}

const make = () => {
  const sigma = new FakeSigma();
  leanMovingFrames(sigma as never);
  return sigma;
};

describe('leanMovingFrames', () => {
  it('hides the layers a moving frame leaves empty, after clearing them, and never the nodes or mouse layers', () => {
    const sigma = make();
    sigma.frame(); // at rest: everything drawn
    expect(sigma.hidden()).toEqual([]);
    sigma.moving = true;
    sigma.frame();
    expect(sigma.cleared).toEqual(expect.arrayContaining(['edges', 'labels', 'hovers', 'hoverNodes']));
    expect(sigma.hidden()).toEqual(['edges', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']);
    sigma.frame(); // the empty layers are not cleared again
    expect(sigma.cleared).toEqual(['nodes']);
  });

  it('shows every layer again in the first frame at rest, before it draws', () => {
    const sigma = make();
    sigma.moving = true;
    sigma.frame();
    sigma.moving = false;
    sigma.frame();
    expect(sigma.hidden()).toEqual([]);
  });

  it('shows the hover layers when hovered nodes are drawn outside a frame', () => {
    const sigma = make();
    sigma.moving = true;
    sigma.frame();
    sigma.renderHighlightedNodes();
    expect(sigma.hidden()).toEqual(['edges']);
  });

  it('keeps every layer on screen when switched off', () => {
    const sigma = make();
    setHideEmptyLayers(sigma as never, false);
    sigma.moving = true;
    sigma.frame();
    expect(sigma.hidden()).toEqual([]);
    setHideEmptyLayers(sigma as never, true);
    sigma.frame();
    expect(sigma.hidden()).toHaveLength(5);
  });
});
