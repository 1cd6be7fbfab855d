import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROBLEM_LIMIT } from '@/import/types';
import {
  EmptyReadOnlyError,
  openDataset,
  type DatasetSource,
} from './datasets';
import { startServer, type RunningServer } from './http';
import { formatProblem, loadDataFile } from './load-file';

/** A refusal with the exit code the process ends with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
/** Where a local database is kept (ignored by git, see STYLE.md §2). */
export const DEFAULT_DB = 'data/trade.duckdb';

/** `1 problem`, `2 problems`: English plurals for the console report. */
function count(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

export const USAGE = `Usage: npm run serve -- [options]
  --port N             port (or PORT; default ${String(DEFAULT_PORT)}; 0 picks a free one)
  --host HOST          address to listen on (default ${DEFAULT_HOST})
  --data FILE          serve this CSV/TSV/TXT/XLSX/XLS file, checked as the app's import checks it
  --only-valid         with --data: serve the valid rows even when some rows have problems
  --db PATH            DuckDB database file (default ${DEFAULT_DB}; created, and
                       loaded with the demo data, when it does not exist)
  --read-only          open an existing --db without its write lock, so several
                       server processes can share one file (no --data)
  --cors ORIGIN,...    origins allowed to call the API from another site (default none)
  --static DIR         the built app to serve (default: the one built next to the server)
  --help               this text`;

export type CliOptions = {
  port: number;
  host: string;
  data: string | null;
  onlyValid: boolean;
  db: string | null;
  readOnly: boolean;
  cors: string[];
  staticDir: string | null;
  help: boolean;
};

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535)
    throw new CliError(`--port: ${text} is not a port (0–65535)`);
  return port;
}

function parseOrigins(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      let origin: string;
      try {
        origin = new URL(item).origin;
      } catch {
        throw new CliError(`--cors: ${item} is not an origin`);
      }
      // An allowlist entry is compared with the Origin header as text.
      if (origin === 'null' || origin !== item.replace(/\/$/, ''))
        throw new CliError(
          `--cors: ${item} is not an origin (scheme://host[:port])`,
        );
      return origin;
    });
}

/** The command line (then PORT) as options; unknown flags are refused. */
export function parseCli(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        'only-valid': { type: 'boolean' },
        db: { type: 'string' },
        'read-only': { type: 'boolean' },
        cors: { type: 'string' },
        static: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new CliError(
      `${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    );
  }
  const port = values.port ?? env['PORT'];
  return {
    port: port === undefined || port === '' ? DEFAULT_PORT : parsePort(port),
    host: values.host ?? DEFAULT_HOST,
    data: values.data ?? null,
    onlyValid: values['only-valid'] ?? false,
    db: values.db ?? null,
    readOnly: values['read-only'] ?? false,
    cors: values.cors === undefined ? [] : parseOrigins(values.cors),
    staticDir: values.static ?? null,
    help: values.help ?? false,
  };
}

export type RunIo = {
  env?: Readonly<Record<string, string | undefined>>;
  /** Banner and report lines. */
  print?: (line: string) => void;
  /** The per-request JSON log; default `print`. */
  log?: (line: string) => void;
  /** The built app when `--static` is not given; skipped if it does not exist. */
  defaultStaticDir?: string;
  requestTimeoutMs?: number;
};

export type RunResult = {
  server: RunningServer;
  options: CliOptions;
  /** The problems the loaded file had (0 without --data). */
  problemCount: number;
};

/** Reads `--data`, prints its report, and refuses a file with problems unless `--only-valid`. */
async function loadSource(
  options: CliOptions,
  print: (line: string) => void,
): Promise<{ source: DatasetSource; label: string; problemCount: number }> {
  if (options.data === null)
    return {
      source: { kind: 'stored' },
      label: 'demo (illustrative)',
      problemCount: 0,
    };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(options.data));
  } catch (error) {
    throw new CliError(
      `--data ${options.data}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const name = path.basename(options.data);
  const loaded = loadDataFile(bytes, name);
  if (!loaded.ok)
    throw new CliError(
      `--data ${options.data}: ${formatProblem(loaded.problem)}`,
    );
  const { checked } = loaded;
  for (const warning of loaded.warnings)
    print(
      `warning: ${warning.code} in rows ${warning.rows.slice(0, 20).join(', ')}`,
    );
  print(
    `${name}: ${count(checked.validRows, 'valid row')}, ${String(checked.invalidRows)} with problems, ${count(checked.records.length, 'record')}, ${count(checked.problemCount, 'problem')}`,
  );
  for (const problem of checked.problems) print(`  ${formatProblem(problem)}`);
  if (checked.problemCount > checked.problems.length)
    print(
      `  … and ${String(checked.problemCount - checked.problems.length)} more (the first ${String(PROBLEM_LIMIT)} are listed)`,
    );
  if (checked.problemCount > 0 && !options.onlyValid)
    throw new CliError(
      `${name}: ${count(checked.problemCount, 'problem')}; fix the file, or pass --only-valid to serve its ${count(checked.validRows, 'valid row')}`,
    );
  if (checked.records.length === 0)
    throw new CliError(`${name}: no valid records to serve`);
  return {
    source: { kind: 'user', data: loaded.data },
    label: `${name} (${count(checked.records.length, 'record')}${checked.invalidRows > 0 ? `, ${count(checked.invalidRows, 'row')} left out` : ''})`,
    problemCount: checked.problemCount,
  };
}

/**
 * The server's command: options, data, then the listening server. Refusals
 * are `CliError`s (exit code 1), so a test can run it in-process.
 */
export async function run(
  args: readonly string[],
  io: RunIo = {},
): Promise<RunResult | null> {
  const print =
    io.print ??
    ((line: string) => {
      console.log(line);
    });
  const options = parseCli(args, io.env ?? {});
  if (options.help) {
    print(USAGE);
    return null;
  }
  const db = options.db ?? DEFAULT_DB;
  if (options.readOnly && options.data !== null)
    throw new CliError(
      '--read-only serves a database as it is; load --data without it',
    );
  if (options.readOnly && (db === ':memory:' || !existsSync(db)))
    throw new CliError(
      `--read-only: no database at ${db}; build it first without --read-only`,
    );
  const { source, label, problemCount } = await loadSource(options, print);
  const staticDir =
    options.staticDir ??
    (io.defaultStaticDir !== undefined && existsSync(io.defaultStaticDir)
      ? io.defaultStaticDir
      : null);
  if (options.staticDir !== null && !existsSync(options.staticDir))
    throw new CliError(`--static ${options.staticDir}: no such folder`);
  let opened;
  try {
    opened = await openDataset(source, db, { readOnly: options.readOnly });
  } catch (error) {
    if (!(error instanceof EmptyReadOnlyError)) throw error;
    throw new CliError(error.message);
  }
  const server = await startServer({
    dataset: opened.dataset,
    port: options.port,
    host: options.host,
    ...(staticDir === null ? {} : { staticDir }),
    corsOrigins: options.cors,
    ...(io.requestTimeoutMs === undefined
      ? {}
      : { requestTimeoutMs: io.requestTimeoutMs }),
    log: io.log ?? print,
  });
  print(
    `Border trade dashboard at ${server.origin}/ · data: ${opened.loaded === 'stored' ? 'as stored' : label} · db: ${db} (${opened.loaded}${options.readOnly ? ', read-only' : ''}) · app: ${staticDir ?? 'none, API only'}${options.cors.length > 0 ? ` · cors: ${options.cors.join(', ')}` : ''}`,
  );
  return { server, options, problemCount };
}
