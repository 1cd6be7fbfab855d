import { changeLanguage, useI18n } from '@/i18n/i18n';
import { LANGUAGES, type Language, saveLanguage } from '@/i18n/languages';
import './language-switcher.css';

/** Switches the language and keeps `?lang=` in the shareable link. */
export function LanguageSwitcher() {
  const { t, language } = useI18n();
  // The choice is kept (storage, link) once the page shows it: a language
  // whose texts did not load (offline) leaves everything as it was.
  const choose = (next: Language) => {
    changeLanguage(next).then(
      () => {
        saveLanguage(window.localStorage, next);
        const url = new URL(window.location.href);
        url.searchParams.set('lang', next);
        window.history.replaceState(window.history.state, '', url);
      },
      (error: unknown) => {
        console.warn(`The ${next} texts did not load`, error);
      },
    );
  };
  return (
    <div
      className="language-switcher"
      role="group"
      aria-label={t('common.language')}
    >
      {LANGUAGES.map(({ code, label }) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="button button-quiet"
          aria-pressed={code === language}
          onClick={() => {
            choose(code);
          }}
        >
          <span aria-hidden="true">{code.toUpperCase()}</span>
          <span className="visually-hidden">{label}</span>
        </button>
      ))}
    </div>
  );
}
