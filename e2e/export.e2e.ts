import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect } from 'vitest';
import en from '../src/i18n/locales/en.json';
import { download, kpiFigure, region, test, UI_TIMEOUT } from './journey';

async function readPng(file: Download): Promise<PNG> {
  return PNG.sync.read(await readFile(await file.path()));
}

/**
 * Share of pixels that differ from white, and counts of the two flow
 * colours and the accent (the ranking's bars).
 */
function inkOf(png: PNG): {
  ink: number;
  exportBlue: number;
  importVermillion: number;
  accent: number;
} {
  let ink = 0;
  let exportBlue = 0;
  let importVermillion = 0;
  let accent = 0;
  const near = (
    r: number,
    g: number,
    b: number,
    [R, G, B]: [number, number, number],
  ) => Math.abs(r - R) < 12 && Math.abs(g - G) < 12 && Math.abs(b - B) < 12;
  for (let i = 0; i < png.data.length; i += 4) {
    const r = png.data[i] ?? 0;
    const g = png.data[i + 1] ?? 0;
    const b = png.data[i + 2] ?? 0;
    if (r < 245 || g < 245 || b < 245) ink += 1;
    if (near(r, g, b, [0, 114, 178])) exportBlue += 1;
    if (near(r, g, b, [213, 94, 0])) importVermillion += 1;
    if (near(r, g, b, [11, 92, 173])) accent += 1;
  }
  return {
    ink: ink / (png.width * png.height),
    exportBlue,
    importVermillion,
    accent,
  };
}

async function turnoverExact(page: Page): Promise<string> {
  const value = kpiFigure(page, en.kpis.card.turnover);
  await expect.poll(() => value.count(), { timeout: UI_TIMEOUT }).toBe(1);
  return (await value.getAttribute('value')) ?? '';
}

describe('exports', () => {
  test('exports the whole report as a real, wide, non-blank PNG named from the filters', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await turnoverExact(page);
    const file = await download(page, en.export.report.button);
    expect(file.suggestedFilename()).toBe(
      'trade-report_KZ-63_RU-ALT_2023-01_2023-08.png',
    );
    const png = await readPng(file);
    expect(png.width).toBeGreaterThanOrEqual(1600);
    const { ink, exportBlue, importVermillion } = inkOf(png);
    expect(ink).toBeGreaterThan(0.05);
    // Both flows' bars are drawn in the chart region of the image.
    expect(exportBlue).toBeGreaterThan(2_000);
    expect(importVermillion).toBeGreaterThan(2_000);
    // The image is light even on a dark screen: its corner is white.
    expect([png.data[0], png.data[1], png.data[2]]).toEqual([255, 255, 255]);
  });

  test('exports the same report from a dark screen as from a light one', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await turnoverExact(page);
    const light = await readPng(await download(page, en.export.report.button));
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await readPng(await download(page, en.export.report.button));
    expect([dark.width, dark.height]).toEqual([light.width, light.height]);
    // Channels that differ visibly: none but anti-aliasing noise.
    let differ = 0;
    for (let i = 0; i < light.data.length; i += 1)
      if (Math.abs((light.data[i] ?? 0) - (dark.data[i] ?? 0)) > 16)
        differ += 1;
    expect(differ / light.data.length).toBeLessThan(0.001);
  });

  test('exports one chart as PNG at 2x and as a self-contained SVG', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await turnoverExact(page);
    const pngFile = await download(page, 'Download PNG: Monthly trend');
    expect(pngFile.suggestedFilename()).toBe(
      'trade-trend_KZ-63_RU-ALT_2023-01_2023-08.png',
    );
    const png = await readPng(pngFile);
    const chartWidth = await region(page, en.trend.panel.title)
      .getByRole('figure')
      .evaluate((node) => node.clientWidth);
    expect(png.width).toBeGreaterThanOrEqual(chartWidth * 2);
    const ink = inkOf(png);
    expect(ink.exportBlue).toBeGreaterThan(1_000);
    expect(ink.importVermillion).toBeGreaterThan(1_000);
    expect([png.data[0], png.data[1], png.data[2]]).toEqual([255, 255, 255]);

    const svgFile = await download(page, 'Download SVG: Monthly trend');
    const svg = await readFile(await svgFile.path(), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect(svg).toContain('Monthly trend');
    expect(svg).toContain('Illustrative data');
    expect(svg).not.toContain('var(--');
    expect(svg.match(/class="recharts-rectangle/g)?.length).toBe(16);
  });

  test('exports the sector ranking as a PNG of its bars at 2x, on white', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await turnoverExact(page);
    const file = await download(
      page,
      `${en.export.panel['download-png']}: ${en.sectors.panel.title}`,
    );
    expect(file.suggestedFilename()).toBe(
      'trade-sectors_KZ-63_RU-ALT_2023-01_2023-08.png',
    );
    const png = await readPng(file);
    expect(png.width).toBeGreaterThanOrEqual(1_800);
    // The 21 sections’ bars at full length (a copy of the screen squeezed them).
    expect(inkOf(png).accent).toBeGreaterThan(50_000);
    expect([png.data[0], png.data[1], png.data[2]]).toEqual([255, 255, 255]);
  });

  test('exports the border strip as a PNG and an SVG of its links', async ({
    page,
  }) => {
    await page.goto('/?view=overview&from=2023-01&to=2023-08&lang=en');
    const title = en.overview.strip.title;
    const png = await readPng(
      await download(page, `${en.export.panel['download-png']}: ${title}`),
    );
    expect(png.width).toBeGreaterThanOrEqual(2_000);
    // The links, drawn in the accent colour.
    expect(inkOf(png).accent).toBeGreaterThan(2_000);
    const svgFile = await download(
      page,
      `${en.export.panel['download-svg']}: ${title}`,
    );
    const svg = await readFile(await svgFile.path(), 'utf8');
    expect(svg).toContain(title);
    expect(svg).toContain('Altai Krai');
  });

  test('exports the records behind the view as CSV whose values sum to the turnover', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const exact = await turnoverExact(page);
    let downloads = 0;
    page.on('download', () => {
      downloads += 1;
    });
    const button = page.getByRole('button', { name: en.export.csv.button });
    await expect
      .poll(() => button.isEnabled(), { timeout: UI_TIMEOUT })
      .toBe(true);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      button.dblclick(),
    ]);
    await expect
      .poll(() => button.isEnabled(), { timeout: UI_TIMEOUT })
      .toBe(true);
    expect(downloads).toBe(1);

    expect(file.suggestedFilename()).toBe(
      'trade-data_KZ-63_RU-ALT_2023-01_2023-08.csv',
    );
    const bytes = await readFile(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toEqual([
      'month',
      'kz_region',
      'kz_region_name',
      'ru_region',
      'ru_region_name',
      'flow',
      'hs_section',
      'hs_section_name',
      'value_usd',
      'synthetic',
      'calibration',
      'hs_chapter',
      'hs_chapter_name',
    ]);
    // Each record is one HS chapter of its section, named in the file.
    for (const row of rows.slice(1)) {
      expect(row[11]).toMatch(/^\d{2}$/);
      expect(row[12]?.length).toBeGreaterThan(0);
    }
    const sum = rows
      .slice(1)
      .reduce((total, row) => total + Number(row[8] ?? 0), 0);
    expect(String(sum)).toBe(exact);
    expect(exact).toBe('927000000');
  });
});
