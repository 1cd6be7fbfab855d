// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from './palette';

const css = readFileSync(
  new URL('../styles/tokens.css', import.meta.url),
  'utf8',
);

/** The light value of a `--name: light-dark(light, dark)` token. */
function lightValue(token: string): string | undefined {
  return new RegExp(`--${token}:\\s*light-dark\\((#[0-9a-fA-F]{6})`).exec(
    css,
  )?.[1];
}

describe('PALETTE', () => {
  it.each([
    ['ink', 'text'],
    ['muted', 'muted'],
    ['grid', 'grid'],
    ['accent', 'accent'],
    ['warn', 'warn-text'],
  ] as const)('keeps %s equal to the light theme’s --%s', (name, token) => {
    expect(PALETTE[name].toLowerCase()).toBe(lightValue(token)?.toLowerCase());
  });
});
