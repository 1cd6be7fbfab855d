import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAX_RETRIES } from '../src/app/query-client';
import { TEMPLATE_CSV } from '../src/features/import/template';
import en from '../src/i18n/locales/en.json';
import { kpiFigure, region, test, UI_TIMEOUT, waitForText } from './journey';

/*
 * The fault matrix: every fault of the demo backend (`?mock-fail=`, see
 * mocks/handlers/faults.ts) against every endpoint, in a real Chromium. A
 * failing endpoint's panel says what went wrong and offers Retry; every
 * other panel keeps its figures. Page loads are shared: each load of the
 * first view fails six of its seven endpoints with six different faults
 * (ROTATION), one load makes everything hang, and an endpoint that has a
 * view of its own (by-pair, records) walks its faults one after another,
 * each Retry meeting the next fault.
 */

const E = en.common.errors;
const TURNOVER = en.kpis.card.turnover;
const KPIS = en.kpis.panel.title;
const TREND = en.trend.panel.title;
const SECTORS = en.sectors.panel.title;
const BREAKDOWN = en.breakdown.panel.title;
const COOPERATION = en.cooperation.panel.title;
const REPORTED = en.reported.panel.title;
const FILTERS = en.filters.panel.title;
const STRIP = en.overview.strip.title;
const RANKING = en.overview.ranking.title;
const SHARES = en.overview.regions.title;
const CATALOG_LEAD = en.catalog.failed.split('{{')[0] ?? '';

const FAULTS = [
  '400',
  '404',
  '500',
  '502',
  '503',
  'network',
  'cut',
  'invalid-json',
  'html',
  'schema',
  'empty',
  'huge',
] as const;
type Fault = (typeof FAULTS)[number];

/**
 * What the user reads for each fault. `503` stands for "503, then success":
 * the automatic retry heals it, so no message is ever shown.
 */
const MESSAGE: Record<Exclude<Fault, '503'>, string> = {
  '400': E['bad-request'],
  '404': E['not-found'],
  '500': E.server,
  '502': E.server,
  network: E.network,
  cut: E.network,
  'invalid-json': E.shape,
  html: E.shape,
  schema: E.shape,
  empty: E.shape,
  huge: E.shape,
};

/** Short names of the messages, for test names. */
const SAYS: Record<string, string> = {
  [E['bad-request']]: 'bad request',
  [E['not-found']]: 'not found',
  [E.server]: 'server error',
  [E.network]: 'could not be reached',
  [E.shape]: 'unexpected format',
};

function says(fault: Exclude<Fault, '503'>): string {
  return SAYS[MESSAGE[fault]] ?? '';
}

/**
 * Transient faults are retried twice before a panel gives up (query-client.ts),
 * so each must fail every attempt; the rest fail once. Either way the fault
 * is spent by the time the panel shows it, and Retry gets the real answer.
 */
function spec(target: string, fault: Fault): string {
  if (fault === '503') return `${target}:503:1`;
  const transient = ['500', '502', 'network', 'cut'].includes(fault);
  return `${target}:${fault}:${String(transient ? 1 + MAX_RETRIES : 1)}`;
}

// ---- what the user sees, per endpoint of the first view ---------------------

const ENDPOINTS = [
  'totals',
  'monthly',
  'by-sector',
  'cooperation',
  'meta',
  'regions',
  'sectors',
] as const;
type Endpoint = (typeof ENDPOINTS)[number];

function panelAlert(page: Page, title: string): Locator {
  return region(page, title).getByRole('alert');
}

function catalogNotice(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: CATALOG_LEAD });
}

async function count(locator: Locator, expected: number): Promise<void> {
  await expect
    .poll(() => locator.count(), { timeout: UI_TIMEOUT })
    .toBe(expected);
}

