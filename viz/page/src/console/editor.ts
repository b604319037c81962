/**
 * The Cypher editor: CodeMirror 6 with Neo4j's Cypher language support (`@neo4j-cypher/codemirror`:
 * highlighting, autocompletion, bracket matching), Ctrl/Cmd+Enter to run, and server errors marked at
 * their position with CodeMirror's lint diagnostics.
 */
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { setDiagnostics } from '@codemirror/lint';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { errorSpan } from './params.ts';

import type { CypherEditor } from './editor-api.ts';

export type { CypherEditor } from './editor-api.ts';

/**
 * Creates the editor in `parent`.
 * @example
 * const editor = createEditor(box, 'MATCH (n) RETURN n LIMIT 25', () => run());
 */
export function createEditor(parent: HTMLElement, initial: string, onRun: () => void): CypherEditor {
  const runKey = Prec.highest(
    keymap.of([
      {
        key: 'Mod-Enter',
        run: () => {
          api.setAutocompleteOpen(false);
          onRun();
          return true;
        },
      },
    ]),
  );
  const created: unknown = createCypherEditor(parent, {
    value: initial,
    autofocus: false,
    lineNumbers: true,
    lineWrapping: true,
    theme: 'light',
    tooltipAbsolute: true,
    preExtensions: [runKey],
  });
  // The package's typings say it returns the EditorApi; its code (1.0.3) returns `{ editor: EditorApi }`.
  const api = (
    typeof created === 'object' && created !== null && 'editor' in created ? created.editor : created
  ) as EditorApi;
  const view = api.codemirror;
  view.contentDOM.setAttribute('aria-label', 'Cypher query (Ctrl+Enter to run)');
  return {
    value: () => view.state.doc.toString(),
    setValue: (text) => api.setValue(text),
    focus: () => api.focus(),
    markError({ line, column }, message) {
      const doc = view.state.doc;
      const at = doc.line(Math.min(Math.max(1, line), doc.lines)).from + Math.max(0, column - 1);
      const { from, to } = errorSpan(doc.toString(), at);
      view.dispatch(setDiagnostics(view.state, [{ from, to, severity: 'error', message }]));
      view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
    },
    clearError() {
      view.dispatch(setDiagnostics(view.state, []));
    },
  };
}
