import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
} from 'playwright-core';

/** Where Debian and Ubuntu put their Chromium; test tools cannot download one here. */
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
] as const;

export const CHROMIUM_INSTALL_COMMAND =
  'apt-get update && apt-get install -y chromium';

/**
 * Without the background-networking flags Chromium floods the closed network
 * with refused connections; QUIC and the GPU only add noise in a headless run.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium to drive: `CHROMIUM_PATH` if set (it must exist), else the
 * first system install found, else `undefined`.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

export function missingChromiumMessage(
  env: NodeJS.ProcessEnv = process.env,
): string {
  const fromEnv = env['CHROMIUM_PATH'];
  const looked = fromEnv
    ? `CHROMIUM_PATH=${fromEnv} does not exist`
    : `none of ${CHROMIUM_CANDIDATES.join(', ')} exists`;
  return [
    `e2e needs Chromium, but ${looked}.`,
    `Install it (as root): ${CHROMIUM_INSTALL_COMMAND}`,
    'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  ].join('\n');
}

/** Like `findChromium`, but throws a message that says how to get one. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = findChromium(env);
  if (path === undefined) throw new Error(missingChromiumMessage(env));
  return path;
}

/** Headless Chromium with a fresh temporary profile (playwright's default). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export type PageOptions = {
  width: number;
  height: number;
  /** BCP 47 tag for `navigator.language` and Intl; defaults to `en-US`. */
  locale?: string;
  /** Origin that relative `page.goto` paths resolve against. */
  baseURL?: string;
};

/**
 * A fresh context (no storage shared with other journeys) and one blank page.
 * Every console error and uncaught page error goes to `onError`, a favicon
 * 404 and a Content-Security-Policy violation included: we ship a favicon,
 * and the app must run under the policy a host sends.
 */
export async function newPage(
  browser: Browser,
  { width, height, locale = 'en-US', baseURL }: PageOptions,
  onError: (message: string) => void,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale,
    acceptDownloads: true,
    ...(baseURL === undefined ? {} : { baseURL }),
  });
  // A Content-Security-Policy violation is an error of the page, like any
  // other: previews send the policy a host would (vite.config.ts).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content-Security-Policy violation: ${event.effectiveDirective} ${event.blockedURI}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url: source, lineNumber } = message.location();
    onError(
      `console.error: ${message.text()}${source ? ` (${source}:${lineNumber})` : ''}`,
    );
  });
  page.on('pageerror', (error) => {
    onError(`pageerror: ${error.stack ?? error.message}`);
  });
  return { context, page };
}
