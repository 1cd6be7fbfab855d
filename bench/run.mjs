// `npm run bench`: builds the app, then runs every benchmark in turn, each to
// its end even when an earlier one missed a target. Each step prints its own
// table and writes bench/results/<name>.json with its targets (bench/lib.mjs);
// at the end one table gathers every step's targets, and it is written to
// bench/results/summary.json. Exits non-zero when any target is missed.
// Steps never overlap: the machine's cores belong to the step being timed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { finish, resultsDir, root } from './lib.mjs';

const STEPS = [
  ['build', null, 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['bundle', 'bundle', 'node', ['bench/bundle-size.mjs']],
  ['floor', 'floor', 'node', ['bench/floor.mjs']],
  ['first view', 'first-view', 'node', ['bench/first-view.mjs']],
  ['interaction', 'interaction', 'node', ['bench/interaction.mjs']],
  ['export', 'export', 'node', ['bench/export.mjs']],
  ['lighthouse', 'lighthouse', 'node', ['bench/lighthouse.mjs']],
  ['import', 'import', 'node', ['bench/import.mjs']],
  [
    'domain',
    'domain',
    'npx',
    [
      'vitest',
      'bench',
      '--run',
      '--project',
      'unit',
      'bench/domain.bench.ts',
      '--outputJson',
      join(resultsDir, 'domain.json'),
    ],
  ],
  ['server', 'server', 'node', ['bench/server-scale.mjs']],
];

/** A step's target rows, from the results file it wrote in this run. */
function targetsOf(step, file) {
  const path = join(resultsDir, `${file}.json`);
  if (!existsSync(path))
    return [{ step, target: 'wrote its results', value: 'no', result: 'FAIL' }];
  const results = JSON.parse(readFileSync(path, 'utf8'));
  // Vitest's benchmark report: every benchmark's median, without a target.
  if (file === 'domain')
    return results.files.flatMap((f) =>
      f.groups.flatMap((g) =>
        g.benchmarks.map((b) => ({
          step,
          target: `${b.name} (median ms)`,
          value: Math.round(b.median * 1000) / 1000,
          result: 'REPORTED',
        })),
      ),
    );
  return (results.targets ?? []).map((row) => ({
    step,
    target: row.target,
    value: row.value,
    result: row.result,
  }));
}

const rows = [];
const failedSteps = [];
for (const [step, file, command, args] of STEPS) {
  console.log(`\n== ${step}`);
  // A stale file from another run must not stand in for this one.
  if (file) rmSync(join(resultsDir, `${file}.json`), { force: true });
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) failedSteps.push(step);
  if (file) rows.push(...targetsOf(step, file));
  // Nothing can be measured without a build.
  else if (status !== 0) break;
}

console.log('\n== every step');
finish(
  'summary',
  {
    when: new Date().toISOString(),
    node: process.version,
    failedSteps,
  },
  rows,
);
if (failedSteps.length > 0)
  console.log(`steps that missed or failed: ${failedSteps.join(', ')}`);
