/**
 * The colours charts draw with, in one place. Flows use the Okabe–Ito blue
 * and vermillion, distinguishable with every common colour-vision
 * deficiency. `ink`, `muted`, `grid`, `accent` and `warn` are the light
 * theme's `--text`, `--muted`, `--grid`, `--accent` and `--warn-text`
 * (styles/tokens.css), for exports, which are always light; a unit test
 * keeps the two files in step.
 */
export const PALETTE = {
  flow: { export: '#0072B2', import: '#D55E00' },
  ink: '#1a2230',
  muted: '#4f5b6d',
  grid: '#e3e7ee',
  accent: '#0b5cad',
  warn: '#5c4300',
} as const;
