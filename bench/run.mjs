// `npm run bench`: builds the app, then runs every benchmark in turn, each to
// its end even when an earlier one missed a target, and prints which missed.
// Each step prints its own table and writes bench/results/<name>.json.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const STEPS = [
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['bundle', 'node', ['bench/bundle-size.mjs']],
  ['floor', 'node', ['bench/floor.mjs']],
  ['interaction', 'node', ['bench/interaction.mjs']],
  ['import', 'node', ['bench/import.mjs']],
  [
    'domain',
    'npx',
    ['vitest', 'bench', '--run', '--project', 'unit', 'bench/domain.bench.ts'],
  ],
  ['server', 'node', ['bench/server-scale.mjs']],
];

const missed = [];
for (const [name, command, args] of STEPS) {
  console.log(`\n== ${name}`);
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    missed.push(name);
    // Nothing can be measured without a build.
    if (name === 'build') break;
  }
}
console.log(
  missed.length === 0
    ? '\nbench: every target met'
    : `\nbench: targets missed in ${missed.join(', ')} (see their tables above)`,
);
process.exitCode = missed.length === 0 ? 0 : 1;
