import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { UI_TIMEOUT, setUpJourneyBrowser, VIEWPORT } from './journey';

const { baseUrl, browser: getBrowser } = setUpJourneyBrowser();

function card(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** The compact figure of a KPI card, e.g. `$927.0M`. */
async function kpi(page: Page, name: string): Promise<string> {
  return (
    (await card(page, name).locator('.kpi-value').innerText()).split('\n')[0] ??
    ''
  );
}

async function waitForKpiChange(
  page: Page,
  name: string,
  before: string,
): Promise<string> {
  await expect
    .poll(() => kpi(page, name), { timeout: UI_TIMEOUT })
    .not.toBe(before);
  // Placeholder data stays until the new answer arrives; wait for it to settle.
  await expect
    .poll(() => page.locator('[aria-busy="true"]').count(), {
      timeout: UI_TIMEOUT,
    })
    .toBe(0);
  return kpi(page, name);
}

function search(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

describe('filters and shareable links', () => {
  it('applies every filter of a shared link to the controls and the figures', async () => {
    const { page, errors, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en&pair=KZ-63~RU-AL&from=2023-01&to=2023-12&sectors=II,XV&flow=export&compare=none`,
      VIEWPORT,
    );
    try {
      await expect
        .poll(() => kpi(page, 'Exports'), { timeout: UI_TIMEOUT })
        .toMatch(/^\$\d/);
      expect(await page.getByLabel('Kazakh region').inputValue()).toBe('KZ-63');
      expect(await page.getByLabel('Russian region').inputValue()).toBe(
        'RU-AL',
      );
      expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(
        '2023-01',
      );
      expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe(
        '2023-12',
      );
      expect(
        await page.getByRole('radio', { name: 'Exports' }).isChecked(),
      ).toBe(true);
      expect(
        await page
          .getByRole('checkbox', {
            name: 'Compare with the same period a year earlier',
          })
          .isChecked(),
      ).toBe(false);
      const chips = page.getByRole('list', { name: 'Selected sectors' });
      expect(await chips.getByRole('button').allInnerTexts()).toEqual([
        'II ×',
        'XV ×',
      ]);
      expect(await card(page, 'Imports').innerText()).toContain(
        'left out by the direction filter',
      );
      // The reported figure covers other months and both flows: it is not claimed here.
      expect(await card(page, 'Turnover').getByRole('link').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('changes figures and URL together through the UI, and Back restores the view', async () => {
    const { page, errors, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en`,
      VIEWPORT,
    );
    try {
      await expect
        .poll(() => kpi(page, 'Turnover'), { timeout: UI_TIMEOUT })
        .toBe('$927.0M');

      await page.getByRole('button', { name: 'Year 2023' }).click();
      const yearTurnover = await waitForKpiChange(page, 'Turnover', '$927.0M');
      expect(search(page).get('from')).toBeNull(); // default start, not written
      expect(search(page).get('to')).toBe('2023-12');
      expect(search(page).get('lang')).toBe('en');

      await page.getByRole('button', { name: 'All sectors' }).click();
      await page.getByRole('checkbox', { name: /^XV · / }).check();
      await page.keyboard.press('Escape');
      const metalsTurnover = await waitForKpiChange(
        page,
        'Turnover',
        yearTurnover,
      );
      expect(search(page).get('sectors')).toBe('XV');

      await page.getByRole('radio', { name: 'Imports' }).check();
      await waitForKpiChange(page, 'Turnover', metalsTurnover);
      expect(search(page).get('flow')).toBe('import');
      expect(await card(page, 'Exports').innerText()).toContain('left out');

      await page.getByLabel('Kazakh region').selectOption('KZ-55');
      await expect
        .poll(() => search(page).get('pair'), { timeout: UI_TIMEOUT })
        .toMatch(/^KZ-55~RU-/);
      await page.getByLabel('Russian region').selectOption('RU-OMS');
      await expect
        .poll(() => search(page).get('pair'), { timeout: UI_TIMEOUT })
        .toBe('KZ-55~RU-OMS');
      const heading = page.getByRole('heading', { level: 1 });
      await expect
        .poll(() => heading.innerText(), { timeout: UI_TIMEOUT })
        .toContain('Omsk');

      await page.goBack();
      await expect
        .poll(() => search(page).get('pair'), { timeout: UI_TIMEOUT })
        .not.toBe('KZ-55~RU-OMS');
      expect(await page.getByLabel('Russian region').inputValue()).not.toBe(
        'RU-OMS',
      );
      await expect
        .poll(() => heading.innerText(), { timeout: UI_TIMEOUT })
        .not.toContain('Omsk');

      // Reloading the link restores the same view.
      const url = page.url();
      await page.reload();
      await expect
        .poll(() => search(page).get('flow'), { timeout: UI_TIMEOUT })
        .toBe('import');
      expect(page.url()).toBe(url);
      expect(
        await page.getByRole('radio', { name: 'Imports' }).isChecked(),
      ).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('remembers the last view for a visit without filter parameters', async () => {
    const { page, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en&flow=import&to=2023-06`,
      VIEWPORT,
    );
    try {
      await expect
        .poll(() => kpi(page, 'Imports'), { timeout: UI_TIMEOUT })
        .toMatch(/^\$\d/);
      await page.goto(`${baseUrl}/?lang=en`);
      await expect
        .poll(() => search(page).get('flow'), { timeout: UI_TIMEOUT })
        .toBe('import');
      expect(search(page).get('to')).toBe('2023-06');
      expect(
        await page.getByRole('radio', { name: 'Imports' }).isChecked(),
      ).toBe(true);

      // Corrupt storage falls back to the defaults without an error.
      await page.evaluate(() => {
        localStorage.setItem('btd.view', '{not json');
      });
      await page.goto(`${baseUrl}/?lang=en`);
      await expect
        .poll(() => kpi(page, 'Turnover'), { timeout: UI_TIMEOUT })
        .toBe('$927.0M');
      expect(search(page).get('flow')).toBeNull();
    } finally {
      await close();
    }
  });

  it('shows empty states, never zeros, for a pair before its region existed', async () => {
    // Abai region was split from East Kazakhstan on 8 June 2022: no 2021 trade.
    const { page, errors, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en&pair=KZ-10~RU-ALT&from=2021-01&to=2021-12`,
      VIEWPORT,
    );
    try {
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
      expect(
        await page
          .getByRole('region', { name: 'Turnover', exact: true })
          .count(),
      ).toBe(0);
      expect(await page.locator('main').innerText()).not.toMatch(/\$0\.0/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('ignores a hostile link, shows the defaults and says what was ignored', async () => {
    const { page, errors, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en&pair=KZ-99~RU-XXX&from=garbage&to=2023-08&sectors=%3Cscript%3E&flow=up&compare=1`,
      VIEWPORT,
    );
    try {
      await expect
        .poll(() => kpi(page, 'Turnover'), { timeout: UI_TIMEOUT })
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
      expect(await page.locator('script:not([src]):not([type])').count()).toBe(
        0,
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('adds a sector to the filter by clicking it, and the table totals equal the KPIs', async () => {
    const { page, errors, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en`,
      VIEWPORT,
    );
    try {
      await expect
        .poll(() => kpi(page, 'Turnover'), { timeout: UI_TIMEOUT })
        .toBe('$927.0M');
      const table = page.getByRole('region', {
        name: 'Sector × direction table',
      });
      const total = table.locator('tfoot [data-total="turnover"]');
      await expect
        .poll(() => total.innerText(), { timeout: UI_TIMEOUT })
        .toBe('$927.0M');
      expect(await total.locator('[title]').getAttribute('title')).toBe(
        '$927,000,000',
      );

      const ranking = page.getByRole('region', { name: 'By sector' });
      await ranking.getByRole('button', { name: /^XVI / }).click();
      await expect
        .poll(() => search(page).get('sectors'), { timeout: UI_TIMEOUT })
        .toBe('XVI');
      const filtered = await waitForKpiChange(page, 'Turnover', '$927.0M');
      expect(
        await page.getByRole('list', { name: 'Selected sectors' }).innerText(),
      ).toContain('XVI');
      await expect
        .poll(() => total.innerText(), { timeout: UI_TIMEOUT })
        .toBe(filtered);
      expect(
        await ranking
          .getByRole('button', { name: /^XVI / })
          .getAttribute('aria-pressed'),
      ).toBe('true');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
