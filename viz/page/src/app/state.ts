/**
 * The page's state: what is selected, hovered, highlighted and filtered, and the display mode.
 * Plain serialisable data (arrays, not Sets) so it can go into the URL or a storyboard step.
 * Drawing decisions are derived from it in the sigma reducers; nothing here is written into the graph.
 */
import type { Filters } from '../../../api/schema.ts';

/**
 * Network filters: the API's `Filters` shape (so they go into the URL and storyboards unchanged).
 * `types`/`relTypes` list what is SHOWN (absent = all); `documents` keeps edges backed by any of them;
 * `dateFrom`/`dateTo` keep dated events and edges whose documents fall in the range; `minDocuments` keeps
 * edges backed by at least that many documents.
 */
export type { Filters };

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

/** A part of the graph to bring forward (a query result, an expansion, a path, an ego network). */
export interface Highlight {
  nodes: string[];
  edges: string[];
  /** When true everything else is hidden (ego network), otherwise only dimmed. */
  isolate: boolean;
  /** What produced it, shown to the user (e.g. "Path from A to B"). */
  label: string;
}

export type Mode = 'explore' | 'presentation';

export interface AppState {
  selection: Selection;
  hovered: string | null;
  highlight: Highlight | null;
  filters: Filters;
  mode: Mode;
  /** Ends chosen for a shortest path. */
  pathEnds: { from: string | null; to: string | null };
  /** True while ForceAtlas2 runs. */
  layoutRunning: boolean;
}

export const EMPTY_FILTERS: Filters = {};

/** The state a fresh page starts from. */
export function initialState(): AppState {
  return {
    selection: null,
    hovered: null,
    highlight: null,
    filters: { ...EMPTY_FILTERS },
    mode: 'explore',
    pathEnds: { from: null, to: null },
    layoutRunning: false,
  };
}
