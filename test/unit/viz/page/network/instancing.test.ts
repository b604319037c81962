import { describe, expect, it } from 'vitest';
import { pickingAtRest, withoutInstancing } from '../../../../../viz/page/src/network/instancing.ts';

const FLOAT = 5126;

/** Stands in for sigma's Program: reads its definition like sigma's constructor, records what render sees. */
abstract class FakeProgram {
  VERTICES: number;
  ATTRIBUTES_ITEMS_COUNT: number;
  array: Float32Array;
  pickProgram: unknown = 'pick';
  seenPick: unknown[] = [];
  constructor(public renderer: unknown) {
    const definition = this.getDefinition();
    this.VERTICES = definition.VERTICES;
    this.ATTRIBUTES_ITEMS_COUNT = definition.ATTRIBUTES.reduce((n, a) => n + a.size, 0);
    this.array = new Float32Array(2 * this.VERTICES * this.ATTRIBUTES_ITEMS_COUNT);
  }
  abstract getDefinition(): {
    VERTICES: number;
    ATTRIBUTES: { name: string; size: number; type: number }[];
    CONSTANT_ATTRIBUTES?: { name: string; size: number; type: number }[];
    CONSTANT_DATA?: number[][];
  };
  processVisibleItem(_index: number, start: number, data: { x: number; y: number; size: number }): void {
    this.array.set([data.x, data.y, data.size], start);
  }
  render(): void {
    this.seenPick.push(this.pickProgram);
  }
}

class Instanced extends FakeProgram {
  getDefinition() {
    return {
      VERTICES: 3,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
      ],
      CONSTANT_ATTRIBUTES: [{ name: 'a_angle', size: 1, type: FLOAT }],
      CONSTANT_DATA: [[10], [20], [30]],
    };
  }
}

class Plain extends FakeProgram {
  getDefinition() {
    return { VERTICES: 1, ATTRIBUTES: [{ name: 'a_position', size: 2, type: FLOAT }] };
  }
}

describe('withoutInstancing', () => {
  it('moves the constant attributes into the per-vertex attributes', () => {
    const Program = withoutInstancing(Instanced);
    const definition = new Program(null).getDefinition();
    expect(definition.ATTRIBUTES.map((a) => a.name)).toEqual(['a_position', 'a_size', 'a_angle']);
    expect('CONSTANT_ATTRIBUTES' in definition).toBe(false);
    expect('CONSTANT_DATA' in definition).toBe(false);
  });

  it("writes every vertex: the item's values, then that vertex's constants", () => {
    const program = new (withoutInstancing(Instanced))(null);
    program.processVisibleItem(0, 0, { x: 1, y: 2, size: 3 });
    program.processVisibleItem(1, 12, { x: 4, y: 5, size: 6 });
    expect([...program.array]).toEqual([
      1, 2, 3, 10, 1, 2, 3, 20, 1, 2, 3, 30, 4, 5, 6, 10, 4, 5, 6, 20, 4, 5, 6, 30,
    ]);
  });

  it('leaves a program that is not instanced as it is', () => {
    expect(withoutInstancing(Plain)).toBe(Plain);
  });
});

describe('pickingAtRest', () => {
  const renderer = (hideEdgesOnMove: boolean, animated: boolean) => ({
    getSetting: () => hideEdgesOnMove,
    getCamera: () => ({ isAnimated: () => animated }),
    getMouseCaptor: () => ({ isMoving: false, draggedEvents: 0, currentWheelDirection: 0 }),
  });

  it('drops the picking pass only in moving frames of graphs that hide edges while moving', () => {
    const Program = pickingAtRest(Instanced);
    const cases: [boolean, boolean, unknown][] = [
      [true, true, null],
      [true, false, 'pick'],
      [false, true, 'pick'],
    ];
    for (const [hide, animated, expected] of cases) {
      const program = new Program(renderer(hide, animated));
      program.render();
      expect(program.seenPick).toEqual([expected]);
      expect(program.pickProgram).toBe('pick'); // restored for the next frame
    }
  });
});
