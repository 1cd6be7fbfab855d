import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import en from '../src/i18n/locales/en.json';
import {
  region,
  searchParams,
  test,
  textOf,
  UI_TIMEOUT,
  waitForText,
} from './journey';

function turnover(page: Page): Locator {
  return region(page, en.kpis.card.turnover);
}

describe('every level reproduces its reported figure', () => {
  test.for([
    ['KZ-15~RU-ORE', '2017-01', '2017-12', '$89.5M', null, 'diapazon.kz'],
    ['KZ-15~RU', '2017-01', '2017-12', '$1.12B', null, 'diapazon.kz'],
    [
      'KZ~RU-OMS',
      '2019-01',
      '2019-12',
      '$360.0M',
      'almost $360.0M',
      'omsk-news.net',
    ],
    ['KZ~RU', '2023-01', '2023-08', '$17.0B', null, 'kokshetoday.kz'],
  ] as const)(
    '%s, %s to %s: Turnover %s, marked reported, with its source',
    async ([pair, from, to, value, qualifier, host], { page }) => {
      // Without a comparison: the year before is illustrative and says so on its own line.
      await page.goto(
        `/?lang=en&pair=${pair}&from=${from}&to=${to}&compare=none`,
      );
      const card = turnover(page);
      await waitForText(card, value);
      expect(await card.innerText()).toContain('Reported');
      expect(await card.innerText()).not.toContain('Illustrative data');
      if (qualifier) expect(await card.innerText()).toContain(qualifier);
      // An https source is a link; one served over plain http only keeps its
      // citation with the address as text, not a link.
      const link = card.getByRole('link');
      if ((await link.count()) > 0) {
        const href = (await link.getAttribute('href')) ?? '';
        expect(href.startsWith('https://')).toBe(true);
        expect(href).toContain(host);
      } else {
        expect(await card.innerText()).toContain(
          `${en.common['insecure-source']}: http://`,
        );
        expect(await card.innerText()).toContain(host);
      }
    },
  );

  test('keeps the default view at $927.0M and lists the figures above it, opening one on request', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await waitForText(turnover(page), '$927.0M');
    const reported = region(page, en.reported.panel.title);
    await waitForText(reported, '$927.0M');
    const text = await reported.innerText();
    expect(text).toContain('East Kazakhstan Region ↔ Altai Krai');
    expect(text).toContain('Kazakhstan ↔ Altai Krai');
    expect(text).toContain('about $480.0M');
    await reported
      .getByRole('button', {
        name: /^Show this period: Kazakhstan ↔ Altai Krai, [^,]*2018, turnover$/,
      })
      .click();
    await expect
      .poll(() => searchParams(page).get('pair'), { timeout: UI_TIMEOUT })
      .toBe('KZ~RU-ALT');
    const params = searchParams(page);
    expect([params.get('from'), params.get('to')]).toEqual([
      '2018-01',
      '2018-12',
    ]);
    await waitForText(turnover(page), '$480.0M');
    expect(await page.getByLabel(en.filters.pair.kz).inputValue()).toBe('KZ');
  });

  test('offers the whole other country in the picker and says when a view crosses the Abai split', async ({
    page,
  }) => {
    await page.goto('/?lang=en&from=2022-01&to=2022-12');
    await waitForText(turnover(page), '$');
    const kpis = region(page, en.kpis.panel.title);
    await waitForText(kpis, 'East Kazakhstan Region included Semey');
    await page
      .getByLabel(en.filters.pair.ru)
      .selectOption({ label: en.filters.pair['all-russia'] });
    await expect
      .poll(() => searchParams(page).get('pair'), { timeout: UI_TIMEOUT })
      .toBe('KZ-63~RU');
    await waitForText(page.getByRole('heading', { level: 1 }), 'Russia');
    expect(await textOf(turnover(page))).toContain('Illustrative data');
  });
});

describe('what a view downloads', () => {
  test('asks for aggregates only: no panel receives raw records', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const paths: string[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/api/')) paths.push(url.pathname);
    });
    await waitForText(turnover(page), '$927.0M');
    await waitForText(region(page, en.reported.panel.title), '$927.0M');
    await page.waitForLoadState('networkidle');
    expect(paths).toContain('/api/trade/totals');
    expect(paths).toContain('/api/trade/monthly');
    expect(paths).toContain('/api/trade/by-sector');
    expect(paths.filter((p) => p.startsWith('/api/trade/records'))).toEqual([]);
  });
});
