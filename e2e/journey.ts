import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchBrowser } from './browser';

/** Long enough for a cold Chromium on 2 cores; journeys poll, never sleep. */
export const UI_TIMEOUT = 20_000;
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * One Chromium per test file, launched before and closed after its tests.
 * Returns the preview server's address and a getter for the browser.
 */
export function setUpJourneyBrowser(): {
  baseUrl: string;
  browser: () => Browser;
} {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl: inject('baseUrl'),
    browser: () => {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
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
