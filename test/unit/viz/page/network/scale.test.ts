import { describe, expect, it } from 'vitest';
import {
  edgeTypeFor,
  overlapIterations,
  SCALE,
  scaleSettings,
  settingsDiffer,
} from '../../../../../viz/page/src/network/scale.ts';

describe('scaleSettings', () => {
  it('draws everything while moving on a small graph, with edge labels', () => {
    expect(scaleSettings(50, 120)).toEqual({
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
      renderEdgeLabels: true,
      defaultEdgeType: 'arrow',
    });
  });

  it('hides edges and labels while moving and drops edge labels on a big graph', () => {
    expect(scaleSettings(20_000, 60_000)).toEqual({
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      renderEdgeLabels: false,
      defaultEdgeType: 'thin',
    });
  });

  it('switches exactly above the thresholds', () => {
    expect(scaleSettings(10, SCALE.hideEdgesOnMoveAbove).hideEdgesOnMove).toBe(false);
    expect(scaleSettings(10, SCALE.hideEdgesOnMoveAbove + 1).hideEdgesOnMove).toBe(true);
    expect(scaleSettings(SCALE.hideLabelsOnMoveAbove + 1, 0).hideLabelsOnMove).toBe(true);
    expect(scaleSettings(10, SCALE.edgeLabelsUpTo).renderEdgeLabels).toBe(true);
    expect(scaleSettings(10, SCALE.edgeLabelsUpTo + 1).renderEdgeLabels).toBe(false);
    expect(scaleSettings(10, SCALE.arrowsUpTo).defaultEdgeType).toBe('arrow');
    expect(scaleSettings(10, SCALE.arrowsUpTo + 1).defaultEdgeType).toBe('line');
    expect(scaleSettings(10, SCALE.rectanglesUpTo).defaultEdgeType).toBe('line');
    expect(scaleSettings(10, SCALE.rectanglesUpTo + 1).defaultEdgeType).toBe('thin');
  });
});

describe('edgeTypeFor', () => {
  it('keeps emphasised edges thick on graphs drawn with thin lines, and changes nothing else', () => {
    expect(edgeTypeFor(2, 'thin')).toBe('line');
    expect(edgeTypeFor(1, 'thin')).toBeUndefined();
    expect(edgeTypeFor(3, 'arrow')).toBeUndefined();
    expect(edgeTypeFor(3, 'line')).toBeUndefined();
  });
});

describe('overlapIterations', () => {
  it('runs noverlap fully on small graphs, less as they grow, not at all on big ones', () => {
    expect(overlapIterations(100)).toBe(60);
    expect(overlapIterations(500)).toBe(60);
    expect(overlapIterations(SCALE.noverlapUpTo)).toBe(15);
    expect(overlapIterations(SCALE.noverlapUpTo + 1)).toBe(0);
  });
});

describe('settingsDiffer', () => {
  it('is false for equal values and true when one changes', () => {
    expect(settingsDiffer(scaleSettings(10, 10), scaleSettings(20, 30))).toBe(false);
    expect(settingsDiffer(scaleSettings(10, 10), scaleSettings(10, 10_000))).toBe(true);
  });
});
