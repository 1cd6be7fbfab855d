import {
  DuckDBInstance,
  VARCHAR,
  type DuckDBConnection,
  type DuckDBPreparedStatement,
} from '@duckdb/node-api';
import type { PairId, Usd } from '@/api/schemas/common';
import type { CooperationResponse } from '@/api/schemas/cooperation';
import type { DatasetMeta } from '@/api/schemas/meta';
import type { RegionsResponse } from '@/api/schemas/regions';
import type { SectorsResponse } from '@/api/schemas/sectors';
import type {
  ChapterFlows,
  MonthlyPointWire,
  PeriodByPair,
  PeriodBySector,
  Provenance,
  SectorFlows,
  TradeRecord,
} from '@/api/schemas/trade';
import { monthsInRange } from '@/domain/months';
import type { Dataset } from '@/service/dataset';
import {
  buildSums,
  hasCells,
  hasSums,
  loadDataset,
  type CubeFacts,
  type DuckDbLoadInput,
} from './duckdb-load';
import {
  addCounts,
  emptyCounts,
  num,
  str,
  type Counts,
  type Row,
} from './duckdb-rows';
import {
  BY_CELL_SQL,
  BY_CHAPTER_SQL,
  CALIBRATIONS_SQL,
  CATALOGUE_SQL,
  CELL_COUNT_SQL,
  MONTHLY_SQL,
  pageParams,
  planFor,
  RECORD_COUNT_SQL,
  RECORDS_SQL,
  TOTALS_SQL,
  type Bound,
} from './duckdb-sql';

/**
 * A dataset answered in SQL by an embedded DuckDB database, the same
 * answers as the in-memory cube (see duckdb-dataset.test.ts), for the
 * reference server. `load` replaces the data; a file database keeps it for
 * the next `createDuckDbDataset` of the same path, which answers at once.
 */
export type DuckDbDataset = Dataset & {
  /** Replaces the database's data with this input, in one transaction. */
  load(input: DuckDbLoadInput): Promise<void>;
  /** How many present cells are stored. */
  cellCount(): Promise<number>;
  /** Closes the connection and the database; the dataset answers no more. */
  close(): Promise<void>;
};

/** Connections a dataset opens: queries on different ones run at once. */
export const DEFAULT_CONNECTIONS = 4;

/**
 * Opens (or creates) a database; `':memory:'` keeps it in this process only.
 * `readOnly` opens an existing file without taking its write lock, so
 * several server processes can share it (`load` then fails).
 */
export async function createDuckDbDataset(options: {
  path: string;
  readOnly?: boolean;
  connections?: number;
}): Promise<DuckDbDataset> {
  const instance = await DuckDBInstance.create(
    options.path,
    options.readOnly === true ? { access_mode: 'READ_ONLY' } : {},
  );
  const connections: DuckDBConnection[] = [];
  const count = Math.max(1, options.connections ?? DEFAULT_CONNECTIONS);
  for (let i = 0; i < count; i += 1) connections.push(await instance.connect());
  const [first] = connections;
  if (!first) throw new Error('duckdb: no connection');
  // A file written before `sums` existed gets it once, here.
  if (
    options.readOnly !== true &&
    (await hasCells(first)) &&
    !(await hasSums(first))
  )
    await buildSums(first);
  return duckDbDataset(connections, () => {
    for (const connection of connections) connection.closeSync();
    instance.closeSync();
  });
}

/**
 * One connection and what runs on it: its prepared statements (a statement
 * belongs to its connection) and its queue. A connection runs one statement
 * at a time, so tasks on a lane run in order.
 */
type Lane = {
  connection: DuckDBConnection;
  statements: Map<string, DuckDBPreparedStatement>;
  pending: number;
  tail: Promise<unknown>;
};

