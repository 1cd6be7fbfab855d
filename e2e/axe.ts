import { readFile } from 'node:fs/promises';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_PATH = new URL('../node_modules/axe-core/axe.min.js', import.meta.url)
  .pathname;
let axeSource: string | undefined;
const AXE_OPTIONS: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
  },
};
/** Serious and critical axe violations of the page as it is now, one line per node. */
export async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated by the automation, not added as an inline <script>: the page
    // runs under its Content-Security-Policy, which refuses inline scripts.
    axeSource ??= await readFile(AXE_PATH, 'utf8');
    await page.evaluate(axeSource);
  }
  const results = await page.evaluate(
    (options) =>
      (
        window as unknown as {
          axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> };
        }
      ).axe.run(document, options),
    AXE_OPTIONS,
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.impact ?? ''} ${v.id} (${v.help}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
      ),
    );
}

export async function expectNoAxeProblems(
  page: Page,
  where: string,
): Promise<void> {
  const problems = await axeProblems(page);
  expect(problems, `${where}:\n${problems.join('\n')}`).toEqual([]);
}

export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth,
  );
}
