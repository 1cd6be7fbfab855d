// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import checkFile from 'eslint-plugin-check-file';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layer rules from the house style (STYLE.md §2): imports flow downward, only the API client
 * fetches, domain stays pure, src never imports mocks (main.tsx excepted), and
 * zustand / i18next only through their wrappers. Each zone lists every rule
 * that applies to it, because a later flat-config entry replaces, not merges,
 * an earlier `no-restricted-imports`.
 */
const NO_MOCKS = {
  group: ['**/mocks/**'],
  message: 'src never imports mocks/ (main.tsx excepted).',
};
const NO_SERVICE = {
  group: ['@/service/*', '**/service/**'],
  message:
    'Data reaches the app only through the typed client over HTTP; src/service is the backend.',
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
  message:
    'Imports flow downward: app -> features -> components, state, api/queries, domain, i18n, lib.',
});
/** @param {Array<{group: string[], message: string}>} patterns */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
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
        message: 'UI reaches data through api/queries.',
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
      UP(['app', 'features', 'state']),
    ],
  },
  {
    files: ['src/state/**'],
    patterns: [
      NO_MOCKS,
      NO_SERVICE,
      NO_I18NEXT,
      UP(['app', 'features', 'components']),
    ],
  },
  {
    files: ['src/i18n/**'],
    patterns: [
      NO_MOCKS,
      NO_SERVICE,
      NO_ZUSTAND,
      UP(['app', 'features', 'components', 'state']),
    ],
  },
  {
    files: ['src/api/**'],
    patterns: [
      NO_MOCKS,
      NO_SERVICE,
      NO_ZUSTAND,
      NO_I18NEXT,
      UP(['app', 'features', 'components', 'state', 'i18n', 'domain']),
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
      UP(['app', 'features', 'components', 'state', 'i18n', 'lib']),
      {
        group: [
          'react',
          'react-dom',
          '@tanstack/*',
          '@/api/client',
          '@/api/endpoints/*',
          '@/api/queries/*',
        ],
        message: 'domain is pure: it may only type-import api/schemas.',
      },
    ],
  },
  {
    files: ['src/service/**'],
    patterns: [
      NO_MOCKS,
      NO_ZUSTAND,
      NO_I18NEXT,
      UP(['app', 'features', 'components', 'state', 'i18n', 'lib']),
      {
        group: [
          'react',
          'react-dom',
          '@tanstack/*',
          '@/api/client',
          '@/api/endpoints/*',
          '@/api/queries/*',
        ],
        message:
          'service is the backend: schemas and domain only, no React, no client.',
      },
    ],
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
    ignores: ['**/*.test.{ts,tsx}'],
    rules: restrict(zone.patterns),
  })),
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['eslint.config.js', 'bench/**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
