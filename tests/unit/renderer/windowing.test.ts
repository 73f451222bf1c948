/** The arithmetic of the windowed results list. */
import { describe, expect, it } from 'vitest';
import {
  nextActive,
  rowTop,
  rowsPerPage,
  scrollToReveal,
  totalHeight,
  visibleRows,
} from '../../../src/renderer/src/lib/windowing';

const ROW = 64;
const view = (scrollTop: number, height = 640) => ({ scrollTop, height, rowHeight: ROW });

describe('visibleRows', () => {
  it('shows the rows that fit at the top', () => {
    expect(visibleRows(view(0), 1500)).toEqual({ start: 0, end: 10 });
  });

  it('counts a row cut at either edge as visible', () => {
    // 100 px down: row 1 is cut at the top, row 11 at the bottom.
    expect(visibleRows(view(100), 1500)).toEqual({ start: 1, end: 12 });
  });

  it('adds the overscan on both sides, within the list', () => {
    expect(visibleRows(view(0), 1500, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRows(view(6400), 1500, 5)).toEqual({ start: 95, end: 115 });
  });

  it('ends at the last row when scrolled to the end', () => {
    const end = totalHeight(1500, ROW) - 640;
    expect(visibleRows(view(end), 1500)).toEqual({ start: 1490, end: 1500 });
    expect(visibleRows(view(end), 1500, 8)).toEqual({ start: 1482, end: 1500 });
  });

  it('keeps a scroll offset past the end (elastic scrolling) to the last rows', () => {
    expect(visibleRows(view(10_000_000), 1500)).toEqual({ start: 1490, end: 1500 });
    expect(visibleRows(view(-300), 1500)).toEqual({ start: 0, end: 10 });
  });

  it('shows everything of a list shorter than the viewport', () => {
    expect(visibleRows(view(0), 3, 10)).toEqual({ start: 0, end: 3 });
    expect(visibleRows(view(500), 3)).toEqual({ start: 0, end: 3 });
  });

  it('shows nothing of an empty list, and at least one row of an unmeasured one', () => {
    expect(visibleRows(view(0), 0)).toEqual({ start: 0, end: 0 });
    expect(visibleRows(view(0, 0), 10)).toEqual({ start: 0, end: 1 });
  });

  it('renders far fewer rows than thousands, wherever the list is scrolled', () => {
    for (const scrollTop of [0, 1234, 50_000, 95_360]) {
      const range = visibleRows(view(scrollTop), 1500, 8);
      expect(range.end - range.start).toBeLessThanOrEqual(11 + 16);
    }
  });
});

describe('placing and revealing rows', () => {
  it('puts row n at n row heights', () => {
    expect(rowTop(0, ROW)).toBe(0);
    expect(rowTop(1499, ROW)).toBe(95_936);
    expect(totalHeight(1500, ROW)).toBe(96_000);
    expect(totalHeight(-1, ROW)).toBe(0);
  });

  it('does not scroll for a row already in view', () => {
    expect(scrollToReveal(3, view(0))).toBe(0);
    expect(scrollToReveal(9, view(0))).toBe(0);
  });

  it('scrolls down just enough to show a row below', () => {
    expect(scrollToReveal(10, view(0))).toBe(11 * ROW - 640);
    expect(scrollToReveal(1499, view(0))).toBe(96_000 - 640);
  });

  it('scrolls up to a row above, putting it at the top', () => {
    expect(scrollToReveal(2, view(1000))).toBe(128);
    expect(scrollToReveal(0, view(1000))).toBe(0);
  });

  it('counts the whole rows of a page', () => {
    expect(rowsPerPage({ height: 640, rowHeight: ROW })).toBe(10);
    expect(rowsPerPage({ height: 700, rowHeight: ROW })).toBe(10);
    expect(rowsPerPage({ height: 20, rowHeight: ROW })).toBe(1);
  });
});

describe('nextActive', () => {
  it.each([
    ['ArrowDown', -1, 0],
    ['ArrowDown', 0, 1],
    ['ArrowDown', 1499, 1499],
    ['ArrowUp', -1, 0],
    ['ArrowUp', 5, 4],
    ['ArrowUp', 0, 0],
    ['Home', 700, 0],
    ['End', 3, 1499],
    ['PageDown', 0, 10],
    ['PageDown', 1495, 1499],
    ['PageDown', -1, 10],
    ['PageUp', 25, 15],
    ['PageUp', 4, 0],
  ])('%s from %i goes to %i', (key, from, to) => {
    expect(nextActive(key, from, 1500, 10)).toBe(to);
  });

  it('ignores other keys and empty lists', () => {
    expect(nextActive('a', 3, 1500, 10)).toBeNull();
    expect(nextActive('Enter', 3, 1500, 10)).toBeNull();
    expect(nextActive('ArrowDown', -1, 0, 10)).toBeNull();
  });

  it('brings an index beyond a shortened list back into it', () => {
    expect(nextActive('ArrowUp', 40, 10, 5)).toBe(8);
  });
});
