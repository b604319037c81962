/**
 * The shareable view state and its URL form. Everything a person needs to reopen the same view — the
 * selection, the saved query or Cypher with its parameters, the filters, the camera, the mode and the
 * storyboard step — lives in the URL hash as readable `key=value` pairs, e.g.
 * `#n=org:r3d&q=surveillance_chain&p={"entity":"Pegasus"}&cam=0.5,0.5,1,0&mode=presentation`.
 * Decoding never throws: a damaged part is dropped and reported, the rest still applies.
 */
import { z } from 'zod';
import { Camera, Filters, Params } from '../../../api/schema.ts';

export const ViewMode = z.enum(['explore', 'presentation']);
export type ViewMode = z.infer<typeof ViewMode>;

export const ViewState = z.object({
  /** The selected node or edge (its details panel is open). */
  selection: z
    .object({ kind: z.enum(['node', 'edge']), id: z.string().min(1) })
    .nullable()
    .default(null),
  /** A saved query with its parameters. */
  query: z.object({ name: z.string().min(1), params: Params.default({}) }).optional(),
  /** Console Cypher (with `params` as its parameters) when no saved query is set. */
  cypher: z.string().optional(),
  params: Params.optional(),
  filters: Filters.optional(),
  camera: Camera.optional(),
  mode: ViewMode.default('explore'),
  storyboard: z.string().optional(),
  step: z.number().int().nonnegative().optional(),
});
export type ViewState = z.infer<typeof ViewState>;

/** Rounds camera numbers so links stay short (a 1e-4 graph unit is below a pixel). */
function num(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

/**
 * Writes a view state as a URL hash (without the leading `#`); empty parts are left out.
 * @example
 * encodeViewState({ selection: { kind: 'node', id: 'org:r3d' }, mode: 'explore' }) // 'n=org%3Ar3d'
 */
export function encodeViewState(state: Partial<ViewState>): string {
  const out = new URLSearchParams();
  if (state.selection) out.set(state.selection.kind === 'node' ? 'n' : 'e', state.selection.id);
  if (state.query) {
    out.set('q', state.query.name);
    if (Object.keys(state.query.params).length > 0) out.set('p', JSON.stringify(state.query.params));
  } else if (state.cypher) {
    out.set('cypher', state.cypher);
    if (state.params && Object.keys(state.params).length > 0) out.set('p', JSON.stringify(state.params));
  }
  if (state.filters && Object.keys(state.filters).length > 0) out.set('f', JSON.stringify(state.filters));
  const c = state.camera;
  if (c) out.set('cam', [c.x, c.y, c.ratio, c.angle].map(num).join(','));
  if (state.mode === 'presentation') out.set('mode', 'presentation');
  if (state.storyboard) {
    out.set('sb', state.storyboard);
    if (state.step !== undefined) out.set('step', String(state.step + 1));
  }
  return out.toString();
}

export interface DecodedViewState {
  state: ViewState;
  /** Parts of the URL that could not be read, e.g. `cam: expected four numbers`. */
  problems: string[];
}

function parseJson<T>(raw: string, schema: z.ZodType<T>, key: string, problems: string[]): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    problems.push(`${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  } catch {
    problems.push(`${key}: not valid JSON`);
  }
  return undefined;
}

/**
 * Reads a view state from a URL hash (with or without `#`). Never throws.
 * @example
 * decodeViewState(location.hash).state.selection // { kind: 'node', id: 'org:r3d' }
 */
export function decodeViewState(hash: string): DecodedViewState {
  const input = new URLSearchParams(hash.replace(/^#/, ''));
  const problems: string[] = [];
  const state: ViewState = { selection: null, mode: 'explore' };
  const node = input.get('n');
  const edge = input.get('e');
  if (node) state.selection = { kind: 'node', id: node };
  else if (edge) state.selection = { kind: 'edge', id: edge };
  const rawParams = input.get('p');
  const params = rawParams === null ? {} : (parseJson(rawParams, Params, 'p', problems) ?? {});
  const q = input.get('q');
  const cypher = input.get('cypher');
  if (q) state.query = { name: q, params };
  else if (cypher) {
    state.cypher = cypher;
    state.params = params;
  }
  const f = input.get('f');
  if (f !== null) {
    const filters = parseJson(f, Filters, 'f', problems);
    if (filters) state.filters = filters;
  }
  const cam = input.get('cam');
  if (cam !== null) {
    const parts = cam.split(',').map(Number);
    const camera = Camera.safeParse({ x: parts[0], y: parts[1], ratio: parts[2], angle: parts[3] });
    if (parts.length === 4 && camera.success) state.camera = camera.data;
    else problems.push('cam: expected four numbers x,y,ratio,angle with ratio > 0');
  }
  const mode = input.get('mode');
  if (mode !== null) {
    const parsed = ViewMode.safeParse(mode);
    if (parsed.success) state.mode = parsed.data;
    else problems.push(`mode: expected explore or presentation, got ${mode}`);
  }
  const sb = input.get('sb');
  if (sb) {
    state.storyboard = sb;
    const step = Number(input.get('step') ?? '1');
    if (Number.isInteger(step) && step >= 1) state.step = step - 1;
    else problems.push('step: expected a step number from 1');
  }
  return { state, problems };
}
