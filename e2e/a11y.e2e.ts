import type { AxeResults, RunOptions } from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/locales/en.json';
import { openPage } from './browser';
import { UI_TIMEOUT, setUpJourneyBrowser, VIEWPORT } from './journey';

const { baseUrl, browser: getBrowser } = setUpJourneyBrowser();

const AXE_PATH = new URL('../node_modules/axe-core/axe.min.js', import.meta.url)
  .pathname;
const AXE_OPTIONS: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
  },
};
const PHONE = { width: 360, height: 740 };
const SHOW_AS_TABLE = {
  ru: 'Показать таблицей',
  kk: 'Кесте түрінде көрсету',
  en: 'Show as table',
} as const;

const LANGUAGES = ['ru', 'kk', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const TURNOVER: Record<Language, string> = {
  ru: 'Товарооборот',
  kk: 'Тауар айналымы',
  en: 'Turnover',
};

function turnoverCard(page: Page, lang: Language): Locator {
  return page.getByRole('region', { name: TURNOVER[lang], exact: true });
}

/** Waits until the Turnover card shows a figure (a digit), not a skeleton. */
async function waitForTurnover(page: Page, lang: Language): Promise<string> {
  const figure = turnoverCard(page, lang).locator('.kpi-value data');
  await expect
    .poll(async () => ((await figure.count()) > 0 ? figure.innerText() : ''), {
      timeout: UI_TIMEOUT,
    })
    .toMatch(/\d/);
  await expect
    .poll(() => page.locator('[aria-busy="true"]').count(), {
      timeout: UI_TIMEOUT,
    })
    .toBe(0);
  return figure.innerText();
}

/** Serious and critical axe violations of the page as it is now, one line per node. */
async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  const results = await page.evaluate(
    (options) =>
      (
        window as unknown as {
          axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> };
        }
      ).axe.run(document, options),
    AXE_OPTIONS,
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.impact ?? ''} ${v.id} (${v.help}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
      ),
    );
}

async function expectNoAxeProblems(page: Page, where: string): Promise<void> {
  const problems = await axeProblems(page);
  expect(problems, `${where}:\n${problems.join('\n')}`).toEqual([]);
}

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth,
  );
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

