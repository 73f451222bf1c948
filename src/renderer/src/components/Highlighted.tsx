/** A search snippet with the words that matched marked. */
import type { SearchHit } from '../../../shared/api';

export function Highlighted(props: {
  readonly text: string;
  readonly ranges: SearchHit['highlights'];
}) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  const ranges = [...props.ranges]
    .map(([start, end]) => [Math.max(0, start), Math.min(props.text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  for (const [start, end] of ranges) {
    if (start < at) continue;
    if (start > at) parts.push({ text: props.text.slice(at, start), marked: false });
    parts.push({ text: props.text.slice(start, end), marked: true });
    at = end;
  }
  if (at < props.text.length) parts.push({ text: props.text.slice(at), marked: false });
  return (
    <>
      {parts.map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