/** A panel shows `message` and an enabled Retry. */
async function panelFails(
  page: Page,
  title: string,
  message: string,
): Promise<void> {
  const alert = panelAlert(page, title);
  await waitForText(alert, message);
  const retry = alert.getByRole('button', { name: en.common.retry });
  await expect
    .poll(() => retry.isEnabled(), { timeout: UI_TIMEOUT })
    .toBe(true);
}

/** The catalogue notice names `part` and offers its Retry. */
async function catalogFails(page: Page, part: string): Promise<void> {
  const notice = catalogNotice(page);
  await waitForText(notice, part);
  const retry = notice.getByRole('button', { name: en.common.retry });
  await expect
    .poll(() => retry.isEnabled(), { timeout: UI_TIMEOUT })
    .toBe(true);
}

async function clickRetry(scope: Locator): Promise<void> {
  await scope.getByRole('button', { name: en.common.retry }).click();
}

type Surface = {
  /** Where the user meets it, for test names. */
  where: string;
  /** Its figures (or names) are on screen. */
  healthy: (page: Page) => Promise<void>;
  /** It says `message` where the user looks for it, with a Retry. */
  failing: (page: Page, message: string) => Promise<void>;
  /** Its Retry: a panel's own, or the catalogue notice's. */
  retry: (page: Page) => Promise<void>;
  catalog: boolean;
};

const SURFACES: Record<Endpoint, Surface> = {
  totals: {
    where: 'KPI panel',
    healthy: (page) => waitForText(kpiFigure(page, TURNOVER), '$927.0M'),
    failing: (page, message) => panelFails(page, KPIS, message),
    retry: (page) => clickRetry(panelAlert(page, KPIS)),
    catalog: false,
  },
  monthly: {
    where: 'trend panel',
    // Eight months, two flows: one bar each.
    healthy: (page) => count(trendBars(page), 16),
    failing: (page, message) => panelFails(page, TREND, message),
    retry: (page) => clickRetry(panelAlert(page, TREND)),
    catalog: false,
  },
  'by-sector': {
    where: 'sector panels',
    healthy: async (page) => {
      await waitForText(region(page, SECTORS), en.sectors.panel.hint);
      await count(region(page, BREAKDOWN).getByRole('table'), 1);
    },
    failing: async (page, message) => {
      await panelFails(page, SECTORS, message);
      await panelFails(page, BREAKDOWN, message);
    },
    // Both panels read the same answer: one Retry heals both.
    retry: (page) => clickRetry(panelAlert(page, SECTORS)),
    catalog: false,
  },
  cooperation: {
    where: 'cooperation panel',
    healthy: (page) =>
      count(
        region(page, COOPERATION).getByRole('list', {
          name: en.cooperation.areas.label,
        }),
        1,
      ),
    failing: (page, message) => panelFails(page, COOPERATION, message),
    retry: (page) => clickRetry(panelAlert(page, COOPERATION)),
    catalog: false,
  },
  meta: {
    where: 'catalogue notice + reported-figures panel',
    healthy: (page) =>
      waitForText(region(page, REPORTED), en.reported.panel.lead),
    failing: async (page, message) => {
      await catalogFails(page, en.catalog.part.meta);
      await panelFails(page, REPORTED, message);
    },
    retry: (page) => clickRetry(catalogNotice(page)),
    catalog: true,
  },
  regions: {
    where: 'catalogue notice, codes for names',
    healthy: (page) =>
      waitForText(page.getByRole('heading', { level: 1 }), 'Altai Krai'),
    failing: async (page) => {
      await catalogFails(page, en.catalog.part.regions);
      await waitForText(page.getByRole('heading', { level: 1 }), 'RU-ALT');
    },
    retry: (page) => clickRetry(catalogNotice(page)),
    catalog: true,
  },
  sectors: {
    where: 'catalogue notice, codes for names',
    // The goods picker needs the names; without them the filter shows codes.
    healthy: (page) =>
      count(
        region(page, FILTERS).getByRole('group', {
          name: en.filters.sectors.label,
        }),
        1,
      ),
    failing: (page) => catalogFails(page, en.catalog.part.sectors),
    retry: (page) => clickRetry(catalogNotice(page)),
    catalog: true,
  },
};

