import { describe, expect, it } from 'vitest';
import { neighbourTurn, shortcutFor } from './shortcut-keys';

const press = (key: string, target: unknown = null, mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) =>
  shortcutFor({ key, ctrlKey: false, altKey: false, metaKey: false, ...mods, target: target as EventTarget | null });

describe('shortcutFor', () => {
  it.each([
    ['j', 'nextTurn'],
    ['n', 'nextTurn'],
    ['k', 'previousTurn'],
    ['p', 'previousTurn'],
    ['a', 'annotate'],
    ['?', 'help'],
    ['x', null],
  ])('%s → %s', (key, action) => {
    expect(press(key)).toBe(action);
  });

  it('ignores keys typed into fields and editors, and chords with modifiers', () => {
    const field = { closest: (selector: string) => (selector.includes('input') ? {} : null) };
    expect(press('j', field)).toBeNull();
    expect(press('j', { isContentEditable: true })).toBeNull();
    expect(press('j', null, { ctrlKey: true })).toBeNull();
    expect(press('a', null, { metaKey: true })).toBeNull();
  });
});

describe('neighbourTurn', () => {
  it('steps through the shown turns and stops at the ends', () => {
    expect(neighbourTurn([2, 5, 9], 5, 1)).toBe(9);
    expect(neighbourTurn([2, 5, 9], 9, 1)).toBe(9);
    expect(neighbourTurn([2, 5, 9], 2, -1)).toBe(2);
    expect(neighbourTurn([2, 5, 9], null, 1)).toBe(2);
    expect(neighbourTurn([2, 5, 9], null, -1)).toBe(9);
    expect(neighbourTurn([], 1, 1)).toBeNull();
  });
});
