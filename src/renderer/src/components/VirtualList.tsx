/**
 * A listbox that renders only the rows in view (plus a few above and below), so that
 * thousands of rows scroll smoothly. Every row has the same height. The list itself takes
 * the keyboard focus and points at the active row with aria-activedescendant:
 * ↑ ↓ Home End Page Up/Down move, Enter opens. Rows say their place (aria-posinset,
 * aria-setsize), since most of them are not in the page.
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {
  nextActive,
  rowTop,
  rowsPerPage,
  scrollToReveal,
  totalHeight,
  visibleRows,
} from '../lib/windowing';

/** Used until the list has been measured (the first frame). */
const FALLBACK_HEIGHT = 600;
/** The list's top and bottom border, in pixels. */
const FRAME = 2;

export function VirtualList(props: {
  readonly id: string;
  readonly count: number;
  readonly rowHeight: number;
  readonly overscan?: number;
  /** The id of the element that names the list. */
  readonly labelledBy: string;
  readonly active: number;
  readonly onActiveChange: (index: number) => void;
  readonly onOpen: (index: number) => void;
  readonly renderRow: (index: number) => ReactNode;
  /** Called with the rows in the page (those in view and the overscan) when they change. */
  readonly onVisibleChange?: (start: number, end: number) => void;
  readonly className?: string;
}) {
  const { count, rowHeight, active, onActiveChange, onVisibleChange } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);
  const viewport = { scrollTop, height: height || FALLBACK_HEIGHT, rowHeight };
  const range = visibleRows(viewport, count, props.overscan ?? 6);
  const inView = visibleRows(viewport, count, 0);
  const optionId = (index: number) => `${props.id}-row-${index}`;

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => setHeight(box.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    onVisibleChange?.(range.start, range.end);
  }, [range.start, range.end, onVisibleChange]);

  /** Makes a row the active one and scrolls it into view. */
  function activate(index: number) {
    onActiveChange(index);
    const box = boxRef.current;
    if (!box) return;
    const target = scrollToReveal(index, {
      scrollTop: box.scrollTop,
      height: box.clientHeight || FALLBACK_HEIGHT,
      rowHeight,
    });
    if (target !== box.scrollTop) {
      box.scrollTop = target;
      setScrollTop(target);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter') {
      if (active >= 0 && active < count) {
        event.preventDefault();
        props.onOpen(active);
      }
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const page = rowsPerPage({ height: height || FALLBACK_HEIGHT, rowHeight });
    const next = nextActive(event.key, active, count, page);
    if (next === null) return;
    event.preventDefault();
    activate(next);
  }

  // The active row is always in the page, so that aria-activedescendant names an element
  // even after the wheel has scrolled it far away.
  const indexes: number[] = [];
  if (active >= 0 && active < count && (active < range.start || active >= range.end)) {
    indexes.push(active);
  }
  for (let index = range.start; index < range.end; index++) indexes.push(index);

  const rows = indexes.map((index) => (
    <div
      key={index}
      id={optionId(index)}
      role="option"
      aria-selected={index === active}
      aria-posinset={index + 1}
      aria-setsize={count}
      className="vlist-row"
      style={{ height: rowHeight, transform: `translateY(${rowTop(index, rowHeight)}px)` }}
      onMouseDown={(event) => {
        // Keep the focus on the list, where the keyboard works, rather than on the row.
        event.preventDefault();
        boxRef.current?.focus({ preventScroll: true });
      }}
      onClick={() => {
        onActiveChange(index);
        props.onOpen(index);
      }}
    >
      {props.renderRow(index)}
    </div>
  ));

  return (
    <div
      ref={boxRef}
      id={props.id}
      role="listbox"
      tabIndex={0}
      aria-labelledby={props.labelledBy}
      aria-activedescendant={active >= 0 && active < count ? optionId(active) : undefined}
      className={['vlist', props.className ?? ''].join(' ')}
      // As tall as its rows, up to the height the stylesheet allows (then it scrolls).
      style={{ height: totalHeight(count, rowHeight) + FRAME }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (active < 0 && count > 0) onActiveChange(Math.max(0, inView.start));
      }}
    >
      <div
        className="vlist-spacer"
        role="presentation"
        style={{ height: totalHeight(count, rowHeight) }}
      >
        {rows}
      </div>
    </div>
  );
}
