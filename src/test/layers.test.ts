// @vitest-environment node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of STYLE.md §2 as eslint.config.js states them, checked on snippets placed
 * at virtual paths in src. The real config is used, less type-aware rules: those need the file
 * on disk, and the layer rules work on the import text and the resolved path only.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  overrideConfig: tseslint.configs.disableTypeChecked,
});

const PATHS = 'import-x/no-restricted-paths';
const ALIASES = 'no-restricted-imports';
const TYPE_ONLY = '@typescript-eslint/no-restricted-imports';
const LAYER_RULES = [PATHS, ALIASES, TYPE_ONLY];

async function layerMessages(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, {
    filePath: `${root}${filePath}`,
  });
  const messages = result?.messages ?? [];
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages
    .filter((m) => m.ruleId !== null && LAYER_RULES.includes(m.ruleId))
    .map((m) => ({ ruleId: m.ruleId, message: m.message }));
}

// A path rule is silent when an import does not resolve, so the targets must be real files.
it.each([
  'src/features/kpis/kpi-card.tsx',
  'src/app/app.tsx',
  'src/components/panel/panel.tsx',
  'src/features/trend/use-trend.ts',
  'src/api/client.ts',
  'src/api/endpoints/get-meta.ts',
  'src/service/service.ts',
  'src/view-model/trade-view.ts',
  'mocks/browser.ts',
])('snippet target %s exists', (file) => {
  expect(existsSync(`${root}${file}`)).toBe(true);
});

describe('imports that break a layer rule', { timeout: 30_000 }, () => {
  it.each([
    {
      file: 'src/features/trend/x.ts',
      code: "import { KpiCard } from '../kpis/kpi-card';",
      says: 'No feature imports another',
    },
    {
      file: 'src/features/trend/x.ts',
      code: "import { KpiCard } from '@/features/kpis/kpi-card';",
      says: 'No feature imports another',
    },
    {
      file: 'src/components/x.ts',
      code: "import { App } from '../app/app';",
      says: 'Nothing imports app',
    },
    {
      file: 'src/components/x.ts',
      code: "import { App } from '@/app/app';",
      says: 'Nothing imports app',
    },
    {
      file: 'src/components/x.ts',
      code: "import type { App } from '../app/app';",
      says: 'Nothing imports app',
    },
    {
      file: 'src/domain/x.ts',
      code: "export { App } from '../app/app';",
      says: 'Nothing imports app',
    },
    {
      file: 'src/lib/x.ts',
      code: "import { useFilters } from '../state/filters';",
      says: 'Imports flow downward',
    },
    {
      file: 'src/state/x.ts',
      code: "import { Panel } from '../components/panel/panel';",
      says: 'Imports flow downward',
    },
    {
      file: 'src/components/x.ts',
      code: "import { useTradeView } from '../view-model/trade-view';",
      says: 'Imports flow downward',
    },
    {
      file: 'src/view-model/x.ts',
      code: "import { KpiCard } from '@/features/kpis/kpi-card';",
      says: 'Imports flow downward',
    },
    {
      file: 'src/i18n/x.ts',
      code: "import { useFilters } from '../state/filters';",
      says: 'Imports flow downward',
    },
    {
      file: 'src/api/x.ts',
      code: "import { useFilters } from '../state/filters';",
      says: 'Imports flow downward',
    },
    {
      file: 'src/domain/x.ts',
      code: "import { formatMonth } from '../lib/format';",
      says: 'Imports flow downward',
    },
    {
      file: 'src/domain/x.ts',
      code: "import { getJson } from '../api/client';",
      says: 'domain is pure',
    },
    {
      file: 'src/service/x.ts',
      code: "import { metaQuery } from '../api/queries/meta';",
      says: 'service is the backend',
    },
    {
      file: 'src/components/x.ts',
      code: "import { createService } from '../service/service';",
      says: 'src/service is the backend',
    },
    {
      file: 'src/features/trend/x.ts',
      code: "import { getMeta } from '../../api/endpoints/get-meta';",
      says: 'UI reaches data through api/queries',
    },
    {
      file: 'src/components/x.ts',
      code: "import { startMockWorker } from '../../mocks/browser';",
      says: 'src never imports mocks/',
    },
  ])('$file: $code', async ({ file, code, says }) => {
    const messages = await layerMessages(file, code);
    expect(messages).toContainEqual({
      ruleId: PATHS,
      message: expect.stringContaining(says) as string,
    });
  });

  it('reports an alias import by its alias pattern too', async () => {
    const messages = await layerMessages(
      'src/features/trend/x.ts',
      "import { KpiCard } from '@/features/kpis/kpi-card';",
    );
    expect(messages.map((m) => m.ruleId).sort()).toEqual(
      [ALIASES, PATHS].sort(),
    );
  });

  it('rejects a value import of the schemas in domain', async () => {
    const messages = await layerMessages(
      'src/domain/x.ts',
      "import { SECTOR_IDS } from '../api/schemas/common';",
    );
    expect(messages).toEqual([
      {
        ruleId: TYPE_ONLY,
        message: expect.stringContaining('domain is pure') as string,
      },
    ]);
  });

  it('rejects a static import of mocks in main.tsx', async () => {
    const messages = await layerMessages(
      'src/main.tsx',
      "import { startMockWorker } from '../mocks/browser';",
    );
    expect(messages).toEqual([
      {
        ruleId: ALIASES,
        message: expect.stringContaining('dynamic import()') as string,
      },
    ]);
  });
});

describe('imports that follow the layer rules', { timeout: 30_000 }, () => {
  it.each([
    {
      file: 'src/features/trend/x.ts',
      code: "import { Panel } from '@/components/panel/panel';",
    },
    {
      file: 'src/features/trend/x.ts',
      code: "import { Panel } from '../../components/panel/panel';",
    },
    {
      file: 'src/features/trend/x.ts',
      code: "import { useTrend } from './use-trend';",
    },
    {
      file: 'src/app/x.ts',
      code: "import { KpiPanel } from '../features/kpis/kpi-panel';",
    },
    {
      file: 'src/domain/x.ts',
      code: "import type { Month } from '../api/schemas/common';",
    },
    {
      file: 'src/service/x.ts',
      code: "import { SECTOR_IDS } from '../api/schemas/common';",
    },
    {
      file: 'src/main.tsx',
      code: "void import('../mocks/browser');",
    },
  ])('$file: $code', async ({ file, code }) => {
    expect(await layerMessages(file, code)).toEqual([]);
  });
});