function trendBars(page: Page): Locator {
  return region(page, TREND).locator('g.recharts-bar path.recharts-rectangle');
}

/**
 * Console errors a failing request causes by design ("Failed to load
 * resource" for an API URL); anything else, an uncaught error above all,
 * fails the test.
 */
function unexpectedErrors(errors: readonly string[]): string[] {
  return errors.filter(
    (e) =>
      !/^console\.error: Failed to load resource: .*\(http:\/\/[^)]+\/api\//.test(
        e,
      ),
  );
}

/** Everything is back: every endpoint's figures, and no alert left. */
async function allHealthy(page: Page): Promise<void> {
  for (const endpoint of ENDPOINTS) await SURFACES[endpoint].healthy(page);
  await count(page.getByRole('alert'), 0);
}

/**
 * Retries every failing surface: panels first, the catalogue notice last
 * (its one Retry reloads every failed catalogue; /api/meta back changes the
 * dataset key, so the panels would refetch on their own, Retry or not).
 */
async function retryAll(page: Page, failing: readonly Endpoint[]) {
  for (const endpoint of failing)
    if (!SURFACES[endpoint].catalog) await SURFACES[endpoint].retry(page);
  const catalog = failing.find((endpoint) => SURFACES[endpoint].catalog);
  if (catalog) await SURFACES[catalog].retry(page);
}

// ---- the rotation ------------------------------------------------------------

type Load = Partial<Record<Endpoint, Fault>>;

/**
 * Fourteen loads of the first view. Each spares one endpoint (in turn) and
 * fails the other six with six different faults; over the fourteen, every
 * fault meets every endpoint once (checked below). Load i gives endpoint j
 * the fault (rank of load i among j's loads + j) mod 12.
 */
// prettier-ignore
const ROTATION_TABLE: readonly (readonly (Fault | '-')[])[] = [
  // totals        monthly         by-sector       cooperation     meta            regions         sectors
  ['-',            '404',          '500',          '502',          '503',          'network',      'cut'],
  ['400',          '-',            '502',          '503',          'network',      'cut',          'invalid-json'],
  ['404',          '500',          '-',            'network',      'cut',          'invalid-json', 'html'],
  ['500',          '502',          '503',          '-',            'invalid-json', 'html',         'schema'],
  ['502',          '503',          'network',      'cut',          '-',            'schema',       'empty'],
  ['503',          'network',      'cut',          'invalid-json', 'html',         '-',            'huge'],
  ['network',      'cut',          'invalid-json', 'html',         'schema',       'empty',        '-'],
  ['-',            'invalid-json', 'html',         'schema',       'empty',        'huge',         '400'],
  ['cut',          '-',            'schema',       'empty',        'huge',         '400',          '404'],
  ['invalid-json', 'html',         '-',            'huge',         '400',          '404',          '500'],
  ['html',         'schema',       'empty',        '-',            '404',          '500',          '502'],
  ['schema',       'empty',        'huge',         '400',          '-',            '502',          '503'],
  ['empty',        'huge',         '400',          '404',          '500',          '-',            'network'],
  ['huge',         '400',          '404',          '500',          '502',          '503',          '-'],
];

/** `-` spares the endpoint of that column. */
const ROTATION: readonly Load[] = ROTATION_TABLE.map((row) =>
  Object.fromEntries(
    ENDPOINTS.flatMap((endpoint, j) => {
      const fault = row[j];
      return fault === undefined || fault === '-' ? [] : [[endpoint, fault]];
    }),
  ),
);

function outcome(endpoint: Endpoint, fault: Fault): string {
  const { where } = SURFACES[endpoint];
  if (fault === '503') return `${endpoint} × 503 then success → figures`;
  return `${endpoint} × ${fault} → ${where}: ${says(fault)}`;
}

