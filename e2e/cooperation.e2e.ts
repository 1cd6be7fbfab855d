import { describe, expect } from 'vitest';
import en from '../src/i18n/locales/en.json';
import { region, test, UI_TIMEOUT } from './journey';

const AREAS = [
  'Trade fairs and exhibitions',
  'Cultural and humanitarian ties',
  'Tourism',
  'Honey processing and beekeeping',
  'Maral deer breeding',
  'Agriculture and machinery',
  'Joint projects',
];

describe('cooperation', () => {
  test('lists the areas, shows figures with sources, a dated timeline and chart markers', async ({
    page,
  }) => {
    await page.goto('/?lang=en&from=2023-01&to=2023-12');
    const panel = region(page, en.cooperation.panel.title);
    const areas = panel.getByRole('list', {
      name: en.cooperation.areas.label,
    });
    await expect
      .poll(() => areas.getByRole('button').count(), { timeout: UI_TIMEOUT })
      .toBe(AREAS.length);
    for (const name of AREAS) {
      expect(
        await areas
          .getByRole('button', { name: new RegExp(`^${name}`) })
          .count(),
      ).toBe(1);
    }

    await areas.getByRole('button', { name: /^Maral deer breeding/ }).click();
    const maral = panel.getByRole('region', { name: 'Maral deer breeding' });
    expect(await maral.innerText()).toContain('25,000');
    expect(await maral.getByRole('link').count()).toBeGreaterThan(0);
    // The Altai Republic figure carries its caveat next to it.
    expect(await maral.innerText()).toMatch(/Altai Republic/);

    await areas.getByRole('button', { name: /^Honey processing/ }).click();
    const honey = panel.getByRole('region', {
      name: 'Honey processing and beekeeping',
    });
    const honeyText = await honey.innerText();
    expect(honeyText).toContain('2,898.5');
    expect(honeyText).toContain('5,465');
    const links = honey.getByRole('link');
    const hrefs = await links.evaluateAll((as) =>
      as.map((a) => a.getAttribute('href') ?? ''),
    );
    expect(hrefs.some((h) => h.includes('kazpravda.kz'))).toBe(true);
    expect(hrefs.some((h) => h.includes('ria.ru'))).toBe(true);
    const rels = await links.evaluateAll((as) =>
      as.map((a) => a.getAttribute('rel')),
    );
    expect(new Set(rels)).toEqual(new Set(['noopener noreferrer']));

    // Back to all areas: the 2023 timeline holds the forum and the Ankara opening.
    await areas.getByRole('button', { name: /^Honey processing/ }).click();
    // The timeline is the panel's list of dated items.
    const timeline = panel
      .getByRole('list')
      .filter({ has: page.getByRole('time') });
    const text = await timeline.innerText();
    expect(text).toMatch(/Nov 9, 2023[\s\S]*XIX Forum[\s\S]*Kostanay/);
    expect(text).toMatch(/Dec 15, 2023[\s\S]*Ankara/);

    // A month-precision event is labelled as a month, never with a day.
    await panel
      .getByRole('button', { name: en.cooperation.timeline['all-years'] })
      .click();
    const all = await timeline.innerText();
    expect(all).toContain('April 2003');
    expect(all).not.toMatch(/Apr \d+, 2003/);
    expect(all).toMatch(/Cambridge[\s\S]*Caveat:[\s\S]*London/);

    const trend = region(page, en.trend.panel.title);
    // Event markers are the only images inside the chart itself.
    const markers = trend.getByRole('application').getByRole('img');
    expect(await markers.count()).toBe(0);
    await trend.getByRole('button', { name: en.trend.controls.events }).click();
    await expect
      .poll(() => markers.count(), { timeout: UI_TIMEOUT })
      .toBeGreaterThanOrEqual(2);
    const labels = await markers.evaluateAll((gs) =>
      gs.map((g) => g.getAttribute('aria-label') ?? ''),
    );
    expect(labels.some((l) => l.includes('XIX Forum'))).toBe(true);
  });
});
