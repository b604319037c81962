/**
 * What the console asks of its Cypher editor (editor.ts, CodeMirror), apart from the editor itself so the
 * on-demand wrapper (lazy-editor.ts) and its tests need neither CodeMirror nor a DOM.
 */
export interface CypherEditor {
  value(): string;
  setValue(text: string): void;
  focus(): void;
  /** Marks the error at `line`/`column` (1-based, as Neo4j reports them) and moves the cursor there. */
  markError(position: { line: number; column: number }, message: string): void;
  clearError(): void;
}
