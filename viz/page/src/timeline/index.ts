/**
 * Timeline feature: a horizontal SVG strip of dated events (upper lane), query rows (middle) and source
 * documents (lower lane) over a month/year axis. Dragging across the strip brushes a date range into
 * `state.filters` (dateFrom/dateTo), which filters the network; a click on empty space clears it. Clicking an
 * event selects it, clicking a document opens it. Items are focusable buttons (Enter activates).
 */
import { h } from '../app/dom.ts';
import type { App } from '../app/index.ts';
import { typeColor } from '../network/reducers.ts';
import { graphItems, rowItems, type TimelineItem } from './items.ts';
import { linearScale, paddedDomain, ticks, toIsoDay, toTime, type Scale } from './scale.ts';
import { svg } from './svg.ts';

const MARGIN = { left: 16, right: 16 };

/**
 * @example
 * mountTimeline(app); // draws into app.panels.timeline
 */
export function mountTimeline(app: App): void {
  const box = app.panels.timeline;
  const clearRows = h(
    'button',
    { type: 'button', class: 'btn small timeline-clear', hidden: true },
    'Clear query rows',
  );
  const clearRange = h(
    'button',
    { type: 'button', class: 'btn small timeline-clear-range', hidden: true },
    'Clear dates',
  );
  const holder = h('div', { class: 'timeline-svg' });
  box.replaceChildren(holder, h('div', { class: 'timeline-actions' }, clearRange, clearRows));
  let rows: TimelineItem[] = [];
  clearRows.addEventListener('click', () => ((rows = []), render()));
  clearRange.addEventListener('click', () => setRange(null));

  const setRange = (range: [string, string] | null) =>
    app.state.set((s) => {
      const { dateFrom: _f, dateTo: _t, ...rest } = s.filters;
      return { ...s, filters: range ? { ...rest, dateFrom: range[0], dateTo: range[1] } : rest };
    });

  function render(): void {
    const width = holder.clientWidth;
    const height = holder.clientHeight;
    if (width < 50 || height < 40) return;
    const items = [...graphItems(app.graph, app.documents.values()), ...rows];
    const domain = paddedDomain(items.map((i) => i.time));
    clearRows.hidden = rows.length === 0;
    if (!domain) {
      holder.replaceChildren(h('p', { class: 'muted timeline-empty' }, 'No dated events or documents yet.'));
      return;
    }
    const x = linearScale(domain, [MARGIN.left, width - MARGIN.right]);
    const axisY = height - 18;
    const lanes = { event: 22, query: Math.round(axisY * 0.5), document: axisY - 14 };
    const root = svg('svg', {
      width,
      height,
      role: 'group',
      'aria-label': 'Timeline: drag to filter by dates',
    });
    root.append(svg('rect', { class: 'tl-bg', x: 0, y: 0, width, height }));
    root.append(brushLayer(x, height));
    root.append(
      svg('line', { class: 'tl-axis', x1: MARGIN.left, x2: width - MARGIN.right, y1: axisY, y2: axisY }),
    );
    for (const tick of ticks(x.domain, Math.floor(width / 70))) {
      const tx = x(tick.time);
      root.append(
        svg('line', {
          class: tick.major ? 'tl-tick major' : 'tl-tick',
          x1: tx,
          x2: tx,
          y1: tick.major ? 4 : axisY - 4,
          y2: axisY + 4,
        }),
        svg(
          'text',
          { class: tick.major ? 'tl-label major' : 'tl-label', x: tx + 3, y: axisY + 14 },
          tick.label,
        ),
      );
    }
    const rightEdge: Record<string, number[]> = {};
    const marks: Record<string, number[]> = {};
    for (const item of items) (marks[item.lane] ??= []).push(x(item.time));
    for (const item of items) root.append(itemMark(item, x(item.time), lanes[item.lane], rightEdge, marks));
    holder.replaceChildren(root);
  }

  function brushLayer(x: Scale, height: number): SVGGElement {
    const g = svg('g', { class: 'tl-brush' });
    const f = app.state.get().filters;
    const from = f.dateFrom ? toTime(f.dateFrom) : null;
    const to = f.dateTo ? toTime(f.dateTo) : null;
    clearRange.hidden = from === null && to === null;
    if (from !== null || to !== null) {
      const x0 = from !== null ? x(from) : MARGIN.left;
      const x1 = to !== null ? x(to + 86_400_000) : holder.clientWidth - MARGIN.right;
      g.append(
        svg('rect', { class: 'tl-range', x: Math.min(x0, x1), y: 0, width: Math.abs(x1 - x0), height }),
      );
    }
    return g;
  }

  function itemMark(
    item: TimelineItem,
    cx: number,
    cy: number,
    rightEdge: Record<string, number[]>,
    marks: Record<string, number[]>,
  ): SVGGElement {
    const g = svg('g', {
      class: `tl-item ${item.lane}`,
      tabindex: 0,
      role: 'button',
      'aria-label': `${item.date}: ${item.label}`,
    });
    g.append(svg('title', {}, `${item.date} · ${item.label}`));
    if (item.lane === 'document') {
      g.append(svg('rect', { x: cx - 4, y: cy - 6, width: 8, height: 11, rx: 1.5, class: 'doc-mark' }));
    } else {
      const c = svg('circle', { cx, cy, r: 5.5 });
      c.style.fill = typeColor(item.type);
      g.append(c);
    }
    // labels in up to two rows: beside the mark when no other mark is in the way, else one row off
    const label = item.label.length > 38 ? item.label.slice(0, 36) + '…' : item.label;
    const w = label.length * 6.2;
    const flip = cx + 8 + w > holder.clientWidth - MARGIN.right; // near the right end: label on the left
    const lx = flip ? cx - 8 - w : cx + 8;
    const rowsUsed = (rightEdge[item.lane] ??= [-Infinity, -Infinity]);
    const blocked = marks[item.lane]?.some((m) => m !== cx && m + 6 > lx && m - 6 < lx + w) ?? false;
    const row = rowsUsed.findIndex((edge, r) => edge < lx && !(r === 0 && blocked));
    if (row >= 0) {
      rowsUsed[row] = lx + w + 8;
      const dy = item.lane === 'document' ? -10 - row * 12 : 4 + row * 14;
      g.append(svg('text', { x: lx, y: cy + dy, class: 'tl-item-label' }, label));
    }
    const activate = () => {
      if (item.lane === 'document' && item.id) app.openDocument(item.id);
      else if (item.id && app.graph.hasNode(item.id)) app.focus(item.id);
    };
    g.addEventListener('click', (e) => (e.stopPropagation(), activate()));
    g.addEventListener('pointerdown', (e) => e.stopPropagation());
    g.addEventListener(
      'keydown',
      (e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), activate()),
    );
    return g;
  }

  // brushing: drag across the strip to choose a date range
  let start: number | null = null;
  let live: SVGRectElement | null = null;
  holder.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    start = e.offsetX;
    holder.setPointerCapture(e.pointerId);
    live = svg('rect', { class: 'tl-range live', x: start, y: 0, width: 0, height: holder.clientHeight });
    holder.querySelector('svg')?.append(live);
  });
  holder.addEventListener('pointermove', (e) => {
    if (start === null || !live) return;
    live.setAttribute('x', String(Math.min(start, e.offsetX)));
    live.setAttribute('width', String(Math.abs(e.offsetX - start)));
  });
  holder.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const [a, b] = [Math.min(start, e.offsetX), Math.max(start, e.offsetX)];
    start = null;
    live?.remove();
    live = null;
    const width = holder.clientWidth;
    const items = [...graphItems(app.graph, app.documents.values()), ...rows];
    const domain = paddedDomain(items.map((i) => i.time));
    if (!domain) return;
    if (b - a < 4) return setRange(null);
    const x = linearScale(domain, [MARGIN.left, width - MARGIN.right]);
    setRange([toIsoDay(x.invert(a)), toIsoDay(x.invert(b))]);
  });

  app.on('timeline:rows', (r) => {
    rows = rowItems(r);
    render();
  });
  app.on('graph:changed', render);
  app.on('documents:loaded', render);
  app.state.subscribe((s, prev) => s.filters !== prev.filters && render());
  new ResizeObserver(() => render()).observe(holder);
}