function duckDbDataset(
  connections: readonly DuckDBConnection[],
  closeAll: () => void,
): DuckDbDataset {
  const lanes: Lane[] = connections.map((connection) => ({
    connection,
    statements: new Map(),
    pending: 0,
    tail: Promise.resolve(),
  }));
  const onLane = <T>(lane: Lane, task: () => Promise<T>): Promise<T> => {
    lane.pending += 1;
    const run = lane.tail.then(task).finally(() => {
      lane.pending -= 1;
    });
    lane.tail = run.catch(() => undefined);
    return run;
  };
  /** A read goes to the least busy lane. */
  const idlest = (): Lane =>
    lanes.reduce((best, lane) => (lane.pending < best.pending ? lane : best));
  /**
   * A task with the database to itself (a load, the close): it waits for
   * what every lane already has queued, and reads queued after it wait for
   * it, so no read sees half a load or a closed connection.
   */
  const exclusive = <T>(task: (lane: Lane) => Promise<T>): Promise<T> => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const reached = lanes.map(
      (lane) =>
        new Promise<void>((arrive) => {
          void onLane(lane, () => {
            arrive();
            return released;
          });
        }),
    );
    const [writer] = lanes;
    const result = Promise.all(reached).then(() => {
      if (!writer) throw new Error('duckdb: no connection');
      return task(writer);
    });
    result.then(release, release);
    return result;
  };
  const dropStatements = () => {
    for (const lane of lanes) {
      for (const statement of lane.statements.values()) statement.destroySync();
      lane.statements.clear();
    }
  };
  const select = (sql: string, bound: Bound): Promise<Row[]> => {
    const lane = idlest();
    return onLane(lane, async () => {
      let statement = lane.statements.get(sql);
      if (!statement) {
        statement = await lane.connection.prepare(sql);
        lane.statements.set(sql, statement);
      }
      statement.bind(bound.values, bound.types);
      return (await statement.runAndReadAll()).getRowObjectsJS();
    });
  };
  const run = (plan: { sql: string; bound: Bound }) =>
    select(plan.sql, plan.bound);

  // The cube's flag and calibration names, read once per load.
  let facts: Promise<{ synthetic: boolean; names: string[] }> | undefined;
  const cubeFacts = () => {
    facts ??= Promise.all([
      catalogue<CubeFacts>('cube'),
      select(CALIBRATIONS_SQL, { values: {}, types: {} }),
    ]).then(([cube, rows]) => {
      const names: string[] = [];
      for (const row of rows) names[num(row['calibration'])] = str(row['name']);
      return { synthetic: cube.synthetic, names };
    });
    return facts;
  };
  async function catalogue<T>(name: string): Promise<T> {
    const [row] = await select(CATALOGUE_SQL, {
      values: { name },
      types: { name: VARCHAR },
    });
    if (!row) throw new Error(`catalogue: no ${name} is stored`);
    return JSON.parse(str(row['body'])) as T;
  }
  /** As `provenanceOf` of the memory cube: names sorted, synthetic only if anything was summed. */
  async function provenance(counts: Counts): Promise<Provenance> {
    const { synthetic, names } = await cubeFacts();
    return {
      synthetic: synthetic && counts.reported + counts.missing > 0,
      calibrations: [...counts.calibrations]
        .map((i) => names[i] ?? String(i))
        .sort(),
      reportedCells: counts.reported,
      missingCells: counts.missing,
    };
  }
  async function flowSums(rows: readonly Row[]) {
    let exports = 0;
    let imports = 0;
    const counts = emptyCounts();
    for (const row of rows) {
      exports += num(row['exports']);
      imports += num(row['imports']);
      addCounts(counts, row);
    }
    return {
      exports: exports as Usd,
      imports: imports as Usd,
      provenance: await provenance(counts),
    };
  }

  return {
    meta: () => catalogue<DatasetMeta>('meta'),
    regions: () => catalogue<RegionsResponse>('regions'),
    sectors: () => catalogue<SectorsResponse>('sectors'),
    cooperation: (pair: PairId) =>
      catalogue<CooperationResponse>(`cooperation:${pair}`),

    async totals(query) {
      const rows = await run(planFor(TOTALS_SQL, query));
      const sum = (flow: string) =>
        num(rows.find((r) => r['flow'] === flow)?.['total']);
      const exports = sum('export');
      const imports = sum('import');
      const counts = rows.reduce(addCounts, emptyCounts());
      return {
        from: query.from,
        to: query.to,
        exports: exports as Usd,
        imports: imports as Usd,
        turnover: (exports + imports) as Usd,
        balance: exports - imports,
        provenance: await provenance(counts),
      };
    },

    async monthly(query) {
      const rows = await run(planFor(MONTHLY_SQL, query));
      const sums = new Map<string, number>();
      for (const row of rows) {
        const total = row['total'];
        if (typeof total === 'number')
          sums.set(`${str(row['month'])} ${str(row['flow'])}`, total);
      }
      const point = (month: string, flow: string) =>
        (sums.get(`${month} ${flow}`) ?? null) as MonthlyPointWire['export'];
      return {
        from: query.from,
        to: query.to,
        points: monthsInRange(query.from, query.to).map((month) => ({
          month,
          export: point(month, 'export'),
          import: point(month, 'import'),
        })),
        provenance: await provenance(rows.reduce(addCounts, emptyCounts())),
      };
    },

    async bySector(query): Promise<PeriodBySector> {
      const rows = await run(planFor(BY_CHAPTER_SQL, query, { chapter: true }));
      const chapters: ChapterFlows[] = rows.map((row) => ({
        chapter: str(row['chapter']) as ChapterFlows['chapter'],
        exports: num(row['exports']) as Usd,
        imports: num(row['imports']) as Usd,
      }));
      // Sections are contiguous in chapter order: each is the sum of its chapters.
      const sectors: SectorFlows[] = [];
      rows.forEach((row, i) => {
        const sector = str(row['section']) as SectorFlows['sector'];
        const chapter = chapters[i];
        if (!chapter) return;
        const last = sectors.at(-1);
        if (last?.sector === sector) {
          last.exports = (last.exports + chapter.exports) as Usd;
          last.imports = (last.imports + chapter.imports) as Usd;
        } else {
          sectors.push({
            sector,
            exports: chapter.exports,
            imports: chapter.imports,
          });
        }
      });
      return {
        from: query.from,
        to: query.to,
        sectors,
        chapters,
        provenance: await provenance(rows.reduce(addCounts, emptyCounts())),
      };
    },

    async byPair(query): Promise<PeriodByPair> {
      const [rows, regions] = await Promise.all([
        run(planFor(BY_CELL_SQL, { ...query, pair: 'KZ~RU' }, { cell: true })),
        catalogue<RegionsResponse>('regions'),
      ]);
      const { pairs } = regions;
      const kzRegions = [...new Set(pairs.map((p) => p.kz))];
      return {
        from: query.from,
        to: query.to,
        pairs: await Promise.all(
          pairs.map(async (p) => ({
            pair: p.id,
            kz: p.kz,
            ru: p.ru,
            ...(await flowSums(
              rows.filter((r) => r['kz'] === p.kz && r['ru'] === p.ru),
            )),
          })),
        ),
        regions: await Promise.all(
          kzRegions.map(async (kz) => ({
            kz,
            ...(await flowSums(rows.filter((r) => r['kz'] === kz))),
          })),
        ),
        country: await flowSums(rows),
      };
    },

    async records(query, page) {
      const [rows, count, { synthetic }] = await Promise.all([
        select(RECORDS_SQL, pageParams(query, page)),
        run(planFor(RECORD_COUNT_SQL, query)),
        cubeFacts(),
      ]);
      return {
        records: rows.map((row): TradeRecord => ({
          month: str(row['month']),
          kz: str(row['kz']),
          ru: str(row['ru']),
          flow: str(row['flow']) as TradeRecord['flow'],
          sector: str(row['sector']) as TradeRecord['sector'],
          chapter: str(row['chapter']) as TradeRecord['chapter'],
          valueUsd:
            typeof row['value'] === 'number' ? (row['value'] as Usd) : null,
          synthetic,
          calibration: str(row['calibration']),
        })),
        total: num(count[0]?.['total']),
        offset: page.offset,
        limit: page.limit,
      };
    },

    load: (input) =>
      exclusive(async (writer) => {
        dropStatements();
        facts = undefined;
        await loadDataset(writer.connection, input);
      }),
    cellCount: async () =>
      num(
        (await select(CELL_COUNT_SQL, { values: {}, types: {} }))[0]?.['cells'],
      ),
    close: () =>
      exclusive(() => {
        dropStatements();
        closeAll();
        return Promise.resolve();
      }),
  };
}
