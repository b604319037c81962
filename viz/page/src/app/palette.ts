/**
 * Drawing constants of the page: the palette by entity type and the sizes and colours the sigma reducers use.
 * Part of the page configuration (re-exported by config.ts); kept free of `import.meta` so pure modules
 * and their Node unit tests can import it.
 */

/** Colours by entity type: a colour-blind-safe palette (Okabe–Ito) calm enough for long sessions. */
export const TYPE_COLORS: Readonly<Record<string, string>> = {
  Person: '#0072B2',
  Organization: '#E69F00',
  Place: '#009E73',
  Event: '#CC79A7',
  Technology: '#D55E00',
  Document: '#7F7F7F',
  SourceDocument: '#5C5C5C',
};
export const FALLBACK_COLOR = '#999999';

/** Drawing constants used by the sigma reducers. */
export const DRAWING = {
  background: '#f7f7f4',
  label: '#1f2328',
  edge: '#c9ccd1',
  edgeHighlight: '#4a4f57',
  dimmedNode: '#e3e4e6',
  dimmedEdge: '#eeeff1',
  selected: '#111111',
  pathEdge: '#b3261e',
  minNodeSize: 3,
  maxNodeSize: 16,
  labelSize: 12,
  presentationLabelSize: 20,
  presentationSizeScale: 1.4,
} as const;
