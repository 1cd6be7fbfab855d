import type { ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n';
import { type Theme, themeActions, THEMES, useTheme } from '@/state/theme';
import { Icon } from '@/components/icon';
import './theme-toggle.css';

/** 16 px line icons; the words are in the button's accessible name. */
const ICON: Record<Theme, ReactNode> = {
  system: (
    <>
      <rect x="2" y="3" width="12" height="8" rx="1" />
      <path d="M6 14h4M8 11v3" />
    </>
  ),
  light: (
    <>
      <circle cx="8" cy="8" r="3" />
      <path d="M8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.4 1.4M11.6 11.6 13 13M3 13l1.4-1.4M11.6 4.4 13 3" />
    </>
  ),
  dark: <path d="M13.5 10A6 6 0 0 1 6 2.5a6 6 0 1 0 7.5 7.5Z" />,
};

/** System, light or dark: saved for the next visit, applied at once. */
export function ThemeToggle() {
  const { t } = useI18n();
  const theme = useTheme();
  const label: Record<Theme, string> = {
    system: t('theme.toggle.system'),
    light: t('theme.toggle.light'),
    dark: t('theme.toggle.dark'),
  };
  return (
    <div
      className="theme-toggle"
      role="group"
      aria-label={t('theme.toggle.label')}
    >
      {THEMES.map((value) => (
        <button
          key={value}
          type="button"
          className="button button-quiet button-icon"
          aria-pressed={theme === value}
          title={label[value]}
          onClick={() => {
            themeActions.setTheme(value);
          }}
        >
          <Icon>{ICON[value]}</Icon>
          <span className="visually-hidden">{label[value]}</span>
        </button>
      ))}
    </div>
  );
}
