/** Both dictionaries hold the same words, Russian has its three plural forms, and the first language follows the browser. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/src/i18n/en';
import { formatDay, formatNumber, formatRelativeDays } from '../../../src/renderer/src/i18n/format';
import { languageOfPreferences, storedLanguage } from '../../../src/renderer/src/i18n/language';
import { ru } from '../../../src/renderer/src/i18n/ru';

function keysOf(dictionary: object, prefix = ''): string[] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

const PLURAL = /_(one|few|many|other)$/;
const base = (keys: string[]) => [...new Set(keys.map((key) => key.replace(PLURAL, '')))].sort();

describe('the dictionaries', () => {
  it('have the same keys in English and Russian', () => {
    expect(base(keysOf(ru))).toEqual(base(keysOf(en)));
  });

  it('give every Russian plural its one, few and many forms', () => {
    const russian = new Set(keysOf(ru));
    const plurals = keysOf(en).filter((key) => key.endsWith('_other'));
    expect(plurals.length).toBeGreaterThan(0);
    for (const key of plurals) {
      for (const form of ['one', 'few', 'many', 'other']) {
        expect(russian.has(key.replace(/_other$/, `_${form}`)), `${key} ${form}`).toBe(true);
      }
    }
  });

  it('keep the placeholders of each English string', () => {
    // A plural's count may be written in one language's form and not in another's.
    const placeholders = (text: string) =>
      [...text.matchAll(/{{(\w+)/g)]
        .map((match) => match[1])
        .filter((name) => name !== 'count')
        .sort();
    const flat = (dictionary: object) =>
      new Map(
        keysOf(dictionary).map((key) => [
          key,
          key
            .split('.')
            .reduce<unknown>(
              (node, part) => (node as Record<string, unknown>)[part],
              dictionary,
            ) as string,
        ]),
      );
    const russian = flat(ru);
    for (const [key, text] of flat(en)) {
      const other = russian.get(key) ?? russian.get(key.replace(/_other$/, '_many'));
      expect(placeholders(other ?? ''), key).toEqual(placeholders(text));
    }
  });
});

describe('the first language', () => {
  it.each<[string[], string]>([
    [['ru-RU', 'en'], 'ru'],
    [['kk-KZ'], 'ru'],
    [['en-GB', 'ru'], 'en'],
    [['de-DE', 'ru-RU'], 'ru'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferred, language) => {
    expect(languageOfPreferences(preferred)).toBe(language);
  });

  it('is the one chosen before, when it is one the interface has', () => {
    expect(storedLanguage({ getItem: () => 'ru' })).toBe('ru');
    expect(storedLanguage({ getItem: () => 'fr' })).toBeNull();
    expect(
      storedLanguage({
        getItem: () => {
          throw new Error('refused');
        },
      }),
    ).toBeNull();
  });
});

describe('formatting', () => {
  it('writes days, numbers and distances in days per language', () => {
    expect(formatDay('2024-03-14', 'en')).toBe('14 Mar 2024');
    expect(formatDay('2024-03-14', 'ru')).toBe('14 мар. 2024 г.');
    expect(formatDay('not a date', 'en')).toBe('not a date');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'ru')).toBe('12\u00a0345');
    expect(formatRelativeDays(1, 'en')).toBe('tomorrow');
    expect(formatRelativeDays(5, 'ru')).toBe('через 5 дней');
  });
});
