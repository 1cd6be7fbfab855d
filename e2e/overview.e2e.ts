import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect } from 'vitest';
import en from '../src/i18n/locales/en.json';
import kk from '../src/i18n/locales/kk.json';
import ru from '../src/i18n/locales/ru.json';
import { expectNoAxeProblems, horizontalOverflow } from './axe';
import {
  download,
  region,
  searchParams,
  test,
  UI_TIMEOUT,
  waitForSettled,
} from './journey';

const OVERVIEW = '/?view=overview&from=2023-01&to=2023-08';
/** A period other than the default, so the URL shows it is kept. */
const OVERVIEW_2022 = '/?view=overview&from=2022-03&to=2022-11';
const CATALOGUES = { ru, kk, en } as const;

/** The ranking's body rows once they are drawn. */
async function rankingRows(page: Page, title = en.overview.ranking.title) {
  const rows = region(page, title).locator('tbody tr');
  await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBe(19);
  await waitForSettled(page);
  return rows;
}

/** Exact dollars of a cell's `<data>`. */
async function exact(cell: ReturnType<Page['locator']>): Promise<number> {
  return Number(await cell.locator('data').getAttribute('value'));
}

describe('border overview', () => {
  test('ranks the 19 pairs from one request; they sum to the total, East Kazakhstan ↔ Altai Krai at $927.0M', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/trade/')) requests.push(url.pathname);
    });
    await page.goto(`${OVERVIEW}&lang=en`);
    const rows = await rankingRows(page);
    let sum = 0;
    for (let i = 0; i < 19; i += 1)
      sum += await exact(rows.nth(i).locator('td').first());
    const ranking = region(page, en.overview.ranking.title);
    expect(await exact(ranking.locator('tfoot [data-total="turnover"]'))).toBe(
      sum,
    );
    const altai = rows.filter({
      hasText: 'East Kazakhstan Region ↔ Altai Krai',
    });
    expect(await altai.locator('td').first().innerText()).toBe('$927.0M');
    expect(await altai.innerText()).toContain(en.common.reported);
    // One aggregation serves the whole screen, not one request per pair.
    expect(requests.filter((p) => p === '/api/trade/by-pair')).toHaveLength(1);
    expect(requests.filter((p) => p !== '/api/trade/by-pair')).toEqual([]);
  });

  test('the strip has 19 focusable pairs; Enter opens one with the period kept', async ({
    page,
  }) => {
    await page.goto(`${OVERVIEW}&lang=en`);
    await rankingRows(page);
    const strip = region(page, en.overview.strip.title);
    const links = strip.getByRole('link');
    await expect.poll(() => links.count(), { timeout: UI_TIMEOUT }).toBe(19);
    const names = await links.evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('aria-label') ?? ''),
    );
    for (const name of names)
      expect(name).toMatch(/^.+ ↔ .+: (\$[\d.]+[KMB]?|no data)$/);
    expect(names).toContain('East Kazakhstan Region ↔ Altai Krai: $927.0M');
    // The same strip for another period, to see the period kept.
    await page.goto(`${OVERVIEW_2022}&lang=en`);
    await rankingRows(page);
    await expect.poll(() => links.count(), { timeout: UI_TIMEOUT }).toBe(19);
    const names2022 = await links.evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('aria-label') ?? ''),
    );
    // One tab stop; arrow keys move along the border, west to east.
    await links.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(
      await page.evaluate(() =>
        document.activeElement?.getAttribute('aria-label'),
      ),
    ).toBe(names2022[1]);
    await page.keyboard.press('End');
    expect(
      await page.evaluate(() =>
        document.activeElement?.getAttribute('aria-label'),
      ),
    ).toBe(names2022[18]);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => searchParams(page).get('view'), { timeout: UI_TIMEOUT })
      .toBeNull();
    expect(searchParams(page).get('pair')).toBe('KZ-63~RU-AL');
    expect(searchParams(page).get('from')).toBe('2022-03');
    expect(searchParams(page).get('to')).toBe('2022-11');
  });

  test('sorts by change, and each row opens its pair', async ({ page }) => {
    await page.goto(`${OVERVIEW_2022}&lang=en`);
    const rows = await rankingRows(page);
    const ranking = region(page, en.overview.ranking.title);
    await ranking.getByRole('button', { name: /^Change/ }).click();
    expect(
      await ranking
        .getByRole('columnheader', { name: /^Change/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    const changes = (await rows.locator('td:nth-of-type(4)').allInnerTexts())
      .map((text) => text.replace('−', '-').replace('%', ''))
      .filter((text) => text !== '—')
      .map(Number);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
    await rows.first().getByRole('link').click();
    await expect
      .poll(() => searchParams(page).get('view'), { timeout: UI_TIMEOUT })
      .toBeNull();
    expect(searchParams(page).get('pair')).not.toBeNull();
    expect(searchParams(page).get('from')).toBe('2022-03');
  });

  test('is reached from the header, and exports a wide, non-blank report PNG and a CSV', async ({
    page,
  }) => {
    await page.goto('/?lang=en&from=2023-01&to=2023-08');
    await page
      .getByRole('link', { name: en.overview.link, exact: true })
      .click();
    expect(searchParams(page).get('view')).toBe('overview');
    await rankingRows(page);
    const png = await download(page, en.export.report.button);
    const image = PNG.sync.read(await readFile(await png.path()));
    expect(image.width).toBeGreaterThanOrEqual(1600);
    let ink = 0;
    for (let i = 0; i < image.data.length; i += 16)
      if ((image.data[i] ?? 255) < 200) ink += 1;
    expect(ink).toBeGreaterThan(1000);

    const csv = await download(page, en.export.csv.button);
    const text = (await readFile(await csv.path())).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split(/\r?\n/);
    expect(lines).toHaveLength(20);
    expect(lines[0]).toContain('turnover_usd');
  });

  test('axe finds no serious or critical violation in ru, kk and en, and 360 px does not scroll sideways', async ({
    open,
  }) => {
    for (const lang of ['ru', 'kk', 'en'] as const) {
      const page = await open(`${OVERVIEW}&lang=${lang}`);
      await rankingRows(page, CATALOGUES[lang].overview.ranking.title);
      await expectNoAxeProblems(page, `overview in ${lang}`);
      const phone = await open(`${OVERVIEW}&lang=${lang}`, {
        width: 360,
        height: 740,
      });
      await rankingRows(phone, CATALOGUES[lang].overview.ranking.title);
      expect(await horizontalOverflow(phone)).toBe(0);
    }
  });
});
