import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getQuery, validateParams } from '../../../../../queries/index.ts';
import { Storyboard, type DocumentSummary } from '../../../../../viz/api/schema.ts';
import { cite, nextStep, recordStep, stepView } from '../../../../../viz/page/src/presentation/story.ts';

const docs: DocumentSummary[] = [
  {
    id: 'doc:1',
    title: 'Civil Society leaves the STT',
    date: '2017-05-23',
    kind: 'press_release',
    path: 'data/corpus/2017-05-23-nosc-press-release-leaves-stt.md',
    entities: 3,
  },
];

describe('storyboard navigation', () => {
  it.each([
    [0, 'ArrowRight', 1],
    [4, 'ArrowRight', 4],
    [0, 'ArrowLeft', 0],
    [3, 'ArrowLeft', 2],
    [3, 'Home', 0],
    [1, 'End', 4],
    [1, 'x', null],
  ])('from %i, %s goes to %j', (from, key, to) => {
    expect(nextStep(from, 5, key)).toBe(to);
  });
});

describe('recording and replaying steps', () => {
  it('records the current view and gives it back', () => {
    const view = {
      selection: { kind: 'node' as const, id: 'n1' },
      query: { name: 'surveillance_chain', params: { entity: 'Pegasus' } },
      filters: { minDocuments: 2 },
      camera: { x: 0.5, y: 0.5, ratio: 0.8, angle: 0 },
      mode: 'explore' as const,
    };
    const step = recordStep(view, { title: 'Surveillance', caption: 'Pegasus', sources: ['doc:1'] });
    const board = Storyboard.parse({ name: 'demo', title: 'Demo', steps: [step] });
    expect(stepView(board, 0)).toEqual({ ...view, mode: 'presentation', storyboard: 'demo', step: 0 });
  });
});

describe('citations', () => {
  it('resolves document ids, file names and titles, and keeps quotes as written', () => {
    expect(
      cite(
        ['doc:1', '2017-05-23-nosc-press-release-leaves-stt.md', 'civil society leaves the stt', '“a quote”'],
        docs,
      ),
    ).toEqual([
      { title: 'Civil Society leaves the STT', date: '2017-05-23', documentId: 'doc:1' },
      { title: 'Civil Society leaves the STT', date: '2017-05-23', documentId: 'doc:1' },
      { title: 'Civil Society leaves the STT', date: '2017-05-23', documentId: 'doc:1' },
      { title: '“a quote”', date: null },
    ]);
  });
});

describe('bundled storyboards', () => {
  const dir = new URL('../../../../../data/storyboards/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('include the sample storyboard', () => {
    expect(files).toContain('nosc-ogp-pegasus.json');
  });
  it.each(files)('%s is a valid storyboard named after its file', (file) => {
    const board = Storyboard.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    expect(board.name + '.json').toBe(file);
  });
  it.each(files)('%s runs saved queries that exist, with parameters they accept', (file) => {
    const board = Storyboard.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    for (const step of board.steps) {
      if (!step.query) continue;
      expect(() => validateParams(getQuery(step.query!.name), step.query!.params)).not.toThrow();
    }
  });
});