function loadName(load: Load): string {
  const failed = ENDPOINTS.filter((e) => load[e] !== undefined);
  const spared = ENDPOINTS.filter((e) => load[e] === undefined);
  return `${failed.map((e) => outcome(e, load[e] ?? '503')).join('; ')}; Retry; ${spared.join(', ')} untouched keep figures`;
}

describe('the fault rotation', () => {
  it('meets every fault with every first-view endpoint, six different faults a load', () => {
    for (const endpoint of ENDPOINTS) {
      const met = ROTATION.map((load) => load[endpoint]).filter(
        (f) => f !== undefined,
      );
      expect(new Set(met), endpoint).toEqual(new Set(FAULTS));
    }
    for (const load of ROTATION) {
      const faults = Object.values(load);
      expect(faults).toHaveLength(6);
      expect(new Set(faults).size).toBe(6);
    }
  });
});

describe('first view: six endpoints fail at once, the seventh keeps its figures', () => {
  ROTATION.forEach((load, i) => {
    test(`load ${String(i + 1)}: ${loadName(load)}`, async ({
      open,
      errors,
    }) => {
      const entries = ENDPOINTS.flatMap((e) => {
        const fault = load[e];
        return fault === undefined ? [] : [[e, fault] as const];
      });
      const page = await open(
        `/?lang=en&mock-fail=${entries.map(([e, f]) => spec(e, f)).join(',')}`,
        { allowErrors: true },
      );
      const failing = entries
        .filter(([, fault]) => fault !== '503')
        .map(([endpoint]) => endpoint);
      for (const [endpoint, fault] of entries)
        if (fault !== '503')
          await SURFACES[endpoint].failing(page, MESSAGE[fault]);
      // The untouched endpoint and the one healed by its automatic retry.
      for (const endpoint of ENDPOINTS)
        if (!failing.includes(endpoint)) await SURFACES[endpoint].healthy(page);

      await retryAll(page, failing);
      await allHealthy(page);
      expect(unexpectedErrors(errors)).toEqual([]);
    });
  });
});

// ---- endpoints with a view of their own: their faults one after another ------

/**
 * Every fault but hang (that one is in the hang load), ordered so that no two
 * in a row read the same: each Retry visibly meets the next one.
 */
const CHAIN: readonly Exclude<Fault, '503'>[] = [
  'invalid-json',
  '400',
  'html',
  '500',
  'schema',
  'network',
  'empty',
  '404',
  'huge',
  '502',
  'cut',
];

/** `target`'s chain of faults, each spent in turn, then 503 once and success. */
function chainSpec(target: string): string {
  return [...CHAIN, '503' as const].map((f) => spec(target, f)).join(',');
}

const CHAIN_NAME = CHAIN.map((f) => `${f} (${says(f)})`).join(', ');

/** "The export failed" below the export buttons, with its reason. */
function exportFailure(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: en.export.status.failed });
}

function csvButton(page: Page): Locator {
  return page.getByRole('button', { name: en.export.csv.button });
}

async function clickCsv(page: Page): Promise<void> {
  const button = csvButton(page);
  await expect
    .poll(() => button.isEnabled(), { timeout: UI_TIMEOUT })
    .toBe(true);
  await button.click();
}

/** The CSV's lines, once the browser has it. */
async function csvLines(file: Download): Promise<string[]> {
  return (await readFile(await file.path(), 'utf8')).trim().split(/\r?\n/);
}

async function exportCsv(page: Page): Promise<string[]> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: UI_TIMEOUT }),
    clickCsv(page),
  ]);
  return csvLines(file);
}

/** The overview's three panels, all drawn from /api/trade/by-pair. */
const OVERVIEW_PANELS = [STRIP, RANKING, SHARES];

