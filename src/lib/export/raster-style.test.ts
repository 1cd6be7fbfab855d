// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RASTER_STYLE_PROPERTIES } from './raster-style';

// Read from disk: Vitest hands CSS imports over empty, `?raw` included.
const src = fileURLToPath(new URL('../..', import.meta.url));
const stylesheets = Object.fromEntries(
  readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => [file, readFileSync(join(src, file), 'utf8')]),
);

/** Shorthands whose longhands do not start with the shorthand's name. */
const LONGHANDS: Record<string, readonly string[]> = {
  inset: ['top', 'right', 'bottom', 'left'],
  gap: ['row-gap', 'column-gap'],
  'border-radius': ['border-top-left-radius', 'border-bottom-right-radius'],
  'border-color': ['border-top-color', 'border-left-color'],
  'border-style': ['border-top-style', 'border-left-style'],
  'border-width': ['border-top-width', 'border-left-width'],
  'white-space': ['white-space-collapse', 'text-wrap-mode'],
};

/** What changes nothing in a still image of a copy: interaction and motion. */
const NOT_DRAWN = new Set([
  'cursor',
  'pointer-events',
  'user-select',
  'touch-action',
  'transition',
  'animation',
  'will-change',
  'resize',
  // Focus rings: an export's copy holds no focus.
  'outline',
  'outline-offset',
  // Already resolved into each element's computed colours.
  'color-scheme',
]);

/** Every property a stylesheet declares, custom properties aside. */
function declaredProperties(css: string): Set<string> {
  const names = new Set<string>();
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, block = ''] of bare.matchAll(/\{([^{}]*)\}/g))
    for (const declaration of block.split(';')) {
      const name = declaration.split(':')[0]?.trim() ?? '';
      if (/^[a-z][a-z-]*$/.test(name)) names.add(name);
    }
  return names;
}

const copied = (name: string) =>
  RASTER_STYLE_PROPERTIES.includes(name) ||
  (LONGHANDS[name]?.every((p) => RASTER_STYLE_PROPERTIES.includes(p)) ??
    RASTER_STYLE_PROPERTIES.some((p) => p.startsWith(`${name}-`)));

describe('RASTER_STYLE_PROPERTIES', () => {
  it('reads the stylesheets it checks', () => {
    expect(Object.keys(stylesheets).length).toBeGreaterThan(10);
    expect(declaredProperties(stylesheets['styles/base.css'] ?? '')).toContain(
      'font-family',
    );
    expect(
      declaredProperties('a { color: red; margin: 0 } b:hover{gap:1px}'),
    ).toEqual(new Set(['color', 'margin', 'gap']));
  });

  it('copies every property a stylesheet sets that a still image shows', () => {
    const missing = Object.entries(stylesheets).flatMap(([file, css]) =>
      [...declaredProperties(css)]
        .filter((name) => !NOT_DRAWN.has(name) && !copied(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
