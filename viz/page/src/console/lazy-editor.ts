/**
 * The console's editor, loaded on demand. CodeMirror with the Cypher language (ANTLR grammar included) is
 * more than half of the page's JavaScript; nobody types Cypher before the network has been drawn, so it is
 * a separate chunk, fetched when the console tab is opened or when the page is idle after the first frame,
 * whichever comes first. Until then the editor keeps what it was given (`setValue`) and answers with it
 * (`value`), so running a query from the URL or the history works at any moment.
 */
import type { CypherEditor } from './editor-api.ts';

/** Where the editor goes (an element; only its attributes are touched before the editor loads). */
export interface EditorHost {
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/** Loads the editor module (`() => import('./editor.ts')` in the page). */
export type LoadEditor<H extends EditorHost> = () => Promise<{
  createEditor(parent: H, initial: string, onRun: () => void): CypherEditor;
}>;

/** What may trigger loading: a promise that resolves when the editor is wanted. */
export type EditorWanted = Promise<unknown>;

/**
 * @example
 * const editor = createLazyEditor(box, 'RETURN 1', run, wanted, () => import('./editor.ts'), report);
 */
export function createLazyEditor<H extends EditorHost>(
  parent: H,
  initial: string,
  onRun: () => void,
  wanted: EditorWanted,
  load: LoadEditor<H>,
  onError: (error: unknown) => void,
): CypherEditor {
  let text = initial;
  let real: CypherEditor | null = null;
  let focusWhenReady = false;
  parent.setAttribute('aria-busy', 'true');
  void wanted
    .then(load)
    .then(({ createEditor }) => {
      real = createEditor(parent, text, onRun);
      parent.removeAttribute('aria-busy');
      if (focusWhenReady) real.focus();
    })
    .catch(onError);
  return {
    value: () => real?.value() ?? text,
    setValue(next) {
      if (real) real.setValue(next);
      else text = next;
    },
    focus() {
      if (real) real.focus();
      else focusWhenReady = true;
    },
    markError(position, message) {
      real?.markError(position, message);
    },
    clearError() {
      real?.clearError();
    },
  };
}
