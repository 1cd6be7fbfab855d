// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layer rules from the house style (../shared/STYLE.md §2): imports flow downward, no feature
 * imports another, only the API client fetches, domain stays pure, src never imports mocks
 * (main.tsx excepted, and only dynamically), and zustand / i18next only through their
 * wrappers. They are enforced twice, on purpose:
 *
 * - by resolved file path, `import-x/no-restricted-paths` with the `layerZones` below: this
 *   catches `../kpis/kpi-card` as well as `@/features/kpis/kpi-card`, but is silent when an
 *   import does not resolve (typecheck reports those);
 * - by import text, `no-restricted-imports` with the alias patterns in `zones`: cheap, and
 *   they also cover packages (react, zustand, i18next, @tanstack/*).
 *
 * Each alias zone lists every pattern that applies to it, because a later flat-config entry
 * replaces, not merges, an earlier `no-restricted-imports`; for the same reason all path
 * zones live in one `no-restricted-paths` entry.
 */
const root = import.meta.dirname;

const DOWNWARD =
  'Imports flow downward: app -> features -> view-model -> components, state, api/queries, domain, i18n, lib.';
const SERVICE_IS_BACKEND =
  'Data reaches the app only through the typed client over HTTP; src/service is the backend.';
const MOCKS_ARE_DEMO = 'src never imports mocks/ (main.tsx excepted).';
const VIA_QUERIES = 'UI reaches data through api/queries.';
const DOMAIN_IS_PURE = 'domain is pure: it may only type-import api/schemas.';
const SERVICE_NO_CLIENT =
  'service is the backend: schemas and domain only, no React, no client.';
const SERVER_IS_BACKEND =
  'server wraps src/service: service, schemas, domain and Node libraries; no React, no client, no demo wiring.';
const IMPORT_IS_PURE =
  'import reads files for the browser and the server alike: schemas, domain and libraries only.';

/** Every layer of the app in the browser: none of them may reach the backend or the demo. */
const CLIENT_LAYERS = [
  'src/app',
  'src/features',
  'src/view-model',
  'src/components',
  'src/state',
  'src/i18n',
  'src/api',
  'src/domain',
  'src/import',
  'src/lib',
];

/** Feature folders, read from disk so that a new panel is fenced in without editing this file. */
const features = fs
  .readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Zones for `import-x/no-restricted-paths`: a file under `target` may not import a file
 * under `from` (less `except`, relative to `from`). Paths are relative to the repository
 * root; each (target, from) pair appears once, so a violation is reported once by this rule.
 * @type {Array<{target: string[], from: string[], except?: string[], message: string}>}
 */
export const layerZones = [
  ...features.map((feature) => ({
    target: [`src/features/${feature}`],
    from: ['src/features'],
    except: [`./${feature}`],
    message:
      'No feature imports another: shared code moves down a layer (components, state, domain, lib).',
  })),
  {
    target: [
      'src/features',
      'src/components',
      'src/lib',
      'src/state',
      'src/i18n',
      'src/api',
      'src/domain',
      'src/import',
      'src/service',
      'src/view-model',
    ],
    from: ['src/app'],
    message: `Nothing imports app (main.tsx excepted). ${DOWNWARD}`,
  },
  {
    target: ['src/components', 'src/lib'],
    from: ['src/features', 'src/view-model', 'src/state'],
    message: DOWNWARD,
  },
  {
    target: ['src/view-model'],
    from: ['src/features', 'src/components'],
    message: DOWNWARD,
  },
  {
    target: ['src/state'],
    from: ['src/features', 'src/view-model', 'src/components'],
    message: DOWNWARD,
  },
  {
    target: ['src/i18n'],
    from: ['src/features', 'src/view-model', 'src/components', 'src/state'],
    message: DOWNWARD,
  },
  {
    // The pure domain is below api: the answer checks reuse its month and
    // side rules instead of writing them again.
    target: ['src/api'],
    from: [
      'src/features',
      'src/view-model',
      'src/components',
      'src/state',
      'src/i18n',
    ],
    message: DOWNWARD,
  },
  {
    target: ['src/domain', 'src/service'],
    from: [
      'src/features',
      'src/view-model',
      'src/components',
      'src/state',
      'src/i18n',
      'src/lib',
    ],
    message: DOWNWARD,
  },
  {
    target: ['src/domain'],
    from: ['src/api'],
    except: ['./schemas'],
    message: DOMAIN_IS_PURE,
  },
  {
    target: ['src/import'],
    from: [
      'src/features',
      'src/view-model',
      'src/components',
      'src/state',
      'src/i18n',
      'src/lib',
    ],
    message: IMPORT_IS_PURE,
  },
  {
    target: ['src/import'],
    from: ['src/api'],
    except: ['./schemas'],
    message: IMPORT_IS_PURE,
  },
  {
    target: ['src/service'],
    from: ['src/api/client.ts', 'src/api/endpoints', 'src/api/queries'],
    message: SERVICE_NO_CLIENT,
  },
  {
    target: CLIENT_LAYERS,
    from: ['src/service'],
    message: SERVICE_IS_BACKEND,
  },
  {
    target: [
      'src/app',
      'src/features',
      'src/components',
      'src/state',
      'src/lib',
    ],
    from: ['src/api/client.ts', 'src/api/endpoints'],
    message: VIA_QUERIES,
  },
  {
    target: [...CLIENT_LAYERS, 'src/service'],
    from: ['mocks'],
    message: MOCKS_ARE_DEMO,
  },
];

/**
 * The path-based half of the layer rules as flat-config entries; the test in
 * src/test/layers.test.ts lints snippets with exactly these. Only layer folders are linted
 * with it: tests, src/test and main.tsx may wire mocks and the app together.
 * @type {import('eslint').Linter.Config[]}
 */
export const layerConfig = [
  {
    files: ['src/*/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/test/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: path.join(root, 'tsconfig.json'),
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: layerZones },
      ],
    },
  },
  {
    // Type-only imports of the wire types are erased; a value import would run zod in domain.
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/api/schemas/*', '**/api/schemas/**'],
              allowTypeImports: true,
              message: DOMAIN_IS_PURE,
            },
          ],
        },
      ],
    },
  },
  {
    // no-restricted-imports does not look at import(): main.tsx may load mocks/ only lazily,
    // behind the demo flag, so that production builds drop them.
    files: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/mocks/**'],
              message:
                'main.tsx imports mocks/ only with a dynamic import(), behind the demo flag.',
            },
          ],
        },
      ],
    },
  },
];

const NO_MOCKS = { group: ['**/mocks/**'], message: MOCKS_ARE_DEMO };
const NO_SERVICE = {
  group: ['@/service/*', '**/service/**'],
  message: SERVICE_IS_BACKEND,
};
const NO_ZUSTAND = {
  group: ['zustand', 'zustand/*'],
  message: 'Use the wrappers in src/state/.',
};
const NO_I18NEXT = {
  group: ['i18next', 'react-i18next'],
  message: 'Use the wrappers in src/i18n/.',
};
const UP = (/** @type {string[]} */ layers) => ({
  group: layers.map((l) => `@/${l}/*`),
  message: DOWNWARD,
});
/**
 * What domain and service may not import: any layer above lib, React,
 * TanStack, or the HTTP client, said with the layer's own reason.
 * @param {string} message
 */
