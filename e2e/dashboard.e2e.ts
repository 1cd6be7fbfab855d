import type { Locator } from 'playwright-core';
import { describe, expect } from 'vitest';
import en from '../src/i18n/locales/en.json';
import ru from '../src/i18n/locales/ru.json';
import { region, test, UI_TIMEOUT, waitForText } from './journey';

/** The regional akimat's press release the demo turnover is calibrated to. */
const SOURCE_HREF =
  'gov.kz/memleket/entities/akimvko/press/news/details/650060';

/**
 * Series of the trend chart: bars per flow (one rectangle per month) and the
 * dashed lines of the same months a year earlier. Bars and lines have no
 * role, so below the chart's own (`application`) they are Recharts' classes.
 */
async function trendShape(chart: Locator): Promise<{
  barsPerFlow: number[];
  dashedComparisonLines: number;
}> {
  const surface = chart.getByRole('application');
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
  test('shows the turnover, the monthly trend and the data notice without console errors', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const turnover = region(page, en.kpis.card.turnover);
    await waitForText(turnover, '$927.0M');
    // The compact figure rounds; the exact dollars stay one hover away.
    expect(
      await turnover.locator('[title*="927,000,000"]').count(),
    ).toBeGreaterThan(0);
    // The demo backend computes in a worker of its own, off the page's thread.
    expect(page.workers().map((worker) => worker.url())).toContainEqual(
      expect.stringMatching(/\/assets\/engine\.worker-[\w-]+\.js$/),
    );

    const trend = region(page, en.trend.panel.title);
    await expect
      .poll(() => trendShape(trend), { timeout: UI_TIMEOUT })
      .toEqual({ barsPerFlow: [8, 8], dashedComparisonLines: 2 });

    await page
      .getByRole('button', { name: en.about.badge.illustrative })
      .click();
    const about = page.getByRole('dialog', { name: en.about.dialog.title });
    await about.waitFor({ timeout: UI_TIMEOUT });
    expect(
      await about
        .getByRole('link')
        .and(about.locator(`[href*="${SOURCE_HREF}"]`))
        .count(),
    ).toBeGreaterThan(0);
  });
});

describe('dashboard in Russian', () => {
  test('names the turnover card in Russian and shows the same total', async ({
    open,
  }) => {
    const page = await open('/?lang=ru', { locale: 'ru-RU' });
    await waitForText(region(page, ru.kpis.card.turnover), '927');
  });
});

describe('failing panel', () => {
  test('shows a retry in the panels whose request failed, keeps the rest working, and recovers', async ({
    open,
  }) => {
    // The demo backend answers the first nine trade requests with 503: the
    // first attempt and both automatic retries of the three trade queries
    // (totals, monthly, by section). The browser logs each failed request.
    const page = await open('/?lang=en&mock-fail=trade:9', {
      allowErrors: true,
    });
    const kpis = region(page, en.kpis.panel.title);
    const alert = kpis.getByRole('alert');
    await waitForText(alert, 'The data service had a problem');

    // The rest of the page is alive: title, badge and the About view work.
    await waitForText(page.getByRole('heading', { level: 1 }), 'Altai Krai');
    await page
      .getByRole('button', { name: en.about.badge.illustrative })
      .click();
    const about = page.getByRole('dialog', { name: en.about.dialog.title });
    await waitForText(about, 'What is reported');
    await about.getByRole('button', { name: en.common.close }).click();

    await kpis.getByRole('button', { name: en.common.retry }).click();
    await waitForText(region(page, en.kpis.card.turnover), '$927.0M');
  });
});
