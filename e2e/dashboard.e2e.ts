import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import {
  setUpJourneyBrowser,
  UI_TIMEOUT,
  VIEWPORT,
  waitForText,
} from './journey';

/** The regional akimat's press release the demo turnover is calibrated to. */
const SOURCE_HREF =
  'gov.kz/memleket/entities/akimvko/press/news/details/650060';
const { baseUrl, browser: getBrowser } = setUpJourneyBrowser();

/**
 * Series of the trend chart: bars per flow (one rectangle per month) and the
 * dashed lines of the same months a year earlier.
 */
async function trendShape(chart: Locator): Promise<{
  barsPerFlow: number[];
  dashedComparisonLines: number;
}> {
  const surface = chart.locator('svg.recharts-surface');
  const barsPerFlow = await Promise.all(
    ['export', 'import'].map((flow) =>
      surface
        .locator(`g.recharts-bar.series-${flow} path.recharts-rectangle`)
        .count(),
    ),
  );
  const dashedComparisonLines = await surface
    .locator(
      'g[class*="series-previous-"] path.recharts-line-curve[stroke-dasharray]',
    )
    .count();
  return { barsPerFlow, dashedComparisonLines };
}

describe('dashboard in English', () => {
  it('shows the turnover, the monthly trend and the data notice without console errors', async () => {
    const { page, errors, close } = await openPage(
      getBrowser(),
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
        .poll(() => trendShape(trend), { timeout: UI_TIMEOUT })
        .toEqual({ barsPerFlow: [8, 8], dashedComparisonLines: 2 });

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
      getBrowser(),
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
    // The demo backend answers the first nine trade requests with 503: the
    // first attempt and both automatic retries of the three trade queries
    // (totals, monthly, by section).
    const { page, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en&mock-fail=trade:9`,
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
