/** The theme shown for a choice, and the choice kept in storage. */
import { describe, expect, it } from 'vitest';
import { storedTheme, storeTheme, THEME_KEY, themeOf } from '../../../src/renderer/src/lib/theme';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('themeOf', () => {
  it('follows the system only while the choice is "system"', () => {
    expect(themeOf('system', true)).toBe('dark');
    expect(themeOf('system', false)).toBe('light');
    expect(themeOf('light', true)).toBe('light');
    expect(themeOf('dark', false)).toBe('dark');
  });
});

describe('the kept choice', () => {
  it('is read back as it was stored', () => {
    const storage = memoryStorage();
    expect(storedTheme(storage)).toBe('system');
    storeTheme(storage, 'dark');
    expect(storage.values.get(THEME_KEY)).toBe('dark');
    expect(storedTheme(storage)).toBe('dark');
  });

  it('falls back to the system on a value it does not know or refused storage', () => {
    expect(storedTheme(memoryStorage({ [THEME_KEY]: 'тёмная' }))).toBe('system');
    const refusing = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(storedTheme(refusing)).toBe('system');
    expect(() => storeTheme(refusing, 'light')).not.toThrow();
  });
});
