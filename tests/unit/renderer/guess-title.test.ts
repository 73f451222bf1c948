/** The title guessed for pasted text: its first line with words, shortened at a word. */
import { describe, expect, it } from 'vitest';
import { guessTitle } from '../../../src/renderer/src/lib/guess-title';

describe('guessTitle', () => {
  it('takes the first line with words, without Markdown marks or blank lines', () => {
    expect(guessTitle('\n\n  ---\n# Айгүл Нұрбекова: апелляция қабылданды\n\nМәтін.')).toBe(
      'Айгүл Нұрбекова: апелляция қабылданды',
    );
    expect(guessTitle('> Письмо из колонии   ЕЦ-166/5\nТекст')).toBe('Письмо из колонии ЕЦ-166/5');
  });

  it('cuts a long first line at a word and says so', () => {
    const line = 'Сот отырысы тағы да кейінге қалдырылды '.repeat(10);
    const title = guessTitle(line);
    expect(title.length).toBeLessThanOrEqual(201);
    expect(title.endsWith('…')).toBe(true);
    expect(line.startsWith(title.slice(0, -1))).toBe(true);
    expect(title.slice(0, -1)).toMatch(/[\p{L}]$/u);
  });

  it('finds no title in text without words', () => {
    expect(guessTitle('  \n---\n***')).toBe('');
  });
});
