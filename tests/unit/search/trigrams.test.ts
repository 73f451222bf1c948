import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/main/search/normalise';
import { trigramsInto, trigramsOf } from '../../../src/main/search/trigrams';

/** The padded trigrams as strings, the plain way, to check the numeric ones against. */
function reference(key: string): string[] {
  const padded = ` ${key} `;
  const grams: string[] = [];
  for (let at = 0; at + 3 <= padded.length; at += 1) {
    const gram = padded.slice(at, at + 3);
    if (!grams.includes(gram)) grams.push(gram);
  }
  return grams;
}

const KEYS = normalise(
  'Кушакбаев Нұрлан Әбдіғали Жанболат ЕЦ-166/5 Өскемен аааааа ab a Қасымбекова 2024',
).split(' ');

describe('trigrams', () => {
  it('one number per distinct padded trigram, in order, as many as the plain way finds', () => {
    for (const key of [...KEYS, '', 'x']) {
      expect(trigramsOf(key), key).toHaveLength(reference(key).length);
      expect(new Set(trigramsOf(key)).size).toBe(trigramsOf(key).length);
    }
    // Equal trigrams give equal numbers, wherever they stand.
    const [first] = trigramsOf('kushakbaev');
    expect(trigramsOf('kus')[0]).toBe(first);
  });

  it('writes into a buffer exactly what trigramsOf returns', () => {
    const out = new Int32Array(64);
    for (const key of KEYS) {
      const count = trigramsInto(key, out);
      expect(Array.from(out.subarray(0, count)), key).toEqual(trigramsOf(key));
    }
  });
});
