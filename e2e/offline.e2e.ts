import { describe, expect } from 'vitest';
import en from '../src/i18n/locales/en.json';
import { kpiFigure, region, test, UI_TIMEOUT, waitForText } from './journey';

const TURNOVER = en.kpis.card.turnover;

describe('offline', () => {
  test('the banner shows, figures stay marked, a filter change waits and loads when the connection returns', async ({
    open,
    errors,
  }) => {
    // Offline, the browser logs what it could not fetch (the favicon); any
    // other console error still fails the test below.
    const page = await open('/?lang=en', { allowErrors: true });
    await waitForText(region(page, TURNOVER), '$927.0M');
    const before = await kpiFigure(page, TURNOVER).getAttribute('value');

    await page.context().setOffline(true);
    await expect
      .poll(() => page.getByText(en.app.offline).count(), {
        timeout: UI_TIMEOUT,
      })
      .toBe(1);
    // The figures on screen stay, marked as possibly out of date.
    const kpis = region(page, en.kpis.panel.title);
    await waitForText(kpis, en.common.load.stale);
    expect(await kpiFigure(page, TURNOVER).getAttribute('value')).toBe(before);

    // A change made offline says it will load when the connection returns.
    await page
      .getByRole('button', { name: en.filters.period['preset-last12'] })
      .click();
    await waitForText(kpis, en.common.load.paused);
    expect(await kpiFigure(page, TURNOVER).getAttribute('value')).toBe(before);

    // And it does.
    await page.context().setOffline(false);
    await expect
      .poll(() => kpiFigure(page, TURNOVER).getAttribute('value'), {
        timeout: UI_TIMEOUT,
      })
      .not.toBe(before);
    await expect
      .poll(() => page.getByText(en.app.offline).count(), {
        timeout: UI_TIMEOUT,
      })
      .toBe(0);
    expect(await kpis.getByText(en.common.load.paused).count()).toBe(0);
    expect(
      errors.filter((line) => !line.includes('Failed to load resource')),
    ).toEqual([]);
  });
});
