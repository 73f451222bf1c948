/**
 * The arithmetic of a windowed list with rows of one fixed height: which rows a scroll
 * offset shows, where to scroll so that a row is seen, and where the keyboard moves the
 * active row. Pure, so that it is tested without a browser.
 */

export interface Viewport {
  /** How far the list is scrolled, in pixels. */
  readonly scrollTop: number;
  /** The height of the visible part of the list, in pixels. */
  readonly height: number;
  readonly rowHeight: number;
}

/** Rows `start` (included) to `end` (excluded). */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The rows to render: those at least partly visible, plus `overscan` rows above and below,
 * so that a fast scroll does not show blank space before React catches up.
 */
export function visibleRows(viewport: Viewport, count: number, overscan = 0): RowRange {
  const { rowHeight, height } = viewport;
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const scrollTop = clamp(viewport.scrollTop, 0, Math.max(0, count * rowHeight - height));
  const first = Math.floor(scrollTop / rowHeight);
  const last = Math.ceil((scrollTop + Math.max(0, height)) / rowHeight);
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(count, Math.max(last, first + 1) + overscan),
  };
}

/** The height of all rows together: what the scrollbar measures. */
export function totalHeight(count: number, rowHeight: number): number {
  return Math.max(0, count) * rowHeight;
}

/** Where row `index` starts, from the top of the list. */
export function rowTop(index: number, rowHeight: number): number {
  return index * rowHeight;
}

/** The scroll offset that shows row `index` whole, moving as little as possible. */
export function scrollToReveal(index: number, viewport: Viewport): number {
  const top = rowTop(index, viewport.rowHeight);
  const bottom = top + viewport.rowHeight;
  if (top < viewport.scrollTop) return top;
  if (bottom > viewport.scrollTop + viewport.height) return Math.max(0, bottom - viewport.height);
  return viewport.scrollTop;
}

/** How many whole rows fit in the viewport: the step of Page Up and Page Down. */
export function rowsPerPage(viewport: Pick<Viewport, 'height' | 'rowHeight'>): number {
  if (viewport.rowHeight <= 0) return 1;
  return Math.max(1, Math.floor(viewport.height / viewport.rowHeight));
}

/**
 * Where a key moves the active row of a list of `count` rows (-1: none yet), or null when
 * the key is not one the list handles. The list does not wrap: a long list is read in order.
 */
export function nextActive(
  key: string,
  active: number,
  count: number,
  pageSize: number,
): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const from = active < 0 ? -1 : Math.min(active, last);
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, from + 1);
    case 'ArrowUp':
      return from < 0 ? 0 : Math.max(0, from - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, Math.max(0, from) + Math.max(1, pageSize));
    case 'PageUp':
      return Math.max(0, from - Math.max(1, pageSize));
    default:
      return null;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
