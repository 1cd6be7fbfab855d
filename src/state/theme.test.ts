import { afterEach, describe, expect, it } from 'vitest';
import { brokenStorage, memoryStorage } from '@/test/storage';
import { applyTheme, initTheme, readSavedTheme, themeActions } from './theme';

afterEach(() => {
  window.localStorage.clear();
  delete document.documentElement.dataset['theme'];
});

describe('theme preference', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    ['purple', 'system'],
    [undefined, 'system'],
  ])('reads a saved %s as %s', (saved, expected) => {
    const storage = memoryStorage(saved ? { 'btd.theme': saved } : {});
    expect(readSavedTheme(storage)).toBe(expected);
  });

  it('falls back to the system theme when storage throws', () => {
    expect(readSavedTheme(brokenStorage)).toBe('system');
  });

  it('sets data-theme for an explicit choice and removes it for the system one', () => {
    const root = document.documentElement;
    applyTheme(root, 'dark');
    expect(root.dataset['theme']).toBe('dark');
    applyTheme(root, 'system');
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('saves a choice and applies it again on the next visit', () => {
    themeActions.setTheme('light');
    expect(window.localStorage.getItem('btd.theme')).toBe('light');
    delete document.documentElement.dataset['theme'];
    initTheme();
    expect(document.documentElement.dataset['theme']).toBe('light');
  });
});
