import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pickingAtRest } from '../../../../../viz/page/src/network/instancing.ts';
import {
  pickAfterNextFrame,
  pickingDeferred,
  PICKING_DRAWN_MARK,
} from '../../../../../viz/page/src/network/picking.ts';
import type Sigma from 'sigma';
import type { RenderParams } from 'sigma/types';

/** Stands in for sigma's Program: records which compiled program each drawing step used. */
class FakeProgram {
  pickProgram: { name: string; gl: { viewport: (...a: number[]) => void } } | null;
  normalProgram = { name: 'normal', gl: { viewport: () => undefined } };
  drawn: string[] = [];
  viewports: number[][] = [];
  constructor(
    public renderer: unknown,
    public empty = false,
  ) {
    this.pickProgram = { name: 'pick', gl: { viewport: (...a: number[]) => this.viewports.push(a) } };
  }
  getDefinition() {
    return { VERTICES: 1, ATTRIBUTES: [] };
  }
  hasNothingToRender() {
    return this.empty;
  }
  bindProgram() {}
  unbindProgram() {}
  renderProgram(params: RenderParams, program: { name: string }) {
    this.drawn.push(`${program.name}@${params.pixelRatio}`);
  }
  // sigma's Program.render: the picking pass (if any), then the visible one
  render(params: RenderParams) {
    if (this.pickProgram) this.renderProgram(params, this.pickProgram);
    this.renderProgram(params, this.normalProgram);
  }
}

const Picking = pickingAtRest(FakeProgram);
const PARAMS = { width: 100, height: 50, pixelRatio: 2, downSizingRatio: 4 } as unknown as RenderParams;

function fakeRenderer() {
  const renderer = Object.assign(new EventEmitter(), {
    getSetting: () => true,
    getCamera: () => ({ isAnimated: () => false }),
    getMouseCaptor: () => ({ isMoving: false, draggedEvents: 0, currentWheelDirection: 0 }),
    getRenderParams: () => PARAMS,
    nodePrograms: {} as Record<string, unknown>,
    edgePrograms: {} as Record<string, unknown>,
  });
  const node = new Picking(renderer);
  const edge = new Picking(renderer);
  const emptyEdge = new Picking(renderer, true);
  // a compound program (sigma's createEdgeCompoundProgram) holds its parts in `programs`
  // a node program that forwards its picking pass (lod.ts)
  const pass = node as unknown as { renderPicking(p: RenderParams): void };
  renderer.nodePrograms = { circle: { renderPicking: (p: RenderParams) => pass.renderPicking(p) } };
  renderer.edgePrograms = { thin: edge, arrow: { programs: [emptyEdge] } };
  const frame = () => {
    for (const p of [node, edge, emptyEdge]) p.render(PARAMS);
    renderer.emit('afterRender');
  };
  return { renderer, sigma: renderer as unknown as Sigma, node, edge, emptyEdge, frame };
}

/** Runs the animation frames and timers the pass waits for. */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('pickAfterNextFrame', () => {
  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 0));
    performance.clearMarks(PICKING_DRAWN_MARK);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws the next frame without picking, then the picking pass alone, at the reduced ratio', async () => {
    const { sigma, node, edge, emptyEdge, frame } = fakeRenderer();
    pickAfterNextFrame(sigma);
    expect(pickingDeferred(sigma)).toBe(true);
    frame();
    expect(node.drawn).toEqual(['normal@2']);
    expect(edge.drawn).toEqual(['normal@2']);
    expect(node.pickProgram?.name).toBe('pick'); // restored after the frame
    expect(pickingDeferred(sigma)).toBe(false);
    expect(performance.getEntriesByName(PICKING_DRAWN_MARK)).toHaveLength(0);
    await settle();
    expect(node.drawn).toEqual(['normal@2', 'pick@0.5']);
    expect(edge.drawn).toEqual(['normal@2', 'pick@0.5']);
    expect(edge.viewports).toEqual([[0, 0, 50, 25]]);
    expect(emptyEdge.drawn).toEqual(['normal@2']); // nothing to draw: no pass
    expect(performance.getEntriesByName(PICKING_DRAWN_MARK)).toHaveLength(1);
  });

  it('draws no separate pass when a full frame (picking included) came first', async () => {
    const { sigma, node, frame } = fakeRenderer();
    pickAfterNextFrame(sigma);
    frame();
    frame(); // e.g. a hover: sigma's full frame
    await settle();
    expect(node.drawn).toEqual(['normal@2', 'pick@2', 'normal@2']); // the full frame's picking, no pass after
    expect(performance.getEntriesByName(PICKING_DRAWN_MARK)).toHaveLength(1);
  });

  it('leaves frames alone when nothing is put off', () => {
    const { sigma, node, frame } = fakeRenderer();
    frame();
    expect(pickingDeferred(sigma)).toBe(false);
    expect(node.drawn).toEqual(['pick@2', 'normal@2']);
  });
});
