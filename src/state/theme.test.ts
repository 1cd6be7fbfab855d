import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  HOSTILE_RUNS,
  hostileParameters,
  hostileStored,
} from '@/test/hostile-input';
import { brokenStorage, memoryStorage } from '@/test/storage';
import {
  applyTheme,
  initTheme,
  readSavedTheme,
  THEMES,
  themeActions,
} from './theme';

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

describe(`a hostile saved theme (${String(HOSTILE_RUNS)} runs)`, () => {
  it('reads as one of the themes, the saved one only when it is exactly one', () => {
    const nearMiss = fc.constantFrom(...THEMES, 'Light', ' dark', 'dark\n');
    fc.assert(
      fc.property(fc.oneof(hostileStored(), nearMiss), (raw) => {
        const theme = readSavedTheme(memoryStorage({ 'btd.theme': raw }));
        expect(THEMES).toContain(theme);
        expect(theme).toBe(
          (THEMES as readonly string[]).includes(raw) ? raw : 'system',
        );
      }),
      hostileParameters,
    );
  });
});