async function overviewHealthy(page: Page): Promise<void> {
  await count(region(page, RANKING).locator('tbody tr'), 19);
  await waitForText(
    region(page, RANKING)
      .locator('tbody tr')
      .filter({ hasText: 'East Kazakhstan Region ↔ Altai Krai' }),
    '$927.0M',
  );
}

describe('endpoints with a view of their own walk every fault in one load', () => {
  test(`records × ${CHAIN_NAME}, in turn → Export CSV: each its message below the buttons, no file; the panels keep their figures; records × 503 then success → the CSV`, async ({
    open,
    errors,
  }) => {
    const page = await open(`/?lang=en&mock-fail=${chainSpec('records')}`, {
      allowErrors: true,
    });
    let files = 0;
    page.on('download', () => {
      files += 1;
    });
    for (const fault of CHAIN) {
      await clickCsv(page);
      await waitForText(exportFailure(page), MESSAGE[fault]);
      expect(files, fault).toBe(0);
    }
    // Only the export failed: the panels never asked for records.
    for (const endpoint of ENDPOINTS) await SURFACES[endpoint].healthy(page);

    const lines = await exportCsv(page);
    expect(lines[0]).toMatch(/^month,kz_region,/);
    expect(lines.length).toBeGreaterThan(1);
    await count(page.getByRole('alert'), 0);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test(`by-pair × ${CHAIN_NAME}, in turn → the overview's three panels: each its message, Retry; the title stays; by-pair × 503 then success → the ranking`, async ({
    open,
    errors,
  }) => {
    const page = await open(
      `/?view=overview&lang=en&mock-fail=${chainSpec('by-pair')}`,
      { allowErrors: true },
    );
    for (const fault of CHAIN) {
      for (const title of OVERVIEW_PANELS)
        await panelFails(page, title, MESSAGE[fault]);
      await waitForText(
        page.getByRole('heading', { level: 1 }),
        en.overview.title,
      );
      await clickRetry(panelAlert(page, STRIP));
    }
    await overviewHealthy(page);
    await count(page.getByRole('alert'), 0);
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});

// ---- hang --------------------------------------------------------------------

/** Requests per API path (without the query), as the page sent them. */
function countRequests(page: Page): Map<string, number> {
  const seen = new Map<string, number>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/'))
      seen.set(pathname, (seen.get(pathname) ?? 0) + 1);
  });
  return seen;
}

const API_PATH: Record<Endpoint, string> = {
  totals: '/api/trade/totals',
  monthly: '/api/trade/monthly',
  'by-sector': '/api/trade/by-sector',
  cooperation: '/api/cooperation',
  meta: '/api/meta',
  regions: '/api/regions',
  sectors: '/api/sectors',
};

describe('hang: the 10 s deadline, paid in one load', () => {
  test(`every endpoint × hang → each panel and the catalogue notice: took too long, asked once, Retry → figures; then records × hang → Export CSV: took too long, no file, again → the CSV; then by-pair × hang → the overview: took too long, Retry → the ranking`, async ({
    open,
    errors,
  }) => {
    const targets = [...ENDPOINTS, 'records', 'by-pair'];
    const page = await open(
      `/?lang=en&mock-fail=${targets.map((t) => `${t}:hang:1`).join(',')}`,
      { allowErrors: true },
    );
    const requests = countRequests(page);
    // The catalogue times out first; the panels ask only then, and time
    // out ten seconds later.
    const catalogFirst = [...ENDPOINTS].sort(
      (a, b) => Number(SURFACES[b].catalog) - Number(SURFACES[a].catalog),
    );
    for (const endpoint of catalogFirst)
      await SURFACES[endpoint].failing(page, E.timeout);
    // A timeout is not retried by itself: one request each.
    for (const endpoint of ENDPOINTS)
      expect(requests.get(API_PATH[endpoint]), endpoint).toBe(1);
    await retryAll(page, ENDPOINTS);
    await allHealthy(page);

    let files = 0;
    page.on('download', () => {
      files += 1;
    });
    await clickCsv(page);
    await waitForText(exportFailure(page), E.timeout);
    expect(files).toBe(0);
    const lines = await exportCsv(page);
    expect(lines.length).toBeGreaterThan(1);

    await page.getByRole('link', { name: en.overview.link }).click();
    for (const title of OVERVIEW_PANELS)
      await panelFails(page, title, E.timeout);
    await clickRetry(panelAlert(page, STRIP));
    await overviewHealthy(page);
    expect(unexpectedErrors(errors)).toEqual([]);
  }, 120_000);
});

// ---- answers that do not fit the request -------------------------------------

describe('answers that do not fit the request are refused, not drawn', () => {
  test('monthly × duplicate → trend panel: does not match the request, no bars, Retry → 16 bars; records × foreign → Export CSV: does not match, no file, again → the CSV of this pair only; KPI keeps $927.0M', async ({
    open,
    errors,
  }) => {
    const page = await open(
      '/?lang=en&mock-fail=monthly:duplicate:1,records:foreign:1',
      { allowErrors: true },
    );
    await panelFails(page, TREND, E.mismatch);
    await count(trendBars(page), 0);
    await SURFACES.totals.healthy(page);

    let files = 0;
    page.on('download', () => {
      files += 1;
    });
    await clickCsv(page);
    await waitForText(exportFailure(page), E.mismatch);
    expect(files).toBe(0);

    await SURFACES.monthly.retry(page);
    await SURFACES.monthly.healthy(page);
    const [header, ...rows] = await exportCsv(page);
    expect(header).toMatch(/^month,kz_region,/);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row).toMatch(/^\d{4}-\d{2},KZ-63,[^,]*,RU-ALT,/);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  test.for([
    ['outside', 'no figures of another period'],
    ['1e20', 'no $100,000,000.0T'],
  ] as const)(
    'totals × %s → KPI panel: does not match the request, %s; the other panels keep figures; Retry → $927.0M',
    async ([fault], { open, errors }) => {
      const page = await open(`/?lang=en&mock-fail=totals:${fault}:1`, {
        allowErrors: true,
      });
      await panelFails(page, KPIS, E.mismatch);
      for (const endpoint of ENDPOINTS)
        if (endpoint !== 'totals') await SURFACES[endpoint].healthy(page);
      // Not one card drawn, and nothing of the refused answer anywhere.
      await count(region(page, KPIS).locator('data'), 0);
      expect(await page.locator('body').innerText()).not.toContain(
        '100,000,000',
      );
      await SURFACES.totals.retry(page);
      await allHealthy(page);
      expect(unexpectedErrors(errors)).toEqual([]);
    },
  );
});

describe('import', () => {
  test('user-data × 500 → the import dialog: the file is stored but not shown, server error, Retry; no uncaught error; Retry → the imported view', async ({
    open,
    errors,
  }) => {
    const page = await open('/?lang=en&mock-fail=user-data:500:1', {
      allowErrors: true,
    });
    await SURFACES.totals.healthy(page);
    await page.getByRole('button', { name: en.import.button }).click();
    const dialog = page.getByRole('dialog', { name: en.import.title });
    await dialog.getByLabel(en.import.file, { exact: true }).setInputFiles({
      name: 'template.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(TEMPLATE_CSV),
    });
    await dialog.getByRole('button', { name: /^Import 1 row$/ }).click();
    const alert = dialog.getByRole('alert');
    await waitForText(alert, en.import['not-shown']);
    await waitForText(alert, E.server);
    // The dashboard behind is untouched: still the demo's figures.
    await SURFACES.totals.healthy(page);

    await clickRetry(alert);
    await count(dialog, 0);
    await count(page.getByRole('button', { name: /^Your data/ }), 1);
    await waitForText(kpiFigure(page, TURNOVER), '$1.3M');
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});
