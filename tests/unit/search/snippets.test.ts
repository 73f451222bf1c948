import { describe, expect, it } from 'vitest';
import { wordKeys } from '../../../src/main/search/normalise';
import { makeSnippet, type QueryKeys } from '../../../src/main/search/snippets';

const keysOf = (...words: string[]): QueryKeys => ({
  exact: new Set(words.flatMap((word) => wordKeys(word.toLowerCase()))),
  prefixes: [],
});

const FILLER = 'Суд рассмотрел ходатайство защиты и отложил заседание на две недели. ';

describe('makeSnippet', () => {
  it('highlights a Cyrillic word matched by its Latin spelling, deep in a long text', () => {
    const text = `${FILLER.repeat(800)}Адвокат Кушакбаева подала апелляцию. ${FILLER.repeat(10)}`;
    const snippet = makeSnippet(text, keysOf('Kushakbaev'));
    expect(snippet.text.startsWith('… ')).toBe(true);
    expect(snippet.highlights).toHaveLength(1);
    const [start, end] = snippet.highlights[0];
    expect(snippet.text.slice(start, end)).toBe('Кушакбаева');
    expect(snippet.text.length).toBeLessThanOrEqual(230);
  });

  it('shows the window with the most matches near the first one', () => {
    const text =
      'Нұрлан wrote from the colony. ' +
      FILLER.repeat(3) +
      'Letters to Нұрлан and Нурлан arrive late; Нұрлан asks for books. ' +
      FILLER.repeat(400);
    const snippet = makeSnippet(text, keysOf('Nurlan'));
    expect(snippet.highlights).toHaveLength(3);
  });

  it('returns the opening words, unhighlighted, when nothing matches', () => {
    const snippet = makeSnippet(FILLER.repeat(20), keysOf('Zhanbolat'));
    expect(snippet.highlights).toEqual([]);
    expect(snippet.text.startsWith('Суд рассмотрел')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
  });
});
