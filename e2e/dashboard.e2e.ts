import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

/** Long enough for a cold Chromium on 2 cores; journeys poll, never sleep. */
const UI_TIMEOUT = 20_000;
const VIEWPORT = { width: 1280, height: 800 };
/** The regional akimat's press release the demo turnover is calibrated to. */
const SOURCE_HREF =
  'gov.kz/memleket/entities/akimvko/press/news/details/650060';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function waitForText(locator: Locator, text: string): Promise<void> {
  await expect
    .poll(
      async () =>
        (await locator.count()) > 0 ? locator.first().innerText() : '',
      {
        timeout: UI_TIMEOUT,
      },
    )
    .toContain(text);
}

/** Series and points of a Recharts 3 line chart; dots are drawn in their own z-layer, not inside the line. */
async function lineChartShape(
  chart: Locator,
): Promise<{ lines: number; dotsPerLine: number[] }> {
  const surface = chart.locator('svg.recharts-surface');
  const lines = await surface.locator('.recharts-line').count();
  const dotGroups = await surface.locator('.recharts-line-dots').all();
  const dotsPerLine = await Promise.all(
    dotGroups.map((group) => group.locator('.recharts-line-dot').count()),
  );
  return { lines, dotsPerLine };
}

describe('dashboard in English', () => {
  it('shows the turnover, the monthly trend and the data notice without console errors', async () => {
    const { page, errors, close } = await openPage(
      browser,
      `${baseUrl}/?lang=en`,
      VIEWPORT,
    );
    try {
      const turnover = page.getByRole('region', {
        name: 'Turnover',
        exact: true,
      });
      await waitForText(turnover, '$927.0M');
      // The compact figure rounds; the exact dollars stay one hover away.
      expect(
        await turnover.locator('[title*="927,000,000"]').count(),
      ).toBeGreaterThan(0);

      const trend = page.getByRole('region', {
        name: 'Monthly trend',
        exact: true,
      });
      await expect
        .poll(() => lineChartShape(trend), { timeout: UI_TIMEOUT })
        .toEqual({ lines: 2, dotsPerLine: [8, 8] });

      await page.getByRole('button', { name: 'Illustrative data' }).click();
      const about = page.getByRole('dialog', { name: 'About the data' });
      await about.waitFor({ timeout: UI_TIMEOUT });
      expect(
        await about.locator(`a[href*="${SOURCE_HREF}"]`).count(),
      ).toBeGreaterThan(0);

      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('dashboard in Russian', () => {
  it('names the turnover card in Russian and shows the same total', async () => {
    const { page, errors, close } = await openPage(
      browser,
      `${baseUrl}/?lang=ru`,
      {
        ...VIEWPORT,
        locale: 'ru-RU',
      },
    );
    try {
      await waitForText(
        page.getByRole('region', { name: 'Товарооборот', exact: true }),
        '927',
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('failing panel', () => {
  it('shows a retry in the panels whose request failed, keeps the rest working, and recovers', async () => {
    // The demo backend answers the first six trade requests with 503: the
    // first attempt and both automatic retries of the two trade queries.
    const { page, close } = await openPage(
      browser,
      `${baseUrl}/?lang=en&mock-fail=trade:6`,
      VIEWPORT,
    );
    try {
      const kpis = page.getByRole('region', {
        name: 'Key figures',
        exact: true,
      });
      const alert = kpis.getByRole('alert');
      await waitForText(alert, 'The data service had a problem');

      // The rest of the page is alive: title, badge and the About view work.
      await waitForText(page.getByRole('heading', { level: 1 }), 'Altai Krai');
      await page.getByRole('button', { name: 'Illustrative data' }).click();
      const about = page.getByRole('dialog', { name: 'About the data' });
      await waitForText(about, 'What is reported');
      await about.getByRole('button', { name: 'Close' }).click();

      await kpis.getByRole('button', { name: 'Retry' }).click();
      await waitForText(
        page.getByRole('region', { name: 'Turnover', exact: true }),
        '$927.0M',
      );
    } finally {
      await close();
    }
  });
});
