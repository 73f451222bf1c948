/**
 * The data of the results page: the search itself (the last answer stays on screen while
 * the next is on its way), the progress of the index while it is being built, and the
 * dates of the hits in view that the hit alone does not carry.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiOutput, SearchHit } from '../../../shared/api';
import { call } from '../api-client';
import { dateOfRecord, hitKey, needsDateLookup } from './search-targets';

export type SearchAnswer = ApiOutput<'search.query'>;
type Indexing = SearchAnswer['indexing'];

export interface SearchState {
  /** The answer to the current request, or to the previous one while `pending`. */
  readonly answer: SearchAnswer | null;
  /** The key of the request `answer` answers. */
  readonly answeredKey: string | null;
  readonly pending: boolean;
  readonly error: Error | null;
  readonly retry: () => void;
}

/** Runs `input` (null: nothing to search); a new key asks afresh, `retry` asks again. */
export function useSearch(key: string, input: ApiInput<'search.query'> | null): SearchState {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{
    key: string;
    attempt: number;
    answer: SearchAnswer | null;
    error: Error | null;
  } | null>(null);
  const inputRef = useRef(input);

  useEffect(() => {
    inputRef.current = input;
  });

  useEffect(() => {
    const request = inputRef.current;
    if (request === null) return;
    let live = true;
    call('search.query', request).then(
      (answer) => {
        if (live) setSettled({ key, attempt, answer, error: null });
      },
      (error: unknown) => {
        if (live) {
          setSettled((previous) => ({
            key,
            attempt,
            answer: previous?.answer ?? null,
            error: error instanceof Error ? error : new Error(String(error)),
          }));
        }
      },
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (input === null) {
    return { answer: null, answeredKey: null, pending: false, error: null, retry };
  }
  const current = settled !== null && settled.key === key && settled.attempt === attempt;
  return {
    answer: settled?.answer ?? null,
    answeredKey: settled?.error ? null : (settled?.key ?? null),
    pending: !current,
    error: current ? settled.error : null,
    retry,
  };
}

/**
 * While the index is being built: asks how far it has come every second, and calls
 * `onReady` once it is complete. Answers the latest progress (or null when not building).
 */
export function useIndexingProgress(
  building: Indexing | null,
  onReady: () => void,
): Indexing | null {
  const [progress, setProgress] = useState<Indexing | null>(null);
  const isBuilding = building?.state === 'building';

  useEffect(() => {
    if (!isBuilding) return;
    let live = true;
    let asking = false;
    const timer = window.setInterval(() => {
      if (asking) return;
      asking = true;
      call('search.status', {}).then(
        (status) => {
          asking = false;
          if (!live) return;
          if (status.state === 'ready') {
            live = false;
            window.clearInterval(timer);
            onReady();
          } else {
            setProgress(status);
          }
        },
        () => {
          asking = false;
        },
      );
    }, 1000);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [isBuilding, onReady]);

  if (!isBuilding) return null;
  return progress && progress.done >= (building?.done ?? 0) ? progress : building;
}

const LOOKUP_DELAY_MS = 150;

/**
 * The dates of articles, documents, cases and addresses among `hits[start, end)`: fetched
 * once each, after the scrolling has paused, and remembered. Key: `kind:id`; null: no date.
 */
export function useHitDates(
  hits: readonly SearchHit[],
  start: number,
  end: number,
): ReadonlyMap<string, string | null> {
  const [dates, setDates] = useState<ReadonlyMap<string, string | null>>(() => new Map());
  const asked = useRef(new Set<string>());

  useEffect(() => {
    const wanted = hits
      .slice(start, end)
      .filter((hit) => needsDateLookup(hit) && !asked.current.has(hitKey(hit)));
    if (wanted.length === 0) return;
    const timer = window.setTimeout(() => {
      for (const hit of wanted) {
        const key = hitKey(hit);
        if (asked.current.has(key)) continue;
        asked.current.add(key);
        fetchRecord(hit).then(
          (record) => {
            const date = record ? dateOfRecord(hit.kind, record) : undefined;
            setDates((previous) => new Map(previous).set(key, date ?? null));
          },
          () => setDates((previous) => new Map(previous).set(key, null)),
        );
      }
    }, LOOKUP_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [hits, start, end]);

  return dates;
}

async function fetchRecord(hit: SearchHit): Promise<Record<string, unknown> | null> {
  switch (hit.kind) {
    case 'article':
      return call('articles.get', { id: hit.id });
    case 'document':
      return call('documents.get', { id: hit.id });
    case 'case':
      return call('cases.get', { id: hit.id });
    case 'address':
      return call('addresses.get', { id: hit.id });
    default:
      return null;
  }
}
