// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { server as msw } from '../mocks/node';
import { encodeWindows1251 } from '@/import/read/test-encoders';
import { CliError, DEFAULT_PORT, parseCli, run } from './cli';
import { rawRequest } from './test-client';

const VALUE = 'Стоимость, тыс. долл. США';
const CSV = [
  `Период;Регион Казахстана;Регион России;Направление;Код ТН ВЭД;${VALUE}`,
  'январь 2024;Восточно-Казахстанская область;Алтайский край;экспорт;0401;1 234,5',
  'февраль 2024;ВКО;Алтайский край;экспорт;7601;12,3',
  'март 2024;ВКО;Алтайский край;экспорт;0401;много',
  '',
].join('\r\n');

let dir: string;
let file: string;

beforeAll(async () => {
  msw.close();
  dir = await mkdtemp(path.join(tmpdir(), 'server-cli-'));
  file = path.join(dir, 'vko-altai.csv');
  await writeFile(file, encodeWindows1251(CSV));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseCli', () => {
  test('defaults: port 8080 on loopback, the demo, no CORS', () => {
    expect(parseCli([])).toEqual({
      port: DEFAULT_PORT,
      host: '127.0.0.1',
      data: null,
      onlyValid: false,
      db: null,
      readOnly: false,
      cors: [],
      staticDir: null,
      help: false,
    });
  });

  test('--port wins over PORT; every option is read', () => {
    expect(parseCli([], { PORT: '9000' }).port).toBe(9000);
    expect(
      parseCli(
        [
          '--port=0',
          '--host',
          '0.0.0.0',
          '--data',
          'a.csv',
          '--only-valid',
          '--db',
          'data/x.duckdb',
          '--cors',
          'https://a.example, http://localhost:5173',
        ],
        { PORT: '9000' },
      ),
    ).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      data: 'a.csv',
      onlyValid: true,
      db: 'data/x.duckdb',
      cors: ['https://a.example', 'http://localhost:5173'],
    });
  });

  test.each([
    [['--port', '80a']],
    [['--port', '70000']],
    [['--cors', 'not an origin']],
    [['--cors', 'https://a.example/path']],
    [['--verbose']],
    [['stray']],
  ])('%j is refused with exit code 1', (args) => {
    expect(() => parseCli(args)).toThrow(CliError);
  });
});

describe('run --data', () => {
  test('a Windows-1251 file with a bad row is refused without --only-valid', async () => {
    const printed: string[] = [];
    const refused = run(['--data', file, '--port', '0', '--db', ':memory:'], {
      print: (line) => printed.push(line),
    });
    await expect(refused).rejects.toThrow(CliError);
    await expect(refused).rejects.toMatchObject({ exitCode: 1 });
    expect(printed).toContain(
      'vko-altai.csv: 2 valid rows, 1 with problems, 2 records, 1 problem',
    );
    expect(printed).toContainEqual(
      expect.stringMatching(
        new RegExp(`^ {2}row 4, column «${VALUE}»: bad-number \\{.*много`),
      ),
    );
  });

  test('with --only-valid its valid rows are served as the user’s data', async () => {
    const printed: string[] = [];
    const result = await run(
      ['--data', file, '--only-valid', '--port', '0', '--db', ':memory:'],
      {
        print: (line) => printed.push(line),
        log: () => undefined,
      },
    );
    if (!result) throw new Error('run served nothing');
    try {
      expect(result.problemCount).toBe(1);
      const banner = printed.at(-1) ?? '';
      expect(banner).toContain(`at ${result.server.origin}/`);
      expect(banner).toContain('vko-altai.csv (2 records, 1 row left out)');
      expect(banner).toContain('db: :memory: (file)');
      const meta = JSON.parse(
        (await rawRequest(result.server.origin, '/api/meta')).body,
      ) as { status: string; imported: { name: string; encoding: string }[] };
      expect(meta.status).toBe('user');
      expect(meta.imported[0]).toMatchObject({
        name: 'vko-altai.csv',
        encoding: 'windows-1251',
      });
      const totals = JSON.parse(
        (
          await rawRequest(
            result.server.origin,
            '/api/trade/totals?pair=KZ-63~RU-ALT&from=2024-01&to=2024-03',
          )
        ).body,
      ) as { current: { exports: number } };
      expect(totals.current.exports).toBe(1_246_800);
    } finally {
      await result.server.close();
    }
  });

  test('a missing file is refused', async () => {
    await expect(
      run(
        [
          '--data',
          path.join(dir, 'nope.csv'),
          '--port',
          '0',
          '--db',
          ':memory:',
        ],
        {
          print: () => undefined,
        },
      ),
    ).rejects.toThrow(/nope\.csv/);
  });

  test('without --data the demo is served', async () => {
    const printed: string[] = [];
    const result = await run(['--port', '0', '--db', ':memory:'], {
      print: (line) => printed.push(line),
      log: () => undefined,
    });
    if (!result) throw new Error('run served nothing');
    try {
      expect(printed.at(-1)).toContain('data: demo');
      const meta = JSON.parse(
        (await rawRequest(result.server.origin, '/api/meta')).body,
      ) as { status: string };
      expect(meta.status).toBe('illustrative');
    } finally {
      await result.server.close();
    }
  });
});

describe('run --read-only', () => {
  test('refuses --data, and a database that does not exist', async () => {
    const quiet = { print: () => undefined };
    await expect(
      run(['--read-only', '--data', file, '--port', '0'], quiet),
    ).rejects.toThrow(/--read-only serves a database as it is/);
    await expect(
      run(
        ['--read-only', '--db', path.join(dir, 'none.duckdb'), '--port', '0'],
        quiet,
      ),
    ).rejects.toThrow(/no database at .*none\.duckdb; build it first/);
  });

  test('two servers share one loaded file and answer alike', async () => {
    const db = path.join(dir, 'shared.duckdb');
    const quiet = { print: () => undefined, log: () => undefined };
    // Build the file as a team would: load, then stop.
    const builder = await run(['--port', '0', '--db', db], quiet);
    await builder?.server.close();
    const printed: string[] = [];
    const servers = await Promise.all(
      [0, 1].map(() =>
        run(['--read-only', '--port', '0', '--db', db], {
          print: (line) => printed.push(line),
          log: () => undefined,
        }),
      ),
    );
    try {
      expect(
        printed.filter((line) => line.includes('(stored, read-only)')),
      ).toHaveLength(2);
      const url = '/api/trade/totals?pair=KZ-63~RU-ALT&from=2023-01&to=2023-08';
      const answers = await Promise.all(
        servers.map(async (result) => {
          if (!result) throw new Error('run served nothing');
          return (await rawRequest(result.server.origin, url)).body;
        }),
      );
      const [first, second] = answers;
      expect(JSON.parse(first ?? '')).toMatchObject({
        current: { turnover: 927_000_000 },
      });
      expect(second).toBe(first);
    } finally {
      await Promise.all(
        servers.flatMap((result) => (result ? [result.server.close()] : [])),
      );
    }
  }, 60_000);
});
