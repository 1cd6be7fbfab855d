// Bundle budget: sizes every file of dist/, follows the entry's static imports
// and the lazy chunk of texts the first render waits for (what the first view
// must download before it can render) and fails when that set is over budget or pulls in the MSW browser worker. Each dynamic import is
// sized with what it pulls in beyond the first view; some have budgets too.
// Plain Node ESM so it runs with `node bench/bundle-size.mjs` after `vite build`.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
// Another build can be sized the same way (bench/floor.mjs): BENCH_DIST is
// its folder, BENCH_NAME its results file, BENCH_BUDGETS=off sizes it only.
const dist = join(root, process.env.BENCH_DIST ?? 'dist');
const NAME = process.env.BENCH_NAME ?? 'bundle';
const resultsFile = join(root, 'bench', 'results', `${NAME}.json`);
const CHECK_BUDGETS = process.env.BENCH_BUDGETS !== 'off';

/**
 * Gzip bytes allowed for the first view: index.html, entry JS, its static
 * imports, linked CSS and the texts the first render waits for. The demo
 * build's was 160.6 KB (2026-12); about 2% headroom.
 */
const FIRST_VIEW_GZIP_BUDGET = 164_000;
/**
 * Gzip bytes allowed for a lazy load (a dynamically imported chunk and every
 * chunk it pulls in beyond the first view), by chunk name: the file name
 * without its hash.
 */
const LAZY_GZIP_BUDGETS = {
  // formatjs with Kazakh CLDR data. Only a runtime without Kazakh ICU data
  // (Chromium) loads it, but it then waits for it before the first render.
  // 67.4 KB (2026-12).
  'intl-data-kk': 70_000,
};
/**
 * Lazy chunks the first render waits for, of which a page loads one: the
 * texts of its language (src/i18n/i18n.ts; a chunk takes the name of its
 * file, src/i18n/locales/<language>.json). The first view counts the largest
 * of each set, with what it pulls in, so a page in any language is within
 * the budget.
 */
const FIRST_RENDER_ONE_OF = [['ru', 'kk', 'en']];
/**
 * Text that only MSW's browser worker code carries. msw adds ~159 KB gzip and
 * must stay behind the demo flag's dynamic import, never in the first view.
 */
const MSW_MARKERS = ['setupWorker', 'mockServiceWorker', '[MSW]'];
/**
 * The entry is the code that loads the worker, so it may name `setupWorker`
 * (minifiers keep property names of a dynamic import) and the worker script
 * URL; there only msw's own log prefix proves its code was bundled in.
 */
const MSW_CODE_MARKERS = ['[MSW]'];
/**
 * The demo's start script (src/demo-start.ts, its own chunk) registers the
 * worker script before the app evaluates: like the entry, it names the
 * script's URL and holds no MSW code.
 */
const WORKER_LOADERS = /^assets\/demo-start-[\w-]+\.js$/;

function fail(message) {
  console.error(`bundle-size: ${message}`);
  process.exit(1);
}

