import { describe, expect, it, vi } from 'vitest';
import { createLazyEditor } from '../../../../../viz/page/src/console/lazy-editor.ts';

const box = () => {
  const attributes = new Map<string, string>();
  return {
    attributes,
    setAttribute: (k: string, v: string) => void attributes.set(k, v),
    removeAttribute: (k: string) => void attributes.delete(k),
  };
};

/** A loader the tests never reach (the editor is not wanted yet, or wanting it failed). */
const never = () => Promise.reject(new Error('not loaded in this test'));

describe('createLazyEditor', () => {
  it('keeps and answers the text it is given until the editor is wanted', () => {
    const parent = box();
    const editor = createLazyEditor(
      parent,
      'MATCH (n) RETURN n',
      () => undefined,
      new Promise(() => {}),
      never,
      () => {},
    );
    expect(parent.attributes.get('aria-busy')).toBe('true');
    expect(editor.value()).toBe('MATCH (n) RETURN n');
    editor.setValue('RETURN 1');
    expect(editor.value()).toBe('RETURN 1');
    expect(() => editor.markError({ line: 1, column: 1 }, 'x')).not.toThrow();
    expect(() => editor.clearError()).not.toThrow();
  });

  it('reports a failure to load instead of swallowing it', async () => {
    const onError = vi.fn();
    const failure = new Error('chunk failed');
    createLazyEditor(box(), '', () => undefined, Promise.reject(failure), never, onError);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
  });
});
