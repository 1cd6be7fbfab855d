// First-view bytes against a floor made in the same run: the demo build
// (dist/, sized by bundle-size.mjs before this step), the real-backend build
// (VITE_BACKEND=same-origin: no mock layer) and the floor app
// (bench/floor-app: Vite + React + one Recharts chart). Prints their first
// view, JS + CSS gzip, and the ratio to the floor; writes
// bench/results/floor.json; exits non-zero when the real-backend build is
// over 1.0x the floor. Plain Node ESM: `node bench/floor.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import {
  buildFloor,
  finish,
  reported,
  resultsDir as results,
  root,
  target,
} from './lib.mjs';
/** The real-backend build's first view may be at most this times the floor's. */
const MAX_RATIO = 1.0;

function sizeBuild(dist, name, budgets) {
  const { status } = spawnSync('node', ['bench/bundle-size.mjs'], {
    cwd: root,
    stdio: 'ignore',
    env: {
      ...process.env,
      BENCH_DIST: dist,
      BENCH_NAME: name,
      BENCH_BUDGETS: budgets,
    },
  });
  const file = join(results, `${name}.json`);
  if (!existsSync(file)) throw new Error(`${name}: bundle-size wrote nothing`);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const firstView = report.files.filter(
    (f) => f.firstView && f.file !== 'index.html',
  );
  return {
    status,
    gzip: firstView.reduce((sum, f) => sum + f.gzip, 0),
    chunks: firstView.map((f) => ({ file: f.file, gzip: f.gzip })),
  };
}

// The real-backend build, as `npm run serve` makes it.
const saved = process.env.VITE_BACKEND;
process.env.VITE_BACKEND = 'same-origin';
try {
  await build({
    root,
    logLevel: 'warn',
    build: { outDir: 'dist-real', emptyOutDir: true },
  });
} finally {
  if (saved === undefined) delete process.env.VITE_BACKEND;
  else process.env.VITE_BACKEND = saved;
}
// The floor: its own tiny app, none of our config.
await buildFloor(join(root, 'dist-floor'));

try {
  const demo = JSON.parse(readFileSync(join(results, 'bundle.json'), 'utf8'));
  const demoGzip = demo.files
    .filter((f) => f.firstView && f.file !== 'index.html')
    .reduce((sum, f) => sum + f.gzip, 0);
  const real = sizeBuild('dist-real', 'bundle-real', 'on');
  const floor = sizeBuild('dist-floor', 'bundle-floor', 'off');
  const rows = [
    { build: 'floor (Vite + React + one Recharts chart)', gzip: floor.gzip },
    { build: 'real backend (same-origin)', gzip: real.gzip },
    { build: 'demo build', gzip: demoGzip },
    {
      // Loaded beside the first render, never before it: not first-view bytes.
      build: 'demo: its mock layer (MSW and the service), lazy',
      gzip: demo.lazy.find((entry) => entry.chunk === 'browser')?.gzip ?? 0,
    },
  ].map((row) => ({
    ...row,
    ratioToFloor: Math.round((row.gzip / floor.gzip) * 100) / 100,
  }));
  const ratio = Math.round((real.gzip / floor.gzip) * 100) / 100;
  const [floorRow, realRow, demoRow, mockRow] = rows;
  finish(
    'floor',
    { rows, realChunks: real.chunks, floorChunks: floor.chunks },
    [
      target(
        'first view JS + CSS gzip: real backend / floor (×)',
        ratio,
        MAX_RATIO,
      ),
      reported(
        'first view JS + CSS gzip (B): floor / real backend / demo',
        `${floorRow.gzip} / ${realRow.gzip} / ${demoRow.gzip}`,
      ),
      reported('demo: mock layer, loaded lazily (B gzip)', mockRow.gzip),
      ...(real.status === 0
        ? []
        : [
            {
              target: 'real-backend build within its bundle budgets',
              value: real.status,
              result: 'FAIL',
            },
          ]),
    ],
  );
} finally {
  rmSync(join(root, 'dist-real'), { recursive: true, force: true });
  rmSync(join(root, 'dist-floor'), { recursive: true, force: true });
}
