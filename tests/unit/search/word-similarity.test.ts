import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/main/search/edit-distance';
import { wordSimilarity } from '../../../src/main/search/word-similarity';
import { NameIndex } from '../../../src/main/search/name-index';
import { searchableOf } from '../../../src/main/search/searchable-fields';
import { wordKeys, words } from '../../../src/main/search/normalise';

const keysOf = (text: string) => words(text).map((word) => wordKeys(word)[0]);

describe('editDistance', () => {
  it.each([
    ['kushakbaev', 'kushakbaev', 0],
    ['kushakbaev', 'kushakbeav', 1], // two neighbours swapped
    ['kushakbaev', 'kushakbav', 1],
    ['kushakbaev', 'kuzhakbaev', 1],
    ['', 'abc', 3],
    ['nurlan', 'nurzhan', 2],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('wordSimilarity', () => {
  it('gives an exact surname with a typo in the given name more than typos in both', () => {
    const query = keysOf('Nurlan Kushakbaev');
    const surnameExact = wordSimilarity(query, keysOf('Nurzhan Kushakbaev'));
    const bothNear = wordSimilarity(query, keysOf('Nurlam Kushakbaiev'));
    expect(surnameExact).toBeGreaterThan(0.8);
    expect(wordSimilarity(query, keysOf('Kushakbaev Nurlan'))).toBe(1);
    expect(bothNear).toBeLessThan(1);
    expect(wordSimilarity([], keysOf('Nurlan'))).toBe(0);
  });
});

describe('fuzzy names ranked word by word', () => {
  it('breaks the ties of fuse.js by edit distance per word', () => {
    const index = new NameIndex();
    // fuse.js scores "Nurlan Kushakbeav" alike against both names (0.77): the swap of two
    // letters is one edit from Kushakbaev, two from Kushakbay.
    const people = [
      ['per_near', 'Нұрлан Кушакбай', 'Nurlan Kushakbay'],
      ['per_meant', 'Нұрлан Кушакбаев', 'Nurlan Kushakbaev'],
    ] as const;
    for (const [id, nativeName, name] of people) {
      index.put(
        searchableOf('person', {
          id,
          name,
          nativeName,
          aliases: [],
          tags: [],
          sharing: 'team',
          createdAt: '2024-01-01T00:00:00.000Z',
          updatedAt: '2024-01-01T00:00:00.000Z',
        } as never),
      );
    }
    const found = index.search('Nurlan Kushakbeav', 2);
    expect(found.map((match) => match.id)).toEqual(['per_meant', 'per_near']);
    expect(found[0].score).toBeGreaterThan(found[1].score);
  });
});
