import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import en from '../src/i18n/locales/en.json';
import kk from '../src/i18n/locales/kk.json';
import ru from '../src/i18n/locales/ru.json';
import {
  kpiFigure,
  searchParams,
  test,
  textOf,
  UI_TIMEOUT,
  waitForSettled,
} from './journey';
import { expectNoAxeProblems, horizontalOverflow } from './axe';

const PHONE = { width: 360, height: 740 };
/** The trend chart's drawing: Recharts' accessibility layer makes it an `application`. */
const chart = (page: Page) => page.getByRole('application');

const CATALOGUES = { ru, kk, en } as const;
const LANGUAGES = ['ru', 'kk', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

function turnoverFigure(page: Page, lang: Language) {
  return kpiFigure(page, CATALOGUES[lang].kpis.card.turnover);
}

/** Waits until the Turnover card shows a figure (a digit), not a skeleton. */
async function waitForTurnover(page: Page, lang: Language): Promise<string> {
  const figure = turnoverFigure(page, lang);
  await expect
    .poll(() => textOf(figure), { timeout: UI_TIMEOUT })
    .toMatch(/\d/);
  await waitForSettled(page);
  return figure.innerText();
}

/**
 * The visible focus indicator of the focused control: its own outline, or
 * for the visually hidden radios of a segmented control, its label's.
 */
function focusRing(page: Page): Promise<{ text: string; outline: string }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement)) return { text: '', outline: '' };
    const shown =
      active instanceof HTMLInputElement && active.type === 'radio'
        ? active.nextElementSibling
        : active;
    const style = shown ? getComputedStyle(shown) : null;
    const visible =
      style !== null &&
      style.outlineStyle !== 'none' &&
      Number.parseFloat(style.outlineWidth) >= 2;
    // Form fields are known by their label; a select's own text lists every option.
    const named =
      (active instanceof HTMLInputElement ||
        active instanceof HTMLSelectElement) &&
      active.labels?.[0]
        ? active.labels[0]
        : active;
    return {
      text: (named.innerText || active.getAttribute('aria-label') || '')
        .trim()
        .replace(/\s+/g, ' '),
      outline: visible ? `${style.outlineWidth} ${style.outlineStyle}` : '',
    };
  });
}

/** Presses Tab until the focused element's text is `text`; every stop must show focus. */
async function tabTo(page: Page, text: string, limit = 60): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    seen.push(ring.text);
    expect(ring.outline, `no visible focus on "${ring.text}"`).not.toBe('');
    if (ring.text === text) return;
  }
  throw new Error(`"${text}" not reached by Tab; stops: ${seen.join(' | ')}`);
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  test.for(LANGUAGES)(
    'has no serious or critical violations in %s',
    async (lang, { page }) => {
      await page.goto(`/?lang=${lang}&from=2023-01&to=2023-12`);
      await waitForTurnover(page, lang);
      await expectNoAxeProblems(page, `${lang}, dashboard`);
    },
  );

  test('has none in the dark theme, with every chart option on and the About dialog open', async ({
    page,
  }) => {
    await page.goto('/?lang=en&from=2023-01&to=2023-12');
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForTurnover(page, 'en');
    const trend = page.getByRole('region', { name: en.trend.panel.title });
    for (const name of [en.trend.controls.stacked, en.trend.controls.events]) {
      await trend.getByRole('button', { name, exact: true }).click();
    }
    await page
      .getByRole('button', { name: en.filters.sectors['all-selected'] })
      .click();
    await expectNoAxeProblems(page, 'en, dark, chart options and sectors');
    await page.keyboard.press('Escape');

    await page
      .getByRole('button', { name: en.about.badge.illustrative })
      .click();
    const about = page.getByRole('dialog', { name: en.about.dialog.title });
    await expect
      .poll(() => about.getByRole('heading', { level: 3 }).count(), {
        timeout: UI_TIMEOUT,
      })
      .toBeGreaterThan(0);
    await expectNoAxeProblems(page, 'en, dark, About dialog');
  });

  test('has none on a phone with the filters drawer open', async ({ open }) => {
    const page = await open('/?lang=ru&from=2023-01&to=2023-12', PHONE);
    await waitForTurnover(page, 'ru');
    await page
      .getByRole('button', { name: new RegExp(`^${ru.filters.panel.title}`) })
      .click();
    const drawer = page.getByRole('dialog', { name: ru.filters.panel.title });
    await drawer
      .getByRole('button', { name: ru.filters.sectors['all-selected'] })
      .click();
    await expectNoAxeProblems(page, 'ru, phone, filters drawer');
  });
});

