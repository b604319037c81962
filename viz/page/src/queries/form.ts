/**
 * The form of one saved query, generated from its parameter schema: a field per parameter (number, date,
 * checkbox, select, or text with entity suggestions from the search API), with its description and an
 * inline error slot. `read()` returns the field texts for `coerceForm`.
 */
import type { QueryInfo, QueryParamInfo } from '../../../api/schema.ts';
import type { App } from '../app/index.ts';
import { h } from '../app/dom.ts';
import { defaultText, fieldKind } from './params.ts';

export interface QueryForm {
  element: HTMLFormElement;
  read(): Record<string, string>;
  /** Puts values into the fields (e.g. from a URL or a storyboard step). */
  fill(values: Record<string, unknown>): void;
  showErrors(errors: Record<string, string>): void;
}

let uid = 0;

function entitySuggestions(app: App, input: HTMLInputElement, list: HTMLDataListElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2 || q === asked) return;
    timer = setTimeout(() => {
      asked = q;
      app.api
        .search({ q, limit: 8 })
        .then(({ results }) => {
          list.replaceChildren(
            ...results.map((r) => h('option', { value: r.name }, `${r.type}: ${r.matched}`)),
          );
        })
        .catch(() => list.replaceChildren());
    }, 150);
  });
}

function field(
  app: App,
  param: QueryParamInfo,
  id: string,
): { row: HTMLElement; input: HTMLInputElement | HTMLSelectElement } {
  const kind = fieldKind(param);
  const hint = `${id}-hint`;
  const common = {
    id,
    name: param.name,
    'aria-describedby': hint,
    required: param.required && param.default === undefined,
  };
  let input: HTMLInputElement | HTMLSelectElement;
  let extra: HTMLElement | null = null;
  if (kind === 'select') {
    input = h(
      'select',
      common,
      (param.values ?? []).map((v) => h('option', { value: v }, v)),
    );
    input.value = defaultText(param) || (param.values?.[0] ?? '');
  } else if (kind === 'boolean') {
    input = h('input', { ...common, type: 'checkbox' });
    input.checked = param.default === true;
  } else {
    const type = kind === 'integer' || kind === 'number' ? 'number' : 'text';
    input = h('input', {
      ...common,
      type,
      step: kind === 'integer' ? 1 : kind === 'number' ? 'any' : null,
      min: param.min,
      max: param.max,
      placeholder: kind === 'entity' ? 'name or alias' : kind === 'date' ? 'YYYY-MM-DD' : null,
      autocomplete: 'off',
      value: defaultText(param),
    });
    if (kind === 'entity') {
      const list = h('datalist', { id: `${id}-list` });
      input.setAttribute('list', list.id);
      entitySuggestions(app, input as HTMLInputElement, list);
      extra = list;
    }
  }
  const row = h(
    'div',
    { class: 'q-field', 'data-param': param.name },
    h('label', { for: id }, param.name, h('span', { class: 'q-type' }, ` ${param.type}`)),
    input,
    extra,
    h('div', { id: hint, class: 'q-hint' }, param.description),
    h('div', { class: 'q-error', role: 'alert' }),
  );
  return { row, input };
}

/** Builds the form; `onRun` is called on submit (Enter or the Run button). */
export function buildForm(app: App, query: QueryInfo, onRun: () => void): QueryForm {
  const prefix = `qf${++uid}`;
  const fields = query.params.map((param, i) => ({ param, ...field(app, param, `${prefix}-${i}`) }));
  const run = h('button', { type: 'submit', class: 'btn primary q-run' }, 'Run');
  const element = h(
    'form',
    { class: 'q-form', 'aria-label': `Parameters of ${query.title}`, novalidate: true },
    fields.map((f) => f.row),
    query.params.length === 0 ? h('p', { class: 'q-hint' }, 'No parameters.') : null,
    run,
  );
  element.addEventListener('submit', (e) => {
    e.preventDefault();
    onRun();
  });
  const text = (input: HTMLInputElement | HTMLSelectElement) =>
    input instanceof HTMLInputElement && input.type === 'checkbox' ? String(input.checked) : input.value;
  return {
    element,
    read: () => Object.fromEntries(fields.map((f) => [f.param.name, text(f.input)])),
    fill(values) {
      for (const f of fields) {
        const v = values[f.param.name];
        if (v === undefined) continue;
        if (f.input instanceof HTMLInputElement && f.input.type === 'checkbox') f.input.checked = v === true;
        else f.input.value = typeof v === 'string' ? v : JSON.stringify(v);
      }
    },
    showErrors(errors) {
      for (const f of fields) {
        const slot = f.row.querySelector('.q-error');
        if (slot) slot.textContent = errors[f.param.name] ?? '';
        f.input.setAttribute('aria-invalid', String(errors[f.param.name] !== undefined));
      }
    },
  };
}
