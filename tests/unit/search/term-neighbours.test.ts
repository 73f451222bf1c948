import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/main/search/edit-distance';
import { normalise } from '../../../src/main/search/normalise';
import { TermNeighbours } from '../../../src/main/search/term-neighbours';
import { mulberry32 } from '../../fixtures/seeded-random';

// Words as the index holds them: normalised forms of Kazakh and Russian names and of the
// words of court rulings, in both scripts.
const SOURCE = `
  Кушакбаев Кушакбаева Нұрлан Нурлан Жанболат Жанбулат Әбдіғали Абдигали Қасымбекова Қасымбеков
  Өмірзақ Омирзак Ұлықбек Улыкбек Үмітжан Умитжан Һакимов Іңкәр Айгерім Айгерим Ерлан Ерболат
  Бокаев Бокайев Елеусинов Еleusinov Мамай Мамаев Тлеубаева Тлеубаев Сейтқали Сейткали
  приговор приговора приговором постановление продление содержания стражей апелляция кассация
  ходатайство защитник адвокат следователь обвинение экстремизм разжигание розни ұрлық сот
  Kushakbaev Kushakbayev Zhanbolat Janbolat Yeleusinov Eleusinov Bokayev Tleubayeva Seitkali
  detention extension hearing verdict appeal lawyer statement evidence medical prison colony
`;

const VOCABULARY = [
  ...new Set(
    normalise(SOURCE)
      .split(' ')
      .filter((word) => word.length >= 4),
  ),
];

/** Built as the index builds it at open: sorted words packed in turns, duplicates dropped. */
async function loaded(words: readonly string[]): Promise<TermNeighbours> {
  const distinct = [...new Set(words)].filter((word) => word.length >= 4).sort();
  return TermNeighbours.build(distinct, () => Promise.resolve());
}

/** Every word within `maxEdits`, in the order `similar` promises, by trying them all. */
function bruteForce(words: readonly string[], term: string, maxEdits: number): string[] {
  return words
    .filter((word) => word !== term && editDistance(term, word) <= maxEdits)
    .sort(
      (a, b) =>
        editDistance(term, a) - editDistance(term, b) ||
        a.length - b.length ||
        (a < b ? -1 : a > b ? 1 : 0),
    );
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One insertion, deletion, substitution or swap of neighbours at a random place. */
function edit(word: string, random: () => number, allowSwap: boolean): string {
  const at = Math.floor(random() * word.length);
  const letter = LETTERS[Math.floor(random() * LETTERS.length)];
  switch (Math.floor(random() * (allowSwap ? 4 : 3))) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at);
    case 1:
      return word.length > 4 ? word.slice(0, at) + word.slice(at + 1) : word + letter;
    case 2:
      return word.slice(0, at) + letter + word.slice(at + 1);
    default:
      return at + 1 < word.length
        ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
        : word + letter;
  }
}

describe('TermNeighbours', () => {
  it('holds the vocabulary, sorted or not, once per word, and no word shorter than four letters', async () => {
    const neighbours = await loaded(VOCABULARY);
    expect(neighbours.size).toBe(VOCABULARY.length);
    expect(neighbours.has(normalise('Кушакбаев'))).toBe(true);
    expect(neighbours.has(normalise('Кушакбай'))).toBe(false);
    neighbours.add(normalise('Кушакбаев'));
    neighbours.add('sot');
    expect(neighbours.size).toBe(VOCABULARY.length);
    expect(neighbours.has('sot')).toBe(false);

    const unsorted = await TermNeighbours.build(['zhanbolat', 'aigerim', 'nurlan'], () =>
      Promise.resolve(),
    );
    expect(['zhanbolat', 'aigerim', 'nurlan'].every((word) => unsorted.has(word))).toBe(true);
    expect(unsorted.has('serik')).toBe(false);
  });

  it('finds a typo’d name in either script, whatever letter was lost or swapped', async () => {
    const neighbours = await loaded(VOCABULARY);
    const kushakbaev = normalise('Кушакбаев');
    expect(neighbours.similar(normalise('Kushakbeav'), 2)).toContain(kushakbaev);
    expect(neighbours.similar(normalise('Кушакбев'), 1)).toContain(kushakbaev);
    expect(neighbours.similar(normalise('Kuschakbaev'), 2)).toContain(kushakbaev);
    expect(neighbours.similar(normalise('приговр'), 1)).toContain(normalise('приговор'));
    expect(neighbours.similar(normalise('Қасымбеко'), 1)).toContain(normalise('Қасымбеков'));
  });

  it('answers exactly what trying every word answers, for one edit (2,000 typos)', async () => {
    const neighbours = await loaded(VOCABULARY);
    const random = mulberry32(20261129);
    for (let round = 0; round < 2_000; round += 1) {
      const word = VOCABULARY[Math.floor(random() * VOCABULARY.length)];
      const typo = edit(word, random, true);
      expect(neighbours.similar(typo, 1, Infinity), `${word} → ${typo}`).toEqual(
        bruteForce(VOCABULARY, typo, 1),
      );
    }
  });

  it('finds every word two edits away in words of nine letters or more (1,000 typos)', async () => {
    // The trigram count lets two swaps in one word slip (eight trigrams lost, seven allowed
    // for): generated here are two insertions, deletions or substitutions, and one swap.
    const long = VOCABULARY.filter((word) => word.length >= 9);
    expect(long.length).toBeGreaterThan(10);
    const neighbours = await loaded(VOCABULARY);
    const random = mulberry32(7);
    for (let round = 0; round < 1_000; round += 1) {
      const word = long[Math.floor(random() * long.length)];
      const typo = edit(edit(word, random, false), random, round % 2 === 0);
      if (typo.length < 9) continue;
      expect(neighbours.similar(typo, 2, Infinity), `${word} → ${typo}`).toEqual(
        bruteForce(VOCABULARY, typo, 2),
      );
    }
  });

  it('puts the nearest first and stops at the limit', async () => {
    const neighbours = await loaded(['kasymbekov', 'kasymbekova', 'kasimbekov', 'kasymbek']);
    // kasymbekov is one edit away; the other three are two, and the shortest comes first.
    expect(neighbours.similar('kasymbekof', 2, 2)).toEqual(['kasymbekov', 'kasymbek']);
  });

  it('learns words added after loading', async () => {
    const neighbours = await loaded(VOCABULARY);
    const newcomer = normalise('Төлеужанова');
    expect(neighbours.similar(normalise('Толеужанва'), 2)).not.toContain(newcomer);
    neighbours.add(newcomer);
    expect(neighbours.similar(normalise('Толеужанва'), 2)).toContain(newcomer);
  });
});

describe('editDistance', () => {
  it('gives up past its bound with bound + 1', () => {
    expect(editDistance('kushakbaev', 'tleubaeva', 2)).toBe(3);
    expect(editDistance('kushakbaev', 'tleubaeva')).toBeGreaterThan(3);
    expect(editDistance('kushakbaev', 'kushakbeav', 1)).toBe(1);
  });

  it('handles words longer than its kept rows', () => {
    const long = 'а'.repeat(70);
    expect(editDistance(long, `${long}б`)).toBe(1);
    expect(editDistance(`${long}бв`, `${long}вб`, 2)).toBe(1);
  });
});