describe('small screens', () => {
  test.for(LANGUAGES)(
    'never scrolls sideways at 360 px in %s, tables included',
    async (lang, { open }) => {
      const page = await open(`/?lang=${lang}&from=2023-01&to=2023-12`, PHONE);
      await waitForTurnover(page, lang);
      await expect
        .poll(() => chart(page).count(), {
          timeout: UI_TIMEOUT,
        })
        .toBeGreaterThan(0);
      expect(await horizontalOverflow(page)).toBe(0);

      // Both "show as table" views: wide tables scroll inside their box.
      const unpressed = page.getByRole('button', {
        name: CATALOGUES[lang].common['show-as-table'],
        pressed: false,
      });
      for (let guard = 0; guard < 5 && (await unpressed.count()) > 0; guard++)
        await unpressed.first().click();
      await expect
        .poll(() => page.getByRole('table').count(), {
          timeout: UI_TIMEOUT,
        })
        .toBeGreaterThanOrEqual(2);
      expect(await horizontalOverflow(page)).toBe(0);
    },
  );

  test('keeps the filters in a drawer that opens, filters and closes by keyboard', async ({
    open,
  }) => {
    const page = await open('/?lang=en', PHONE);
    const before = await waitForTurnover(page, 'en');
    // The bar itself is not on the page, only its button.
    expect(
      await page
        .getByRole('combobox', { name: en.filters.period.from })
        .count(),
    ).toBe(0);
    const opener = page.getByRole('button', {
      name: new RegExp(`^${en.filters.panel.title}\\b`),
    });
    await opener.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: en.filters.panel.title });
    await expect
      .poll(() => drawer.isVisible(), { timeout: UI_TIMEOUT })
      .toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);

    await tabTo(page, 'Year 2023');
    await page.keyboard.press('Space');
    await expect
      .poll(() => searchParams(page).get('to'), { timeout: UI_TIMEOUT })
      .toBe('2023-12');

    await tabTo(page, en.filters.drawer.done);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => drawer.isVisible(), { timeout: UI_TIMEOUT })
      .toBe(false);
    // Focus is back on the button, which now counts the changed filter.
    expect(
      await opener.evaluate((button) => button === document.activeElement),
    ).toBe(true);
    expect((await focusRing(page)).outline).not.toBe('');
    expect(await opener.getAttribute('aria-haspopup')).toBe('dialog');
    expect(await opener.innerText()).toMatch(/1/);
    expect(await page.getByRole('button', { name: /1 changed/ }).count()).toBe(
      1,
    );
    await expect
      .poll(() => turnoverFigure(page, 'en').innerText(), {
        timeout: UI_TIMEOUT,
      })
      .not.toBe(before);
  });
});

describe('keyboard only', () => {
  test('skips to the content, changes the period with a preset and the direction with arrows', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const before = await waitForTurnover(page, 'en');
    expect(before).toBe('$927.0M');

    await page.keyboard.press('Tab');
    const skip = await focusRing(page);
    expect(skip.text).toBe('Skip to content');
    expect(skip.outline).not.toBe('');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await tabTo(page, 'Year 2023');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => searchParams(page).get('to'), { timeout: UI_TIMEOUT })
      .toBe('2023-12');
    await expect
      .poll(() => turnoverFigure(page, 'en').innerText(), {
        timeout: UI_TIMEOUT,
      })
      .not.toBe(before);
    expect(
      await page
        .getByRole('button', { name: 'Year 2023' })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    // Shift+Tab walks back through the presets.
    await page.keyboard.press('Shift+Tab');
    expect((await focusRing(page)).text).toBe('Q4 2023');

    await tabTo(page, en.filters.flow.all);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => searchParams(page).get('flow'), { timeout: UI_TIMEOUT })
      .toBe('export');
    expect((await focusRing(page)).outline).not.toBe('');

    // Export the trend chart as PNG with the keyboard alone.
    const png = page.getByRole('button', {
      name: 'Download PNG: Monthly trend',
    });
    await expect
      .poll(() => png.isEnabled(), { timeout: UI_TIMEOUT })
      .toBe(true);
    await tabTo(page, 'PNG');
    expect(
      await page.evaluate(() =>
        document.activeElement?.getAttribute('aria-label'),
      ),
    ).toBe('Download PNG: Monthly trend');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(file.suggestedFilename()).toBe(
      'trade-trend_KZ-63_RU-ALT_2023-01_2023-12.png',
    );
  });

  test('switches the colour scheme from the header and remembers it', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await waitForTurnover(page, 'en');
    const background = () =>
      page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
    const light = await background();
    const scheme = page.getByRole('group', { name: en.theme.toggle.label });
    await scheme.getByRole('button', { name: en.theme.toggle.dark }).focus();
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() => document.documentElement.dataset['theme']),
    ).toBe('dark');
    expect(await background()).not.toBe(light);

    await page.reload();
    await waitForTurnover(page, 'en');
    expect(
      await page.evaluate(() => document.documentElement.dataset['theme']),
    ).toBe('dark');
    expect(
      await scheme
        .getByRole('button', { name: en.theme.toggle.dark })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    await scheme.getByRole('button', { name: en.theme.toggle.system }).focus();
    await page.keyboard.press('Space');
    expect(
      await page.evaluate(() =>
        document.documentElement.hasAttribute('data-theme'),
      ),
    ).toBe(false);
    expect(await background()).toBe(light);
  });
});

