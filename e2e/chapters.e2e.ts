import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import en from '../src/i18n/locales/en.json';
import ru from '../src/i18n/locales/ru.json';
import kk from '../src/i18n/locales/kk.json';
import {
  download,
  kpiFigure,
  region,
  searchParams,
  test,
  UI_TIMEOUT,
  waitForSettled,
} from './journey';

const TURNOVER = en.kpis.card.turnover;

/** The Turnover card's exact dollars, once it shows a figure. */
async function turnoverExact(page: Page, card = TURNOVER): Promise<string> {
  const value = kpiFigure(page, card);
  await expect.poll(() => value.count(), { timeout: UI_TIMEOUT }).toBe(1);
  await waitForSettled(page);
  return (await value.getAttribute('value')) ?? '';
}

/** The rows of the view's CSV export, header first, BOM removed. */
async function exportedCsv(page: Page): Promise<string[][]> {
  const file = await download(page, en.export.csv.button);
  const text = (await readFile(await file.path())).toString('utf8').slice(1);
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

/** Opens the sector picker, unless open, and types into its search. */
async function searchGoods(
  page: Page,
  labels: { label: string; search: string },
  query: string,
): Promise<void> {
  const group = page.getByRole('group', { name: labels.label });
  const toggle = group.locator('.select-button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true')
    await toggle.click();
  await group.getByRole('searchbox', { name: labels.search }).fill(query);
}

describe('HS chapters', () => {
  test('?chapters=76 names Aluminium and shows the chapter-76 records of the whole view', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await turnoverExact(page);
    const rows = await exportedCsv(page);
    const header = rows[0] ?? [];
    const chapter = header.indexOf('hs_chapter');
    const value = header.indexOf('value_usd');
    expect(chapter).toBeGreaterThan(-1);
    const aluminium = rows
      .slice(1)
      .filter((row) => row[chapter] === '76')
      .reduce((sum, row) => sum + Number(row[value] ?? 0), 0);
    expect(aluminium).toBeGreaterThan(0);

    await page.goto('/?lang=en&chapters=76');
    expect(await turnoverExact(page)).toBe(String(aluminium));
    const chips = page.getByRole('list', { name: en.filters.sectors.selected });
    expect(await chips.getByRole('button').allInnerTexts()).toEqual([
      '76 Aluminium ×',
    ]);
    expect(await page.locator('.dashboard-goods').innerText()).toBe(
      'Goods: 76 Aluminium',
    );
    // A chapter is not a reported figure's level: the forum's total is not claimed.
    expect(await region(page, TURNOVER).getByRole('link').count()).toBe(0);
    // The breakdown names the chapter under its section; its total is the KPI's.
    const breakdown = region(page, en.breakdown.panel.title);
    await expect
      .poll(() => breakdown.locator('tr.chapter-row').allInnerTexts(), {
        timeout: UI_TIMEOUT,
      })
      .toEqual([expect.stringContaining('76 Aluminium')]);
    expect(
      await breakdown
        .locator('tfoot [data-total="turnover"] [title]')
        .getAttribute('title'),
    ).toBe(`$${aluminium.toLocaleString('en-US')}`);
  });

  test('"Chapters of section XV" reveals chapter 76, which filters the dashboard', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const all = await turnoverExact(page);
    const ranking = region(page, en.sectors.panel.title);
    const disclosure = ranking.getByRole('button', {
      name: 'Chapters of section XV',
      exact: true,
    });
    expect(await disclosure.getAttribute('aria-expanded')).toBe('false');
    await disclosure.click();
    expect(await disclosure.getAttribute('aria-expanded')).toBe('true');
    const chapters = ranking.getByRole('list', {
      name: 'Chapters of section XV',
      exact: true,
    });
    const aluminium = chapters.getByRole('button', { name: /^76 Aluminium/ });
    await expect.poll(() => aluminium.count(), { timeout: UI_TIMEOUT }).toBe(1);
    // Only section XV's chapters are listed, each with its value and share.
    for (const text of await chapters.getByRole('button').allInnerTexts())
      expect(text).toMatch(/^(7[2-9]|8[0-3]) .+\$[\d.]+[KMB]? · [\d.]+%/s);

    await aluminium.click();
    await expect
      .poll(() => searchParams(page).get('chapters'), { timeout: UI_TIMEOUT })
      .toBe('76');
    expect(searchParams(page).get('sectors')).toBeNull();
    await expect
      .poll(() => turnoverExact(page), { timeout: UI_TIMEOUT })
      .not.toBe(all);
    expect(await aluminium.getAttribute('aria-pressed')).toBe('true');
    // Its section is only partly chosen.
    expect(
      await ranking
        .getByRole('button', { name: /^XV / })
        .getAttribute('aria-pressed'),
    ).toBe('mixed');
    // Back returns to all goods.
    await page.goBack();
    await expect
      .poll(() => turnoverExact(page), { timeout: UI_TIMEOUT })
      .toBe(all);
  });

  test('the picker finds chapters by word in any language and by code', async ({
    open,
  }) => {
    const page = await open('/?lang=ru');
    await turnoverExact(page, ru.kpis.card.turnover);
    const labels = ru.filters.sectors;
    await searchGoods(page, labels, 'мёд');
    const honey = page.getByRole('checkbox', { name: /^04 · / });
    await expect.poll(() => honey.count(), { timeout: UI_TIMEOUT }).toBe(1);
    // English words and codes work in the Russian interface too.
    await searchGoods(page, labels, 'aluminium');
    await expect
      .poll(
        () =>
          page
            .getByRole('group', { name: labels['group-chapters'], exact: true })
            .locator('label')
            .allInnerTexts(),
        { timeout: UI_TIMEOUT },
      )
      .toEqual([expect.stringMatching(/^76 · Алюминий/)]);
    await searchGoods(page, labels, '7601');
    const code = page.getByRole('checkbox', { name: /^76 · / });
    await expect.poll(() => code.count(), { timeout: UI_TIMEOUT }).toBe(1);
    await code.check();
    await expect
      .poll(() => searchParams(page).get('chapters'), { timeout: UI_TIMEOUT })
      .toBe('76');

    const kazakh = await open('/?lang=kk');
    await turnoverExact(kazakh, kk.kpis.card.turnover);
    await searchGoods(kazakh, kk.filters.sectors, 'бал');
    await expect
      .poll(
        () =>
          kazakh
            .getByRole('group', {
              name: kk.filters.sectors['group-chapters'],
              exact: true,
            })
            .locator('label')
            .allInnerTexts(),
        { timeout: UI_TIMEOUT },
      )
      .toEqual([expect.stringMatching(/^04 · /)]);
  });

  test('a link with a chapter its section already covers drops it and says why', async ({
    page,
  }) => {
    await page.goto('/?lang=en&sectors=XV&chapters=76,04,99');
    await turnoverExact(page);
    const notice = page.getByRole('status').filter({
      hasText: en.filters.notice.ignored,
    });
    await expect
      .poll(() => notice.innerText(), { timeout: UI_TIMEOUT })
      .toContain(`chapters=76 — ${en.filters.notice['reason-redundant']}`);
    expect(await notice.innerText()).toContain(
      `chapters=99 — ${en.filters.notice['reason-invalid']}`,
    );
    expect(searchParams(page).get('sectors')).toBe('XV');
    expect(searchParams(page).get('chapters')).toBe('04');
  });
});
