import { z } from 'zod/mini';
import { create } from 'zustand';
import {
  type ReadableStorage,
  readStored,
  textValue,
  type WritableStorage,
  writeStored,
} from '@/lib/storage';

export const THEMES = ['system', 'light', 'dark'] as const;
export const themeSchema = z.enum(THEMES);
/** 'system' follows `prefers-color-scheme`; the others override it. */
export type Theme = z.infer<typeof themeSchema>;

/** Kept as the bare name (`light`), as since the first release. */
const SAVED_THEME = textValue('btd.theme', themeSchema);

/** The saved choice, or 'system' when there is none or it cannot be read. Never throws. */
export function readSavedTheme(storage: ReadableStorage | undefined): Theme {
  return readStored(storage, SAVED_THEME, 'system');
}

export function saveTheme(
  storage: WritableStorage | undefined,
  theme: Theme,
): void {
  writeStored(storage, SAVED_THEME, theme);
}

/**
 * styles/tokens.css reads `:root[data-theme=light|dark]`; without the attribute the
 * operating system's `prefers-color-scheme` decides.
 */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
}

type ThemeState = { theme: Theme };

const useThemeStore = create<ThemeState>()(() => ({ theme: 'system' }));

export function useTheme(): Theme {
  return useThemeStore((state) => state.theme);
}

/** Applies the saved theme before the first render, so the page does not flash. */
export function initTheme(win: Window = window): void {
  const theme = readSavedTheme(win.localStorage);
  useThemeStore.setState({ theme });
  applyTheme(win.document.documentElement, theme);
}

export const themeActions = {
  setTheme: (theme: Theme, win: Window = window) => {
    useThemeStore.setState({ theme });
    applyTheme(win.document.documentElement, theme);
    saveTheme(win.localStorage, theme);
  },
};