/** Raw keys look like `trend.chart.caption`: a catalogue namespace and two parts. */
const RAW_KEY = new RegExp(
  `\\b(?:${Object.keys(en).join('|')})\\.[a-z-]+\\.[a-z-]+\\b`,
);
const ENGLISH_UI_WORDS = [
  en.kpis.card.turnover,
  en.kpis.card.exports,
  en.kpis.card.imports,
  en.kpis.card.balance,
  en.trend.panel.title,
  en.common['show-as-table'],
  en.filters.panel.title,
  en.cooperation.panel.title,
  en.common.retry,
  en.about.badge.illustrative,
  en.sectors.panel.title,
  en.cooperation.timeline.title,
  en.filters.period['preset-ytd'],
  en.app['skip-to-content'],
];

describe('languages', () => {
  test('switches in place, each language’s texts loading on the switch, and keeps the choice', async ({
    page,
  }) => {
    await page.goto('/?lang=ru');
    await waitForTurnover(page, 'ru');
    await page
      .getByRole('group', { name: ru.common.language, exact: true })
      .getByRole('button', { name: 'English', exact: true })
      .click();
    expect(await waitForTurnover(page, 'en')).toMatch(/^\$927\.0M$/);
    expect(
      (await page.evaluate(() => document.body.innerText)).match(RAW_KEY),
    ).toBeNull();

    await page
      .getByRole('group', { name: en.common.language, exact: true })
      .getByRole('button', { name: 'Қазақша', exact: true })
      .click();
    expect(await waitForTurnover(page, 'kk')).toMatch(/^927,0\s?млн\s?\$$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.match(RAW_KEY)).toBeNull();
    expect(ENGLISH_UI_WORDS.filter((word) => text.includes(word))).toEqual([]);
    await expect
      .poll(() => searchParams(page).get('lang'), { timeout: UI_TIMEOUT })
      .toBe('kk');

    // The choice outlives the page: without ?lang= it wins over the
    // browser's English.
    await page.goto('/');
    expect(await waitForTurnover(page, 'kk')).toMatch(/^927,0\s?млн\s?\$$/);
  });

  test.for([
    ['ru', /^927,0\s?млн\s?\$$/],
    ['kk', /^927,0\s?млн\s?\$$/],
    ['en', /^\$927\.0M$/],
  ] as const)(
    'shows %s texts and figures in that language',
    async ([lang, turnover], { page }) => {
      await page.goto(`/?lang=${lang}`);
      expect(await waitForTurnover(page, lang)).toMatch(turnover);
      await expect
        .poll(() => chart(page).count(), {
          timeout: UI_TIMEOUT,
        })
        .toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(
        lang,
      );
      const text = await page.evaluate(() => document.body.innerText);
      expect(text.match(RAW_KEY)).toBeNull();
      expect(text.match(/\b[a-z]+\.[a-z-]+\.[a-z-]+\b/)).toBeNull();
      if (lang !== 'en') {
        expect(ENGLISH_UI_WORDS.filter((word) => text.includes(word))).toEqual(
          [],
        );
        expect(await page.title()).not.toMatch(/[A-Za-z]{4}/);
        // Months are localised too: no "M01" from a runtime without the locale.
        expect(text).not.toMatch(/\bM\d{2}\b/);
      }
      // The chart's text alternative names both flows with figures.
      const summary = await page
        .getByRole('figure')
        .locator('figcaption')
        .innerText();
      expect(summary).toMatch(lang === 'en' ? /\$\d/ : /млн\s?\$/);
    },
  );
});
