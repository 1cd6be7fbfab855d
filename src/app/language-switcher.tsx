import { changeLanguage, useI18n } from '@/i18n/i18n';
import { LANGUAGES, type Language, saveLanguage } from '@/i18n/languages';
import './language-switcher.css';

const LANGUAGE_LABEL: Record<Language, string> = {
  ru: 'Русский',
  kk: 'Қазақша',
  en: 'English',
};

/** Switches the language and keeps `?lang=` in the shareable link. */
export function LanguageSwitcher() {
  const { t, language } = useI18n();
  const choose = (next: Language) => {
    void changeLanguage(next);
    saveLanguage(window.localStorage, next);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(window.history.state, '', url);
  };
  return (
    <div
      className="language-switcher"
      role="group"
      aria-label={t('common.language')}
    >
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="button button-quiet"
          aria-pressed={lng === language}
          onClick={() => {
            choose(lng);
          }}
        >
          <span aria-hidden="true">{lng.toUpperCase()}</span>
          <span className="visually-hidden">{LANGUAGE_LABEL[lng]}</span>
        </button>
      ))}
    </div>
  );
}