const pureLayer = (message) => [
  UP(['app', 'features', 'components', 'state', 'i18n', 'lib', 'view-model']),
  {
    group: [
      'react',
      'react-dom',
      '@tanstack/*',
      '@/api/client',
      '@/api/endpoints/*',
      '@/api/queries/*',
    ],
    message,
  },
];
/**
 * Product code builds schemas with zod/mini: classic zod's methods cannot be
 * tree-shaken and cost ~15 KB gzip more in the first view. Tests may use it.
 */
const NO_CLASSIC_ZOD = {
  name: 'zod',
  message: "Import from 'zod/mini' (docs/decisions.md, 13).",
};
/** @param {Array<{group: string[], message: string}>} patterns */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { paths: [NO_CLASSIC_ZOD], patterns }],
});

const zones = [
  {
    files: ['src/app/**'],
    patterns: [
      NO_MOCKS,
      NO_SERVICE,
      NO_ZUSTAND,
      NO_I18NEXT,
      {
        group: ['@/api/endpoints/*', '@/api/client'],
        message: VIA_QUERIES,
      },
    ],
  },
  {
    files: ['src/features/**'],
    patterns: [
      NO_MOCKS,
      NO_SERVICE,
      NO_ZUSTAND,
      NO_I18NEXT,
      UP(['app', 'features']),
      {
        group: ['@/api/endpoints/*', '@/api/client'],
        message: 'Features reach data through api/queries only.',
      },
    ],
  },
  {
    files: ['src/components/**', 'src/lib/**'],
    patterns: [
      NO_MOCKS,
      NO_SERVICE,
      NO_ZUSTAND,
      NO_I18NEXT,
      UP(['app', 'features', 'state', 'view-model']),
    ],
  },
  {
    files: ['src/view-model/**'],
    patterns: [
      NO_MOCKS,
      NO_SERVICE,
      NO_ZUSTAND,
      NO_I18NEXT,
      UP(['app', 'features', 'components']),
      {
        group: ['@/api/endpoints/*', '@/api/client'],
        message: 'View models reach data through api/queries.',
      },
    ],
  },
  {
    files: ['src/state/**'],
    patterns: [
      NO_MOCKS,
      NO_SERVICE,
      NO_I18NEXT,
      UP(['app', 'features', 'components', 'view-model']),
    ],
  },
  {
    files: ['src/i18n/**'],
    patterns: [
      NO_MOCKS,
      NO_SERVICE,
      NO_ZUSTAND,
      UP(['app', 'features', 'components', 'state', 'view-model']),
    ],
  },
  {
    files: ['src/api/**'],
    patterns: [
      NO_MOCKS,
      NO_SERVICE,
      NO_ZUSTAND,
      NO_I18NEXT,
      // Not domain: it is pure and below api (see layerZones).
      UP(['app', 'features', 'components', 'state', 'i18n', 'view-model']),
      { group: ['react', 'react-dom'], message: 'api has no React.' },
    ],
  },
  {
    files: ['src/domain/**'],
    patterns: [
      NO_MOCKS,
      NO_SERVICE,
      NO_ZUSTAND,
      NO_I18NEXT,
      ...pureLayer(DOMAIN_IS_PURE),
    ],
  },
  {
    files: ['src/import/**'],
    patterns: [
      NO_MOCKS,
      NO_SERVICE,
      NO_ZUSTAND,
      NO_I18NEXT,
      ...pureLayer(IMPORT_IS_PURE),
    ],
  },
  {
    files: ['src/service/**'],
    patterns: [
      NO_MOCKS,
      NO_ZUSTAND,
      NO_I18NEXT,
      ...pureLayer(SERVICE_NO_CLIENT),
    ],
  },
  {
    // Its tests may build the demo dataset from mocks/data to compare with.
    files: ['server/**'],
    ignores: ['server/datasets.ts'],
    patterns: [
      NO_MOCKS,
      NO_ZUSTAND,
      NO_I18NEXT,
      ...pureLayer(SERVER_IS_BACKEND),
    ],
  },
  {
    // The one server file that may build the demo dataset: what a first
    // start with no database serves.
    files: ['server/datasets.ts'],
    patterns: [NO_ZUSTAND, NO_I18NEXT, ...pureLayer(SERVER_IS_BACKEND)],
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'public/mockServiceWorker.js',
      'node_modules',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'check-file': checkFile },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true },
      ],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { 'src/**/': 'KEBAB_CASE' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='fetch']",
          message: 'Only src/api/client.ts calls fetch.',
        },
      ],
    },
  },
  {
    files: [
      'src/api/client.ts',
      'e2e/**',
      'bench/**',
      'mocks/**/*.test.ts',
      'src/service/**/*.test.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  ...zones.map((zone) => ({
    files: zone.files,
    ignores: ['**/*.test.{ts,tsx}', ...(zone.ignores ?? [])],
    rules: restrict(zone.patterns),
  })),
  ...layerConfig,
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['eslint.config.js', 'bench/**/*.mjs', 'server/**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
