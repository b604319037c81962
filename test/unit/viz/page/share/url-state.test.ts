import { describe, expect, it } from 'vitest';
import {
  decodeViewState,
  encodeViewState,
  type ViewState,
} from '../../../../../viz/page/src/share/url-state.ts';

describe('view state in the URL', () => {
  it('round-trips selection, saved query, filters, camera, mode and storyboard step', () => {
    const state: ViewState = {
      selection: { kind: 'node', id: 'org:r3d' },
      query: { name: 'surveillance_chain', params: { entity: 'Pegasus', hops: 2 } },
      filters: { types: ['Person', 'Organization'], minDocuments: 2, dateFrom: '2017-05' },
      camera: { x: 0.51234567, y: 0.4, ratio: 0.75, angle: 0 },
      mode: 'presentation',
      storyboard: 'nosc-ogp-pegasus',
      step: 2,
    };
    const hash = encodeViewState(state);
    const { state: back, problems } = decodeViewState('#' + hash);
    expect(problems).toEqual([]);
    expect(back).toEqual({ ...state, camera: { x: 0.5123, y: 0.4, ratio: 0.75, angle: 0 } });
    expect(hash).toContain('step=3');
  });

  it('keeps console Cypher with its parameters when no saved query is set', () => {
    const hash = encodeViewState({
      selection: null,
      mode: 'explore',
      cypher: 'MATCH (n) RETURN n',
      params: { a: 1 },
    });
    expect(decodeViewState(hash).state).toMatchObject({ cypher: 'MATCH (n) RETURN n', params: { a: 1 } });
  });

  it('writes nothing for the default state', () => {
    expect(encodeViewState({ selection: null, mode: 'explore' })).toBe('');
    expect(decodeViewState('').state).toEqual({ selection: null, mode: 'explore' });
  });

  it.each([
    ['cam=1,2,x,0', 'cam:'],
    ['cam=1,2,0,0', 'cam:'],
    ['q=x&p={oops', 'p: not valid JSON'],
    ['q=x&p=[1]', 'p:'],
    ['f={"minDocuments":0}', 'f:'],
    ['mode=fly', 'mode:'],
    ['sb=a&step=0', 'step:'],
  ])('drops the damaged part of %s and reports it', (hash, problem) => {
    const { state, problems } = decodeViewState(hash);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
    expect(state.camera).toBeUndefined();
    expect(state.mode).toBe('explore');
  });

  it('keeps the good parts next to a damaged one', () => {
    const { state, problems } = decodeViewState('e=rel:1&cam=bad&mode=presentation');
    expect(problems).toHaveLength(1);
    expect(state.selection).toEqual({ kind: 'edge', id: 'rel:1' });
    expect(state.mode).toBe('presentation');
  });
});
