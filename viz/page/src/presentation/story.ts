/**
 * Storyboard logic without the DOM: moving between steps, recording the current view as a step, and
 * turning a step's `sources` (document ids or short quotes) into citations with document titles and dates.
 */
import type { DocumentSummary, Storyboard, StoryStep } from '../../../api/schema.ts';
import type { ViewState } from '../share/url-state.ts';

/**
 * The step index after a key press, clamped to the storyboard; `null` for keys that do not move.
 * @example
 * nextStep(0, 5, 'ArrowRight') // 1
 * nextStep(4, 5, 'ArrowRight') // 4
 */
export function nextStep(current: number, count: number, key: string): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return Math.min(current + 1, count - 1);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * A storyboard step capturing the current view, with the caption and sources the presenter wrote.
 * @example
 * recordStep(view, { title: 'Withdrawal', caption: 'In May 2017…', sources: ['doc:…'] })
 */
export function recordStep(
  view: ViewState,
  text: { title: string; caption: string; sources: string[] },
): StoryStep {
  const step: StoryStep = { title: text.title, caption: text.caption, sources: text.sources };
  if (view.query) step.query = { name: view.query.name, params: view.query.params };
  else if (view.cypher) step.cypher = view.cypher;
  if (view.filters) step.filters = view.filters;
  if (view.camera) step.camera = view.camera;
  if (view.selection?.kind === 'node') step.selection = { nodes: [view.selection.id], edges: [] };
  if (view.selection?.kind === 'edge') step.selection = { nodes: [], edges: [view.selection.id] };
  return step;
}

/** The view a step shows (the inverse of `recordStep`). */
export function stepView(board: Storyboard, index: number): ViewState {
  const step = board.steps[index];
  const view: ViewState = { selection: null, mode: 'presentation', storyboard: board.name, step: index };
  if (!step) return view;
  if (step.query) view.query = { name: step.query.name, params: step.query.params };
  else if (step.cypher) view.cypher = step.cypher;
  if (step.filters) view.filters = step.filters;
  if (step.camera) view.camera = step.camera;
  const node = step.selection?.nodes[0];
  const edge = step.selection?.edges[0];
  if (node) view.selection = { kind: 'node', id: node };
  else if (edge) view.selection = { kind: 'edge', id: edge };
  return view;
}

export interface Citation {
  /** Document title, or the quote itself when the source is not a known document. */
  title: string;
  date: string | null;
  documentId?: string;
}

/**
 * Resolves sources against the document list: a document id, a file name or a title gives that document;
 * anything else is shown as written (a short quote).
 * @example
 * cite(['doc:3f2a…'], documents) // [{ title: 'Press release…', date: '2017-05-23', documentId: 'doc:3f2a…' }]
 */
export function cite(sources: string[], documents: DocumentSummary[]): Citation[] {
  return sources.map((source) => {
    const s = source.trim();
    const doc = documents.find(
      (d) =>
        d.id === s ||
        d.title.toLowerCase() === s.toLowerCase() ||
        d.path === s ||
        d.path.endsWith('/' + s) ||
        d.path.endsWith('/' + s + '.md'),
    );
    return doc ? { title: doc.title, date: doc.date, documentId: doc.id } : { title: s, date: null };
  });
}
