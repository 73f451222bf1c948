/** The keys outside forms: "?" for the list, "g" then a letter for a section. */
import { describe, expect, it } from 'vitest';
import { actionOfKey, SEQUENCE_MS, type KeyPress } from '../../../src/renderer/src/lib/shortcuts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inTextField: false,
  ...more,
});

describe('actionOfKey', () => {
  it('opens the list with "?"', () => {
    expect(actionOfKey(press('?'), null, 0)).toEqual({ kind: 'help' });
  });

  it('goes to a section with "g" and its letter, soon enough after', () => {
    expect(actionOfKey(press('g'), null, 1000)).toEqual({ kind: 'pending' });
    expect(actionOfKey(press('d'), 1000, 1400)).toEqual({
      kind: 'go',
      route: { page: 'dashboard' },
    });
    expect(actionOfKey(press('P'), 1000, 1400)).toEqual({ kind: 'go', route: { page: 'persons' } });
    expect(actionOfKey(press('s'), 1000, 1000 + SEQUENCE_MS)).toEqual({
      kind: 'go',
      route: { page: 'settings' },
    });
    // Too late, or without "g": nothing.
    expect(actionOfKey(press('d'), 1000, 1001 + SEQUENCE_MS)).toEqual({ kind: 'none' });
    expect(actionOfKey(press('d'), null, 1000)).toEqual({ kind: 'none' });
    expect(actionOfKey(press('x'), 1000, 1100)).toEqual({ kind: 'none' });
  });

  it('leaves typing and other modifiers alone', () => {
    expect(actionOfKey(press('?', { inTextField: true }), null, 0)).toEqual({ kind: 'none' });
    expect(actionOfKey(press('d', { inTextField: true }), 1000, 1100)).toEqual({ kind: 'none' });
    expect(actionOfKey(press('g', { ctrlKey: true }), null, 0)).toEqual({ kind: 'none' });
    expect(actionOfKey(press('d', { metaKey: true }), 1000, 1100)).toEqual({ kind: 'none' });
  });
});
