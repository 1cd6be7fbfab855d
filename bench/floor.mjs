// First-view bytes against a floor made in the same run: the demo build
// (dist/, sized by bundle-size.mjs before this step), the real-backend build
// (VITE_BACKEND=same-origin: no mock layer) and the floor app
// (bench/floor-app: Vite + React + one Recharts chart). Prints their first
// view, JS + CSS gzip, and the ratio to the floor; writes
// bench/results/floor.json; exits non-zero when the real-backend build is
// over 1.0x the floor. Plain Node ESM: `node bench/floor.mjs`.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = join(root, 'bench', 'results');
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
await build({
  root: join(root, 'bench', 'floor-app'),
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: join(root, 'dist-floor'),
    emptyOutDir: true,
    target: 'es2022',
  },
});

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
  console.table(rows);
  const ratio = real.gzip / floor.gzip;
  const pass = ratio <= MAX_RATIO && real.status === 0;
  mkdirSync(results, { recursive: true });
  writeFileSync(
    join(results, 'floor.json'),
    `${JSON.stringify({ rows, realChunks: real.chunks, floorChunks: floor.chunks, maxRatio: MAX_RATIO, pass }, null, 2)}\n`,
  );
  console.log(
    `real-backend first view (JS + CSS gzip) ${ratio.toFixed(2)}x the floor; target <= ${MAX_RATIO.toFixed(1)}x: ${pass ? 'PASS' : 'FAIL'}`,
  );
  process.exitCode = pass ? 0 : 1;
} finally {
  rmSync(join(root, 'dist-real'), { recursive: true, force: true });
  rmSync(join(root, 'dist-floor'), { recursive: true, force: true });
}
