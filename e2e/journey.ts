import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { test as base, expect, inject } from 'vitest';
import { launchBrowser, newPage, type PageOptions } from './browser';

/** Long enough for a cold Chromium on 2 cores; journeys poll, never sleep. */
export const UI_TIMEOUT = 20_000;
export const VIEWPORT = { width: 1280, height: 800 };

export type OpenOptions = Partial<Omit<PageOptions, 'baseURL'>> & {
  /**
   * The journey provokes console errors on purpose (a failing request, say):
   * this page's errors still land in `errors`, but do not fail the test.
   */
  allowErrors?: boolean;
};

/**
 * Journeys run as `test('…', async ({ page }) => …)`:
 *
 * - `browser`: one Chromium per file, closed after its last test.
 * - `baseUrl`: the preview server's origin; relative paths resolve against it.
 * - `open(path, options)`: a page in a fresh context (no storage shared with
 *   other journeys) at `VIEWPORT` and `en-US` unless told otherwise, navigated
 *   to `path` (relative or absolute); blank without a path.
 * - `page`: `open()`, for a journey that needs one desktop page; call
 *   `page.goto('/?lang=en')`.
 * - `errors`: console errors and uncaught page errors of every page the test
 *   opened, in arrival order.
 *
 * After the test every context closes, then the test fails if a page opened
 * without `allowErrors` logged an error.
 */
export const test = base
  // Vitest reads a fixture's dependencies from its first parameter's pattern.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('baseUrl', { scope: 'file' }, () => inject('baseUrl'))
  .extend('errors', (): string[] => [])
  .extend('open', ({ browser, baseUrl, errors }, { onCleanup }) => {
    const contexts: BrowserContext[] = [];
    const unexpected: string[] = [];
    onCleanup(async () => {
      await Promise.all(contexts.map((context) => context.close()));
      expect(unexpected, 'console errors and uncaught page errors').toEqual([]);
    });
    return async (
      path?: string,
      { allowErrors = false, ...options }: OpenOptions = {},
    ): Promise<Page> => {
      const { context, page } = await newPage(
        browser,
        { ...VIEWPORT, ...options, baseURL: baseUrl },
        (message) => {
          errors.push(message);
          if (!allowErrors) unexpected.push(message);
        },
      );
      contexts.push(context);
      if (path !== undefined) await page.goto(path);
      return page;
    };
  })
  .extend('page', ({ open }) => open());

/** A landmark region (`<section>` named by its heading), by its exact name. */
export function region(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** The compact figure of a KPI card (its `<data>`, whose `value` holds exact dollars). */
export function kpiFigure(page: Page, card: string): Locator {
  return region(page, card).locator('data');
}

/** The first match's text, or '' while there is none. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.count()) > 0 ? locator.first().innerText() : '';
}

/** Waits until the first match shows `text`; polls, never sleeps. */
export async function waitForText(
  locator: Locator,
  text: string,
): Promise<void> {
  await expect
    .poll(() => textOf(locator), { timeout: UI_TIMEOUT })
    .toContain(text);
}

/** Placeholder data stays until the new answer arrives; waits until nothing is busy. */
export async function waitForSettled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[aria-busy="true"]').count(), {
      timeout: UI_TIMEOUT,
    })
    .toBe(0);
}

/** The query of the page's current URL. */
export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Clicks a download button once it is enabled and returns the file. */
export async function download(
  page: Page,
  buttonName: string,
): Promise<Download> {
  const button = page.getByRole('button', { name: buttonName });
  await expect
    .poll(() => button.isEnabled(), { timeout: UI_TIMEOUT })
    .toBe(true);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    button.click(),
  ]);
  return file;
}
