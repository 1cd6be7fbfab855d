import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import en from '../src/i18n/locales/en.json';
import {
  kpiFigure,
  region,
  searchParams,
  test,
  UI_TIMEOUT,
  waitForSettled,
} from './journey';

const CARD = en.kpis.card;

/** The compact figure of a KPI card, e.g. `$927.0M`. */
function kpi(page: Page, name: string): Promise<string> {
  return kpiFigure(page, name).innerText();
}

async function waitForKpiChange(
  page: Page,
  name: string,
  before: string,
): Promise<string> {
  await expect
    .poll(() => kpi(page, name), { timeout: UI_TIMEOUT })
    .not.toBe(before);
  await waitForSettled(page);
  return kpi(page, name);
}

describe('filters and shareable links', () => {
  test('applies every filter of a shared link to the controls and the figures', async ({
    page,
  }) => {
    await page.goto(
      '/?lang=en&pair=KZ-63~RU-AL&from=2023-01&to=2023-12&sectors=II,XV&flow=export&compare=none',
    );
    await expect
      .poll(() => kpi(page, CARD.exports), { timeout: UI_TIMEOUT })
      .toMatch(/^\$\d/);
    expect(await page.getByLabel(en.filters.pair.kz).inputValue()).toBe(
      'KZ-63',
    );
    expect(await page.getByLabel(en.filters.pair.ru).inputValue()).toBe(
      'RU-AL',
    );
    expect(
      await page
        .getByLabel(en.filters.period.from, { exact: true })
        .inputValue(),
    ).toBe('2023-01');
    expect(
      await page.getByLabel(en.filters.period.to, { exact: true }).inputValue(),
    ).toBe('2023-12');
    expect(
      await page
        .getByRole('radio', { name: en.filters.flow.export })
        .isChecked(),
    ).toBe(true);
    expect(
      await page
        .getByRole('checkbox', { name: en.filters.compare.label })
        .isChecked(),
    ).toBe(false);
    const chips = page.getByRole('list', { name: en.filters.sectors.selected });
    expect(await chips.getByRole('button').allInnerTexts()).toEqual([
      'II Vegetable products ×',
      'XV Base metals ×',
    ]);
    expect(await region(page, CARD.imports).innerText()).toContain(
      'left out by the direction filter',
    );
    // The reported figure covers other months and both flows: it is not claimed here.
    expect(await region(page, CARD.turnover).getByRole('link').count()).toBe(0);
  });

  test('changes figures and URL together through the UI, and Back restores the view', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await expect
      .poll(() => kpi(page, CARD.turnover), { timeout: UI_TIMEOUT })
      .toBe('$927.0M');

    await page.getByRole('button', { name: 'Year 2023' }).click();
    const yearTurnover = await waitForKpiChange(page, CARD.turnover, '$927.0M');
    expect(searchParams(page).get('from')).toBeNull(); // default start, not written
    expect(searchParams(page).get('to')).toBe('2023-12');
    expect(searchParams(page).get('lang')).toBe('en');

    await page
      .getByRole('button', { name: en.filters.sectors['all-selected'] })
      .click();
    await page.getByRole('checkbox', { name: /^XV · / }).check();
    await page.keyboard.press('Escape');
    const metalsTurnover = await waitForKpiChange(
      page,
      CARD.turnover,
      yearTurnover,
    );
    expect(searchParams(page).get('sectors')).toBe('XV');

    await page.getByRole('radio', { name: en.filters.flow.import }).check();
    await waitForKpiChange(page, CARD.turnover, metalsTurnover);
    expect(searchParams(page).get('flow')).toBe('import');
    expect(await region(page, CARD.exports).innerText()).toContain('left out');

    await page.getByLabel(en.filters.pair.kz).selectOption('KZ-55');
    await expect
      .poll(() => searchParams(page).get('pair'), { timeout: UI_TIMEOUT })
      .toMatch(/^KZ-55~RU-/);
    await page.getByLabel(en.filters.pair.ru).selectOption('RU-OMS');
    await expect
      .poll(() => searchParams(page).get('pair'), { timeout: UI_TIMEOUT })
      .toBe('KZ-55~RU-OMS');
    const heading = page.getByRole('heading', { level: 1 });
    await expect
      .poll(() => heading.innerText(), { timeout: UI_TIMEOUT })
      .toContain('Omsk');

    await page.goBack();
    await expect
      .poll(() => searchParams(page).get('pair'), { timeout: UI_TIMEOUT })
      .not.toBe('KZ-55~RU-OMS');
    expect(await page.getByLabel(en.filters.pair.ru).inputValue()).not.toBe(
      'RU-OMS',
    );
    await expect
      .poll(() => heading.innerText(), { timeout: UI_TIMEOUT })
      .not.toContain('Omsk');

    // Reloading the link restores the same view.
    const url = page.url();
    await page.reload();
    await expect
      .poll(() => searchParams(page).get('flow'), { timeout: UI_TIMEOUT })
      .toBe('import');
    expect(page.url()).toBe(url);
    expect(
      await page
        .getByRole('radio', { name: en.filters.flow.import })
        .isChecked(),
    ).toBe(true);
  });

  test('remembers the last view for a visit without filter parameters', async ({
    open,
  }) => {
    // Three quick navigations in one page: under load one /api/meta request
    // has been seen to miss the demo worker (a 404 from the preview server)
    // while the next document took over. What this journey checks is the
    // remembered view; that race belongs to the demo wiring (see the notes).
    const page = await open(undefined, { allowErrors: true });
    await page.goto('/?lang=en&flow=import&to=2023-06');
    await expect
      .poll(() => kpi(page, CARD.imports), { timeout: UI_TIMEOUT })
      .toMatch(/^\$\d/);
    await page.goto('/?lang=en');
    await expect
      .poll(() => searchParams(page).get('flow'), { timeout: UI_TIMEOUT })
      .toBe('import');
    expect(searchParams(page).get('to')).toBe('2023-06');
    expect(
      await page
        .getByRole('radio', { name: en.filters.flow.import })
        .isChecked(),
    ).toBe(true);

    // Corrupt storage falls back to the defaults without an error.
    await page.evaluate(() => {
      localStorage.setItem('btd.view', '{not json');
    });
    await page.goto('/?lang=en');
    await expect
      .poll(() => kpi(page, CARD.turnover), { timeout: UI_TIMEOUT })
      .toBe('$927.0M');
    expect(searchParams(page).get('flow')).toBeNull();
  });

  test('shows empty states, never zeros, for a pair before its region existed', async ({
    page,
  }) => {
    // Abai region was split from East Kazakhstan on 8 June 2022: no 2021 trade.
    await page.goto('/?lang=en&pair=KZ-10~RU-ALT&from=2021-01&to=2021-12');
    const empty = page.getByText(
      'No trade is recorded for this pair and period.',
    );
    await expect
      .poll(() => empty.count(), { timeout: UI_TIMEOUT })
      .toBeGreaterThan(0);
    await expect
      .poll(
        () =>
          page
            .getByText('No monthly figures for this pair and period.')
            .count(),
        {
          timeout: UI_TIMEOUT,
        },
      )
      .toBe(1);
    expect(
      await page.getByText('No sector has trade in this selection.').count(),
    ).toBe(1);
    expect(await region(page, CARD.turnover).count()).toBe(0);
    expect(await page.getByRole('main').innerText()).not.toMatch(/\$0\.0/);
  });

  test('ignores a hostile link, shows the defaults and says what was ignored', async ({
    page,
  }) => {
    await page.goto(
      '/?lang=en&pair=KZ-99~RU-XXX&from=garbage&to=2023-08&sectors=%3Cscript%3E&flow=up&compare=1',
    );
    await expect
      .poll(() => kpi(page, CARD.turnover), { timeout: UI_TIMEOUT })
      .toBe('$927.0M');
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'could not be used' });
    const text = await notice.innerText();
    for (const part of [
      'from=garbage',
      'sectors=<script>',
      'flow=up',
      'compare=1',
      'pair=KZ-99~RU-XXX',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain('not a pair of border regions');
    expect(await page.locator('script:not([src]):not([type])').count()).toBe(0);
  });

  test('adds a sector to the filter by clicking it, and the table totals equal the KPIs', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await expect
      .poll(() => kpi(page, CARD.turnover), { timeout: UI_TIMEOUT })
      .toBe('$927.0M');
    const table = page.getByRole('region', {
      name: en.breakdown.panel.title,
    });
    const total = table.locator('tfoot [data-total="turnover"]');
    await expect
      .poll(() => total.innerText(), { timeout: UI_TIMEOUT })
      .toBe('$927.0M');
    expect(await total.locator('[title]').getAttribute('title')).toBe(
      '$927,000,000',
    );

    const ranking = page.getByRole('region', { name: en.sectors.panel.title });
    await ranking.getByRole('button', { name: /^XVI / }).click();
    await expect
      .poll(() => searchParams(page).get('sectors'), { timeout: UI_TIMEOUT })
      .toBe('XVI');
    const filtered = await waitForKpiChange(page, CARD.turnover, '$927.0M');
    expect(
      await page
        .getByRole('list', { name: en.filters.sectors.selected })
        .innerText(),
    ).toContain('XVI');
    await expect
      .poll(() => total.innerText(), { timeout: UI_TIMEOUT })
      .toBe(filtered);
    expect(
      await ranking
        .getByRole('button', { name: /^XVI / })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });
});
