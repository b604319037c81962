import { describe, expect, it } from 'vitest';
import {
  lowResolutionWhileMoving,
  movingPixelRatio,
  setLowResolutionWhileMoving,
} from '../../../../../viz/page/src/network/resolution.ts';

describe('movingPixelRatio', () => {
  it('draws a quarter of the pixels of a 1280×720 view', () => {
    expect(movingPixelRatio(1280, 720, 1)).toBeCloseTo(0.5);
  });

  it('keeps about as many pixels on a bigger screen, never below a third of the device ratio', () => {
    expect(movingPixelRatio(1920, 1080, 1)).toBeCloseTo(1 / 3);
    expect(movingPixelRatio(3840, 2160, 1)).toBeCloseTo(1 / 3);
    expect(movingPixelRatio(1440, 900, 2)).toBeCloseTo(2 / 3);
  });

  it('never draws above the device ratio', () => {
    expect(movingPixelRatio(320, 200, 1)).toBe(1);
    expect(movingPixelRatio(0, 0, 1.5)).toBe(1.5);
  });
});

/** Stands in for sigma 3.0.3's renderer: the internals resolution.ts reads, and a `resize` like sigma's. */
class FakeSigma {
  pixelRatio = 1;
  width = 0;
  height = 0;
  moving = false;
  order = 20_000;
  viewports: number[][] = [];
  elements = {
    nodes: { width: 0, height: 0 },
    labels: { width: 0, height: 0 },
  };
  webGLContexts = { nodes: { viewport: (...a: number[]) => this.viewports.push(a) } };
  canvasContexts = { labels: { scale: () => undefined } };
  listeners: Record<string, (() => void)[]> = {};
  scheduled = 0;

  resize(force?: boolean): this {
    const before = [this.width, this.height];
    this.width = 1280;
    this.height = 720;
    this.pixelRatio = 1;
    if (!force && before[0] === this.width && before[1] === this.height) return this;
    for (const e of Object.values(this.elements)) Object.assign(e, { width: 1280, height: 720 });
    return this;
  }
  getGraph() {
    return { order: this.order };
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
  on(event: string, listener: () => void) {
    (this.listeners[event] ??= []).push(listener);
  }
  scheduleRender() {
    this.scheduled += 1;
  }
}

const make = () => {
  const sigma = new FakeSigma();
  lowResolutionWhileMoving(sigma as never);
  return sigma;
};

describe('lowResolutionWhileMoving', () => {
  it('draws moving frames of a big graph at the lower ratio and the next frame at rest at full size', () => {
    const sigma = make();
    sigma.resize();
    expect(sigma.elements.nodes).toEqual({ width: 1280, height: 720 });
    sigma.moving = true;
    sigma.resize();
    expect(sigma.pixelRatio).toBeCloseTo(0.5);
    expect(sigma.elements.nodes).toEqual({ width: 640, height: 360 });
    expect(sigma.elements.labels).toEqual({ width: 640, height: 360 });
    expect(sigma.viewports.at(-1)).toEqual([0, 0, 640, 360]);
    sigma.resize(); // a second moving frame keeps the ratio sigma's resize reset
    expect(sigma.pixelRatio).toBeCloseTo(0.5);
    sigma.moving = false;
    sigma.resize();
    expect(sigma.pixelRatio).toBe(1);
    expect(sigma.elements.nodes).toEqual({ width: 1280, height: 720 });
  });

  it('leaves small graphs and a switched-off renderer at full resolution', () => {
    const small = make();
    small.order = 500;
    small.moving = true;
    small.resize();
    expect(small.elements.nodes.width).toBe(1280);
    const off = make();
    setLowResolutionWhileMoving(off as never, false);
    off.moving = true;
    off.resize();
    expect(off.elements.nodes.width).toBe(1280);
    setLowResolutionWhileMoving(off as never, true);
    off.resize();
    expect(off.elements.nodes.width).toBe(640);
  });

  it('asks for a frame at full resolution when a move ended without one', async () => {
    const sigma = make();
    sigma.moving = true;
    sigma.resize();
    for (const listener of sigma.listeners.afterRender ?? []) listener();
    sigma.moving = false;
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(sigma.scheduled).toBe(1);
  });
});