function search(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it.each(LANGUAGES)(
    'has no serious or critical violations in %s',
    async (lang) => {
      const { page, errors, close } = await openPage(
        getBrowser(),
        `${baseUrl}/?lang=${lang}&from=2023-01&to=2023-12`,
        VIEWPORT,
      );
      try {
        await waitForTurnover(page, lang);
        await expectNoAxeProblems(page, `${lang}, dashboard`);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('has none in the dark theme, with every chart option on and the About dialog open', async () => {
    const { page, errors, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en&from=2023-01&to=2023-12`,
      VIEWPORT,
    );
    try {
      await page.emulateMedia({ colorScheme: 'dark' });
      await waitForTurnover(page, 'en');
      const trend = page.getByRole('region', { name: 'Monthly trend' });
      for (const name of ['Stacked', 'Events']) {
        await trend.getByRole('button', { name, exact: true }).click();
      }
      await page.getByRole('button', { name: 'All sectors' }).click();
      await expectNoAxeProblems(page, 'en, dark, chart options and sectors');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Illustrative data' }).click();
      const about = page.getByRole('dialog', { name: 'About the data' });
      await expect
        .poll(() => about.getByRole('heading', { level: 3 }).count(), {
          timeout: UI_TIMEOUT,
        })
        .toBeGreaterThan(0);
      await expectNoAxeProblems(page, 'en, dark, About dialog');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('has none on a phone with the filters drawer open', async () => {
    const { page, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=ru&from=2023-01&to=2023-12`,
      PHONE,
    );
    try {
      await waitForTurnover(page, 'ru');
      await page.getByRole('button', { name: /^Фильтры/ }).click();
      const drawer = page.getByRole('dialog', { name: 'Фильтры' });
      await drawer.getByRole('button', { name: 'Все разделы' }).click();
      await expectNoAxeProblems(page, 'ru, phone, filters drawer');
    } finally {
      await close();
    }
  });
});

describe('small screens', () => {
  it.each(LANGUAGES)(
    'never scrolls sideways at 360 px in %s, tables included',
    async (lang) => {
      const { page, errors, close } = await openPage(
        getBrowser(),
        `${baseUrl}/?lang=${lang}&from=2023-01&to=2023-12`,
        PHONE,
      );
      try {
        await waitForTurnover(page, lang);
        await expect
          .poll(() => page.locator('.recharts-surface').count(), {
            timeout: UI_TIMEOUT,
          })
          .toBeGreaterThan(0);
        expect(await horizontalOverflow(page)).toBe(0);

        // Both "show as table" views: wide tables scroll inside their box.
        const unpressed = page
          .locator('.panel-actions button[aria-pressed="false"]')
          .filter({ hasText: SHOW_AS_TABLE[lang] });
        for (let guard = 0; guard < 5 && (await unpressed.count()) > 0; guard++)
          await unpressed.first().click();
        await expect
          .poll(() => page.locator('.table-scroll table').count(), {
            timeout: UI_TIMEOUT,
          })
          .toBeGreaterThanOrEqual(2);
        expect(await horizontalOverflow(page)).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('keeps the filters in a drawer that opens, filters and closes by keyboard', async () => {
    const { page, errors, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en`,
      PHONE,
    );
    try {
      const before = await waitForTurnover(page, 'en');
      // The bar itself is not on the page, only its button.
      expect(await page.getByRole('combobox', { name: 'From' }).count()).toBe(
        0,
      );
      const opener = page.getByRole('button', { name: /^Filters\b/ });
      await opener.focus();
      await page.keyboard.press('Enter');
      const drawer = page.getByRole('dialog', { name: 'Filters' });
      await expect
        .poll(() => drawer.isVisible(), { timeout: UI_TIMEOUT })
        .toBe(true);
      expect(await horizontalOverflow(page)).toBe(0);

      await tabTo(page, 'Year 2023');
      await page.keyboard.press('Space');
      await expect
        .poll(() => search(page).get('to'), { timeout: UI_TIMEOUT })
        .toBe('2023-12');

      await tabTo(page, 'Show results');
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
      expect(
        await page.getByRole('button', { name: /1 changed/ }).count(),
      ).toBe(1);
      await expect
        .poll(() => turnoverCard(page, 'en').locator('data').innerText(), {
          timeout: UI_TIMEOUT,
        })
        .not.toBe(before);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('keyboard only', () => {
  it('skips to the content, changes the period with a preset and the direction with arrows', async () => {
    const { page, errors, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en`,
      VIEWPORT,
    );
    try {
      const before = await waitForTurnover(page, 'en');
      expect(before).toBe('$927.0M');

      await page.keyboard.press('Tab');
      const skip = await focusRing(page);
      expect(skip.text).toBe('Skip to content');
      expect(skip.outline).not.toBe('');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(
        'main',
      );

      await tabTo(page, 'Year 2023');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => search(page).get('to'), { timeout: UI_TIMEOUT })
        .toBe('2023-12');
      await expect
        .poll(() => turnoverCard(page, 'en').locator('data').innerText(), {
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

      await tabTo(page, 'All');
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => search(page).get('flow'), { timeout: UI_TIMEOUT })
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
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('switches the colour scheme from the header and remembers it', async () => {
    const { page, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en`,
      VIEWPORT,
    );
    try {
      await waitForTurnover(page, 'en');
      const background = () =>
        page.evaluate(
          () => getComputedStyle(document.documentElement).backgroundColor,
        );
      const light = await background();
      const scheme = page.getByRole('group', { name: 'Colour scheme' });
      await scheme.getByRole('button', { name: 'Dark' }).focus();
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
          .getByRole('button', { name: 'Dark' })
          .getAttribute('aria-pressed'),
      ).toBe('true');

      await scheme.getByRole('button', { name: 'Match the system' }).focus();
      await page.keyboard.press('Space');
      expect(
        await page.evaluate(() =>
          document.documentElement.hasAttribute('data-theme'),
        ),
      ).toBe(false);
      expect(await background()).toBe(light);
    } finally {
      await close();
    }
  });
});

/** Raw keys look like `trend.chart.caption`: a catalogue namespace and two parts. */
const RAW_KEY = new RegExp(
  `\\b(?:${Object.keys(en).join('|')})\\.[a-z-]+\\.[a-z-]+\\b`,
);
const ENGLISH_UI_WORDS = [
  'Turnover',
  'Exports',
  'Imports',
  'Balance',
  'Monthly trend',
  'Show as table',
  'Filters',
  'Cooperation',
  'Retry',
  'Illustrative data',
  'By sector',
  'Timeline',
  'Year to date',
  'Skip to content',
];

describe('languages', () => {
  it.each([
    ['ru', /^927,0\s?млн\s?\$$/],
    ['kk', /^927,0\s?млн\s?\$$/],
    ['en', /^\$927\.0M$/],
  ] as const)(
    'shows %s texts and figures in that language',
    async (lang, turnover) => {
      const { page, errors, close } = await openPage(
        getBrowser(),
        `${baseUrl}/?lang=${lang}`,
        VIEWPORT,
      );
      try {
        expect(await waitForTurnover(page, lang)).toMatch(turnover);
        await expect
          .poll(() => page.locator('.recharts-surface').count(), {
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
          expect(
            ENGLISH_UI_WORDS.filter((word) => text.includes(word)),
          ).toEqual([]);
          expect(await page.title()).not.toMatch(/[A-Za-z]{4}/);
          // Months are localised too: no "M01" from a runtime without the locale.
          expect(text).not.toMatch(/\bM\d{2}\b/);
        }
        // The chart's text alternative names both flows with figures.
        const summary = await page
          .locator('figure.chart figcaption')
          .innerText();
        expect(summary).toMatch(lang === 'en' ? /\$\d/ : /млн\s?\$/);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
