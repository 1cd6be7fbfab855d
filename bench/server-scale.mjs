// Scale benchmark of the reference server on DuckDB: a dataset of over ten
// million stored records (bench/server-scale-data.ts says what they are) is
// loaded into a DuckDB file in a temp dir, the built server is started on it
// as a child process, and a client on loopback measures each aggregation
// endpoint: 30 sequential requests per view and period (median, p95), then
// 32 concurrent clients for 30 s (requests/s, errors, p95 under load), and
// the server's resident memory. Prints PASS/FAIL per target, writes
// bench/results/server.json, exits non-zero over budget.
// Plain Node ESM: `node bench/server-scale.mjs` (builds what it needs).
import { spawn } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_SERVER_RUNS ?? 30);
const LOAD_SECONDS = Number(process.env.BENCH_SERVER_LOAD_S ?? 30);
const CLIENTS = Number(process.env.BENCH_SERVER_CLIENTS ?? 32);
/** Targets on a 2-core machine. */
const BUDGETS = {
  minRecords: 10_000_000,
  p95Ms: 50,
  loadErrors: 0,
  rssBytes: 1.5 * 1024 ** 3,
};

const VIEWS = [
  ['pair', 'KZ-39~RU-CHE'],
  ['region-country', 'KZ-39~RU'],
  ['countries', 'KZ~RU'],
];
const PERIODS = [
  ['year', '2024-01', '2024-12'],
  ['nine-years', '2017-01', '2025-12'],
];
/** Endpoint name → path and extra query; by-pair takes no `pair`. */
const ENDPOINTS = [
  ['totals', '/api/trade/totals', ''],
  ['monthly', '/api/trade/monthly', ''],
  ['by-sector', '/api/trade/by-sector', ''],
  ['by-sector chapters', '/api/trade/by-sector', '&detail=chapters'],
  ['by-pair', '/api/trade/by-pair', ''],
  ['records page', '/api/trade/records', '&limit=100'],
];

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const round = (ms) => Math.round(ms * 10) / 10;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The server and the data builder are TypeScript: build both, inside the
// repository so that node finds @duckdb/node-api (dist-* is ignored by git).
const outDir = mkdtempSync(join(root, 'dist-bench-server-'));
const scratch = mkdtempSync(join(tmpdir(), 'bench-server-'));
let child;
try {
  for (const [entry, dir] of [
    ['server/main.ts', 'server'],
    ['bench/server-scale-data.ts', 'data'],
  ])
    await build({
      root,
      logLevel: 'warn',
      publicDir: false,
      build: { ssr: entry, outDir: join(outDir, dir), emptyOutDir: true },
    });
  const data = await import(
    pathToFileURL(join(outDir, 'data', 'server-scale-data.js')).href
  );

  const dbPath = join(scratch, 'scale.duckdb');
  const dataset = await data.buildScaleDatabase(dbPath);
  console.log(
    `scale dataset: ${dataset.records.toLocaleString('en')} records (${dataset.rows} Kazakh rows × ${dataset.columns} Russian columns × ${dataset.months} months × 2 flows × ${dataset.chapters} chapters, present months only), loaded in ${dataset.loadMs} ms`,
  );

  // The server as it is deployed: its own process, on the file as stored.
  const logPath = join(scratch, 'server.log');
  const logFd = openSync(logPath, 'w');
  const spawned = performance.now();
  child = spawn(
    process.execPath,
    [join(outDir, 'server', 'main.js'), '--db', dbPath, '--port', '0'],
    { cwd: root, stdio: ['ignore', logFd, 'inherit'] },
  );
  closeSync(logFd);
  let origin;
  while (!origin) {
    if (child.exitCode !== null) throw new Error('server exited at start');
    origin = /at (http:\/\/[^/ ]+)\//.exec(readFileSync(logPath, 'utf8'))?.[1];
    if (!origin) await sleep(50);
  }
  const startMs = Math.round(performance.now() - spawned);
  const memory = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = (name) =>
      Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
  };

  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  /** One GET: its time in ms, its status, and its body when asked. */
  const request = (path, { body = false } = {}) =>
    new Promise((resolve) => {
      const started = performance.now();
      get(`${origin}${path}`, { agent }, (res) => {
        const parts = [];
        res.on('data', (part) => {
          if (body) parts.push(part);
        });
        res.on('end', () =>
          resolve({
            ms: performance.now() - started,
            status: res.statusCode,
            body: body ? Buffer.concat(parts).toString('utf8') : null,
          }),
        );
      }).on('error', (error) =>
        resolve({ ms: performance.now() - started, status: 0, error }),
      );
    });

  // Correctness first: the scale data is the demo's taken apart, so KZ~RU
  // must answer the demo's totals.
  const expected = await data.demoTotals('2017-01', '2025-12');
  const check = await request(
    '/api/trade/totals?pair=KZ~RU&from=2017-01&to=2025-12',
    { body: true },
  );
  const got = JSON.parse(check.body).current;
  const close = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  if (
    check.status !== 200 ||
    !close(got.exports, expected.exports) ||
    !close(got.imports, expected.imports)
  )
    throw new Error(
      `KZ~RU totals differ from the demo's: ${check.body.slice(0, 300)}`,
    );

  const cases = ENDPOINTS.flatMap(([endpoint, path, extra]) =>
    (endpoint === 'by-pair' ? [['all pairs', null]] : VIEWS).flatMap(
      ([view, pair]) =>
        PERIODS.map(([period, from, to]) => ({
          endpoint,
          view,
          period,
          url: `${path}?${pair ? `pair=${pair}&` : ''}from=${from}&to=${to}${extra}`,
        })),
    ),
  );

  const sequential = [];
  for (const c of cases) {
    const warm = await request(c.url);
    if (warm.status !== 200)
      throw new Error(`${c.url}: status ${warm.status ?? warm.error}`);
    const times = [];
    for (let i = 0; i < RUNS; i += 1) times.push((await request(c.url)).ms);
    sequential.push({
      endpoint: c.endpoint,
      view: c.view,
      period: c.period,
      medianMs: round(median(times)),
      p95Ms: round(quantile(times, 0.95)),
    });
  }
  console.table(sequential);

  // Load: every client sends the next case as soon as its answer is in.
  const loadTimes = [];
  let errors = 0;
  let next = 0;
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, memory().rss);
  }, 250);
  const loadStart = performance.now();
  const until = loadStart + LOAD_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        const c = cases[next++ % cases.length];
        const reply = await request(c.url);
        if (reply.status === 200) loadTimes.push(reply.ms);
        else errors += 1;
      }
    }),
  );
  const loadSeconds = (performance.now() - loadStart) / 1000;
  clearInterval(sampler);
  const mem = memory();
  const load = {
    clients: CLIENTS,
    seconds: round(loadSeconds),
    requests: loadTimes.length + errors,
    requestsPerSecond: round((loadTimes.length + errors) / loadSeconds),
    errors,
    medianMs: round(median(loadTimes)),
    p95Ms: round(quantile(loadTimes, 0.95)),
  };
  console.table([load]);
  agent.destroy();

  // Per endpoint, its slowest view and period.
  const worst = [
    ...sequential
      .reduce((by, row) => {
        const seen = by.get(row.endpoint);
        if (!seen || row.p95Ms > seen.p95Ms) by.set(row.endpoint, row);
        return by;
      }, new Map())
      .values(),
  ];
  const targets = [
    {
      target: `records ≥ ${BUDGETS.minRecords.toLocaleString('en')}`,
      value: dataset.records,
      pass: dataset.records >= BUDGETS.minRecords,
    },
    ...worst.map((row) => ({
      target: `${row.endpoint}: p95 ≤ ${BUDGETS.p95Ms} ms (worst: ${row.view}, ${row.period})`,
      value: row.p95Ms,
      pass: row.p95Ms <= BUDGETS.p95Ms,
    })),
    {
      target: `no errors under load (${CLIENTS} clients, ${LOAD_SECONDS} s)`,
      value: errors,
      pass: errors <= BUDGETS.loadErrors,
    },
    {
      target: 'server peak RSS ≤ 1.5 GB (MB)',
      value: Math.round(Math.max(mem.peak, peakRss) / 1024 ** 2),
      pass: Math.max(mem.peak, peakRss) <= BUDGETS.rssBytes,
    },
  ].map((t) => ({ ...t, result: t.pass ? 'PASS' : 'FAIL' }));
  console.table(
    targets.map((t) => ({
      target: t.target,
      value: t.value,
      result: t.result,
    })),
  );

  const results = {
    dataset: {
      ...dataset,
      description:
        'the demo cube with KZ-OTHER split into the 12 other Kazakh regions and RU-OTHER into 15 named Russian regions plus a rest, by fixed shares (see bench/server-scale-data.ts)',
    },
    serverStartMs: startMs,
    runsPerCase: RUNS,
    sequential,
    load,
    memory: {
      rssBytes: mem.rss,
      peakRssBytes: Math.max(mem.peak, peakRss),
    },
    budgets: BUDGETS,
    targets,
  };
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(root, 'bench', 'results', 'server.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  const failed = targets.filter((t) => !t.pass);
  if (failed.length > 0) {
    console.error(
      `server: over budget: ${failed.map((t) => t.target).join('; ')}`,
    );
    process.exitCode = 1;
  } else console.log('server budget: pass');
} finally {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(outDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}
