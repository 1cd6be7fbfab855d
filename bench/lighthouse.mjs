// Lighthouse 12, desktop and mobile presets, RUNS runs each, on two builds:
// the demo (dist/, served by `vite preview`) and the real backend as a team
// serves it (the reference server: its build, its API, its compression).
// Medians of performance, accessibility, best practices, LCP and TBT; layout
// shift is held in every run (its worst is reported). Mobile is Lighthouse's
// default: a simulated mid-range phone on slow 4G with a 4x slower CPU.
// Writes bench/results/lighthouse.json.
// Plain Node ESM: `node bench/lighthouse.mjs` after `vite build`.
//
// The CLI runs as a child process with an asynchronous spawn: the preview
// server lives in this process, and a synchronous spawn would stop it from
// answering (the page would never load and Lighthouse would wait forever).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  finish,
  median,
  reported,
  root,
  round,
  startPreview,
  startReferenceServer,
  target,
} from './lib.mjs';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** One run may take about 15 s; past this it has hung. */
const RUN_TIMEOUT_MS = 120_000;
const TARGETS = {
  desktopPerformance: 98,
  mobilePerformance: 90,
  accessibility: 100,
  bestPractices: 100,
  cls: 0.02,
};

function lighthouse(url, preset, output) {
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(root, 'node_modules', '.bin', 'lighthouse'),
      args,
      {
        env: {
          ...process.env,
          CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(readFileSync(output, 'utf8')));
      else
        reject(
          new Error(
            `lighthouse ${preset} ended with ${signal ?? code}: ${stderr.slice(-400)}`,
          ),
        );
    });
  });
}

/** Lighthouse runs a run again after a runtime error (NO_NAVSTART, say): at most this often. */
const RETRIES = 2;
let retried = 0;

/** One run, run again after a runtime error of Lighthouse's own. */
async function lighthouseRun(url, preset, output) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await lighthouse(url, preset, output);
    } catch (error) {
      if (attempt >= RETRIES) throw error;
      retried += 1;
      console.warn(`${error.message.split('\n')[0]}; running it again`);
    }
  }
}

/** The figures of one report that the bench keeps. */
function figures(report) {
  const score = (id) => Math.round(report.categories[id].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: report.audits['cumulative-layout-shift'].numericValue,
    lcpMs: report.audits['largest-contentful-paint'].numericValue,
    tbtMs: report.audits['total-blocking-time'].numericValue,
  };
}

const BUILDS = [
  ['demo', () => startPreview('dist')],
  ['real backend', startReferenceServer],
];

const scratch = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
const runs = {};
try {
  for (const [build, start] of BUILDS) {
    const served = await start();
    try {
      for (const preset of ['desktop', 'mobile']) {
        const list = (runs[`${build}, ${preset}`] = []);
        for (let run = 0; run < RUNS; run += 1)
          list.push(
            figures(
              await lighthouseRun(
                `${served.base}/`,
                preset,
                join(scratch, `${preset}-${run}.json`),
              ),
            ),
          );
      }
    } finally {
      await served.close();
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const summary = Object.fromEntries(
  Object.entries(runs).map(([name, list]) => {
    const of = (key) => median(list.map((r) => r[key]));
    return [
      name,
      {
        performance: of('performance'),
        accessibility: of('accessibility'),
        bestPractices: of('bestPractices'),
        worstCls: Math.round(Math.max(...list.map((r) => r.cls)) * 1000) / 1000,
        lcpMs: round(of('lcpMs')),
        tbtMs: round(of('tbtMs')),
        runs: list,
      },
    ];
  }),
);
const targets = Object.entries(summary).flatMap(([name, r]) => {
  const mobile = name.endsWith('mobile');
  return [
    target(
      `Lighthouse ${name}: performance`,
      r.performance,
      mobile ? TARGETS.mobilePerformance : TARGETS.desktopPerformance,
      { atLeast: true },
    ),
    target(
      `Lighthouse ${name}: accessibility`,
      r.accessibility,
      TARGETS.accessibility,
      { atLeast: true },
    ),
    target(
      `Lighthouse ${name}: best practices`,
      r.bestPractices,
      TARGETS.bestPractices,
      { atLeast: true },
    ),
    target(`Lighthouse ${name}: CLS, worst run`, r.worstCls, TARGETS.cls),
    reported(
      `Lighthouse ${name}: LCP / TBT median (ms)`,
      `${r.lcpMs} / ${r.tbtMs}`,
    ),
  ];
});
finish('lighthouse', { ...summary, retried }, [
  ...targets,
  reported('Lighthouse runs run again after a runtime error', retried),
]);