function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** dist-relative POSIX path of an URL found in index.html (`/assets/x.js`, `./assets/x.js`). */
function fromHtmlUrl(url) {
  return posix.normalize(url.replace(/^\.?\//, '').replace(/[?#].*$/, ''));
}

function attributes(tag) {
  const found = {};
  for (const match of tag.matchAll(
    /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
  )) {
    found[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return found;
}

function parseIndexHtml(html) {
  const entries = [];
  const preloads = [];
  const stylesheets = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag.replace(/^<\w+|\/?>$/g, ''));
    const isScript = /^<script/i.test(tag);
    if (
      isScript &&
      attrs.type === 'module' &&
      attrs.src &&
      !/^[a-z]+:/i.test(attrs.src)
    ) {
      entries.push(fromHtmlUrl(attrs.src));
    } else if (!isScript && attrs.href && !/^[a-z]+:/i.test(attrs.href)) {
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('modulepreload')) preloads.push(fromHtmlUrl(attrs.href));
      if (rel.includes('stylesheet')) stylesheets.push(fromHtmlUrl(attrs.href));
    }
  }
  return { entries, preloads, stylesheets };
}

/**
 * Relative specifiers of static `import … from`, `import '…'` and
 * `export … from` statements in minified ESM output. Dynamic `import(` is
 * skipped: those chunks load later. Statements start after `;`, `}`, a newline
 * or the start of the file, which keeps "import" inside strings from matching.
 */
function staticImports(code) {
  const found = new Set();
  const pattern =
    /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?(["'])(\.{1,2}\/[^"'\n]+|\/[^"'\n]+)\1/g;
  for (const match of code.matchAll(pattern)) found.add(match[2]);
  return [...found];
}

/** Relative specifiers of `import('…')` calls: chunks that load later. */
function dynamicImports(code) {
  const found = new Set();
  const pattern = /\bimport\(\s*([`"'])(\.{1,2}\/[^`"'\n]+)\1\s*\)/g;
  for (const match of code.matchAll(pattern)) found.add(match[2]);
  return [...found];
}

/** `assets/toggle-button-Pb1FFm-L.js` -> `toggle-button`: Vite's `[name]-[hash]`, the hash 8 characters. */
function chunkName(file) {
  const base = posix.basename(file);
  return base.match(/^(.+)-[\w-]{8}\.js$/)?.[1] ?? base;
}

function resolveImport(fromFile, specifier) {
  if (specifier.startsWith('/')) return fromHtmlUrl(specifier);
  return posix.normalize(posix.join(posix.dirname(fromFile), specifier));
}

/** The entries plus every chunk they reach through static imports, in discovery order. */
function firstViewScripts(entries, readText) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    for (const specifier of staticImports(readText(file)))
      queue.push(resolveImport(file, specifier));
  }
  return [...seen];
}

function listAssets() {
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) return [];
  return readdirSync(assets, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
    .map((name) => posix.join('assets', name.split('\\').join('/')))
    .sort();
}

function formatBytes(bytes) {
  return bytes.toLocaleString('en-US');
}

function printTable(rows) {
  const header = ['file', 'first view', 'raw', 'gzip', 'brotli'];
  const body = rows.map((row) => [
    row.file,
    row.firstView ? 'yes' : '',
    formatBytes(row.raw),
    formatBytes(row.gzip),
    formatBytes(row.brotli),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...body.map((cells) => cells[i].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, i) =>
        i === 0 || i === 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
      )
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cells of body) console.log(line(cells));
}

function main() {
  const indexFile = join(dist, 'index.html');
  if (!existsSync(indexFile))
    fail(
      `${relative(root, indexFile)} not found; run \`npx vite build\` first.`,
    );

  const cache = new Map();
  const readBuffer = (file) => {
    if (!cache.has(file)) {
      const path = join(dist, file);
      if (!existsSync(path))
        fail(`dist/${file} is referenced but does not exist.`);
      cache.set(file, readFileSync(path));
    }
    return cache.get(file);
  };
  const readText = (file) => readBuffer(file).toString('utf8');

  const html = readBuffer('index.html').toString('utf8');
  const { entries, preloads, stylesheets } = parseIndexHtml(html);
  if (entries.length === 0)
    fail('dist/index.html references no module script.');

  const statics = firstViewScripts([...entries, ...preloads], readText);
  const violations = [];

  // Every dynamic import target, by chunk name.
  const targets = new Set();
  for (const file of listAssets().filter((name) => name.endsWith('.js')))
    for (const specifier of dynamicImports(readText(file)))
      targets.add(resolveImport(file, specifier));
  const gzipOf = (list) =>
    list.reduce((total, name) => total + sizes(readBuffer(name)).gzip, 0);
  // Of each set the first render picks one from, the largest with what it
  // loads beyond the static first view.
  const firstRender = FIRST_RENDER_ONE_OF.flatMap((names) => {
    const options = names.map((name) => {
      const file = [...targets].find((target) => chunkName(target) === name);
      if (!file) {
        violations.push(
          `no dynamically imported chunk named '${name}' (renamed? update FIRST_RENDER_ONE_OF)`,
        );
        return [];
      }
      return firstViewScripts([file], readText).filter(
        (loaded) => !statics.includes(loaded),
      );
    });
    return options.reduce(
      (largest, option) =>
        gzipOf(option) > gzipOf(largest) ? option : largest,
      [],
    );
  });
  const scripts = [...statics, ...firstRender];
  const firstView = new Set(['index.html', ...scripts, ...stylesheets]);
  const files = [...new Set(['index.html', ...listAssets(), ...firstView])];

  const rows = files.map((file) => ({
    file,
    kind:
      file === 'index.html'
        ? 'html'
        : entries.includes(file)
          ? 'entry'
          : file.endsWith('.css')
            ? 'css'
            : 'js',
    firstView: firstView.has(file),
    ...sizes(readBuffer(file)),
  }));
  const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);

  // Each dynamic import target, with the chunks it reaches statically that
  // the first view has not loaded already.
  const byFile = new Map(rows.map((row) => [row.file, row]));
  const lazy = [...targets]
    .filter((file) => !firstView.has(file))
    .sort()
    .map((file) => {
      const loads = firstViewScripts([file], readText).filter(
        (name) => !firstView.has(name),
      );
      const loaded = loads.map(
        (name) => byFile.get(name) ?? sizes(readBuffer(name)),
      );
      return {
        chunk: chunkName(file),
        file,
        files: loads,
        raw: sum(loaded, 'raw'),
        gzip: sum(loaded, 'gzip'),
        brotli: sum(loaded, 'brotli'),
        budgetGzip: LAZY_GZIP_BUDGETS[chunkName(file)] ?? null,
      };
    });
  const firstViewRows = rows.filter((row) => row.firstView);
  const firstViewJs = firstViewRows.filter(
    (row) => row.kind === 'entry' || row.kind === 'js',
  );
  const totals = {
    firstView: {
      raw: sum(firstViewRows, 'raw'),
      gzip: sum(firstViewRows, 'gzip'),
      brotli: sum(firstViewRows, 'brotli'),
    },
    firstViewJs: {
      raw: sum(firstViewJs, 'raw'),
      gzip: sum(firstViewJs, 'gzip'),
      brotli: sum(firstViewJs, 'brotli'),
    },
    all: {
      raw: sum(rows, 'raw'),
      gzip: sum(rows, 'gzip'),
      brotli: sum(rows, 'brotli'),
    },
  };

  if (totals.firstView.gzip > FIRST_VIEW_GZIP_BUDGET) {
    violations.push(
      `first view is ${formatBytes(totals.firstView.gzip)} B gzip, over the ${formatBytes(FIRST_VIEW_GZIP_BUDGET)} B budget`,
    );
  }
  for (const [chunk, budget] of Object.entries(LAZY_GZIP_BUDGETS)) {
    const load = lazy.find((entry) => entry.chunk === chunk);
    if (!load) {
      violations.push(
        `no dynamically imported chunk named '${chunk}' (renamed? update LAZY_GZIP_BUDGETS)`,
      );
    } else if (load.gzip > budget) {
      violations.push(
        `lazy load '${chunk}' is ${formatBytes(load.gzip)} B gzip, over its ${formatBytes(budget)} B budget`,
      );
    }
  }
  for (const file of scripts) {
    const markers =
      entries.includes(file) || WORKER_LOADERS.test(file)
        ? MSW_CODE_MARKERS
        : MSW_MARKERS;
    const text = readText(file);
    const hits = markers.filter((marker) => text.includes(marker));
    if (hits.length > 0) {
      violations.push(
        `${file} is in the first view and contains ${hits.map((hit) => `'${hit}'`).join(', ')} (MSW must load through a dynamic import)`,
      );
    }
  }

  printTable(rows);
  console.log('');
  console.log(`entry: ${entries.join(', ')}`);
  console.log(
    `first view: ${firstViewRows.length} files, ${formatBytes(totals.firstView.gzip)} B gzip (JS ${formatBytes(totals.firstViewJs.gzip)} B), ${formatBytes(totals.firstView.brotli)} B brotli; budget ${formatBytes(FIRST_VIEW_GZIP_BUDGET)} B gzip`,
  );
  console.log(
    `all files: ${formatBytes(totals.all.gzip)} B gzip, ${formatBytes(totals.all.brotli)} B brotli`,
  );
  console.log('');
  console.log(
    'lazy loads (a dynamic import and all it loads beyond the first view):',
  );
  const width = Math.max(...lazy.map((entry) => entry.chunk.length));
  for (const entry of lazy) {
    const budget =
      entry.budgetGzip === null
        ? ''
        : `; budget ${formatBytes(entry.budgetGzip)} B gzip`;
    console.log(
      `  ${entry.chunk.padEnd(width)}  ${String(entry.files.length).padStart(2)} file${entry.files.length === 1 ? ' ' : 's'}  ${formatBytes(entry.gzip).padStart(9)} B gzip  ${formatBytes(entry.brotli).padStart(9)} B brotli${budget}`,
    );
  }

  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(
    resultsFile,
    `${JSON.stringify(
      {
        budget: {
          firstViewGzip: FIRST_VIEW_GZIP_BUDGET,
          lazyGzip: LAZY_GZIP_BUDGETS,
        },
        entries,
        firstView: [...firstView],
        totals,
        lazy,
        files: rows,
        violations,
        pass: violations.length === 0,
        // The shape every bench step writes (bench/lib.mjs), for the run's table.
        targets: [
          {
            target: `${NAME}: first view JS + CSS gzip (B) ≤ ${FIRST_VIEW_GZIP_BUDGET}`,
            value: totals.firstView.gzip,
            result:
              totals.firstView.gzip <= FIRST_VIEW_GZIP_BUDGET ? 'PASS' : 'FAIL',
          },
          {
            target: `${NAME}: lazy-load budgets met, no MSW code in the first view (violations)`,
            value: violations.length,
            result: violations.length === 0 ? 'PASS' : 'FAIL',
          },
        ],
      },
      null,
      2,
    )}\n`,
  );
  console.log(`wrote ${relative(root, resultsFile)}`);

  if (violations.length > 0 && CHECK_BUDGETS) {
    for (const violation of violations)
      console.error(`OVER BUDGET: ${violation}`);
    process.exit(1);
  }
  console.log('bundle budget: pass');
}

main();
