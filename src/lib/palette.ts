/**
 * The colours charts draw with, in one place. Flows use the Okabe–Ito blue
 * and vermillion, distinguishable with every common colour-vision
 * deficiency. `ink` and `accent` are the light theme's `--text` and
 * `--accent` (styles/tokens.css), for exports, which are always light; a unit test
 * keeps the two files in step.
 */
export const PALETTE = {
  flow: { export: '#0072B2', import: '#D55E00' },
  ink: '#1a2230',
  accent: '#0b5cad',
} as const;
