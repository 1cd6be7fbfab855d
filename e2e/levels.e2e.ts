import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import {
  setUpJourneyBrowser,
  textOf,
  UI_TIMEOUT,
  VIEWPORT,
  waitForText,
} from './journey';

const { baseUrl, browser: getBrowser } = setUpJourneyBrowser();

function turnover(page: Page): Locator {
  return page.getByRole('region', { name: 'Turnover', exact: true });
}

describe('every level reproduces its reported figure', () => {
  it.each([
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
  ])(
    '%s, %s to %s: Turnover %s, marked reported, with its source',
    async (pair, from, to, value, qualifier, host) => {
      const { page, errors, close } = await openPage(
        getBrowser(),
        // Without a comparison: the year before is illustrative and says so on its own line.
        `${baseUrl}/?lang=en&pair=${pair}&from=${from}&to=${to}&compare=none`,
        VIEWPORT,
      );
      try {
        const card = turnover(page);
        await waitForText(card, value);
        expect(await card.innerText()).toContain('Reported');
        expect(await card.innerText()).not.toContain('Illustrative data');
        if (qualifier) expect(await card.innerText()).toContain(qualifier);
        const link = card.getByRole('link');
        expect(await link.getAttribute('href')).toContain(host);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('keeps the default view at $927.0M and lists the figures above it, opening one on request', async () => {
    const { page, errors, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en`,
      VIEWPORT,
    );
    try {
      await waitForText(turnover(page), '$927.0M');
      const reported = page.getByRole('region', {
        name: 'Reported figures',
        exact: true,
      });
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
        .poll(() => new URL(page.url()).searchParams.get('pair'), {
          timeout: UI_TIMEOUT,
        })
        .toBe('KZ~RU-ALT');
      const params = new URL(page.url()).searchParams;
      expect([params.get('from'), params.get('to')]).toEqual([
        '2018-01',
        '2018-12',
      ]);
      await waitForText(turnover(page), '$480.0M');
      expect(await page.getByLabel('Kazakh region').inputValue()).toBe('KZ');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('offers the whole other country in the picker and says when a view crosses the Abai split', async () => {
    const { page, errors, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en&from=2022-01&to=2022-12`,
      VIEWPORT,
    );
    try {
      await waitForText(turnover(page), '$');
      const kpis = page.getByRole('region', {
        name: 'Key figures',
        exact: true,
      });
      await waitForText(kpis, 'East Kazakhstan Region included Semey');
      await page
        .getByLabel('Russian region')
        .selectOption({ label: 'All of Russia' });
      await expect
        .poll(() => new URL(page.url()).searchParams.get('pair'), {
          timeout: UI_TIMEOUT,
        })
        .toBe('KZ-63~RU');
      await waitForText(page.getByRole('heading', { level: 1 }), 'Russia');
      expect(await textOf(turnover(page))).toContain('Illustrative data');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('what a view downloads', () => {
  it('asks for aggregates only: no panel receives raw records', async () => {
    const { page, errors, close } = await openPage(
      getBrowser(),
      `${baseUrl}/?lang=en`,
      VIEWPORT,
    );
    const paths: string[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/api/')) paths.push(url.pathname);
    });
    try {
      await waitForText(turnover(page), '$927.0M');
      await waitForText(
        page.getByRole('region', { name: 'Reported figures', exact: true }),
        '$927.0M',
      );
      await page.waitForLoadState('networkidle');
      expect(paths).toContain('/api/trade/totals');
      expect(paths).toContain('/api/trade/monthly');
      expect(paths).toContain('/api/trade/by-sector');
      expect(paths.filter((p) => p.startsWith('/api/trade/records'))).toEqual(
        [],
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
