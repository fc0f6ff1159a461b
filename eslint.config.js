// @ts-check
import js from '@eslint/js';
import r3f from '@react-three/eslint-plugin';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The layers of design.md §2 and what each may import (README "Map of src/"). A layer is a folder
 * of src/; another layer is reached only through its public entry, its `index.ts` (or, for a part
 * loaded on its own, a first-level folder's `index.ts`: `ui/debrief`, `input/xr`...). Both rules are
 * eslint-plugin-boundaries': `element-types` (who may import whom), `entry-point` (through which file).
 */
const LAYERS = {
  sim: [],
  i18n: [],
  scenario: ['sim'],
  scoring: ['sim', 'scenario'],
  debrief: ['sim', 'scenario', 'scoring'],
  session: ['sim', 'scenario', 'scoring', 'debrief'],
  storage: ['sim', 'scoring', 'debrief'],
  scene: ['sim', 'scenario'],
  input: ['sim'],
  audio: ['sim', 'scenario', 'i18n'],
  // The group link: its messages (zod) and the browser's client of the relay.
  live: [],
  ui: ['sim', 'scenario', 'scoring', 'debrief', 'session', 'storage', 'i18n', 'live'],
  app: [
    'sim',
    'scenario',
    'scoring',
    'debrief',
    'session',
    'storage',
    'scene',
    'input',
    'audio',
    'ui',
    'i18n',
    'live',
  ],
  // The entry: it evaluates the deep-link preload first (app/deepLink.ts) and loads the stylesheet.
  main: ['app', 'ui'],
};
/** The headless core: no React, three, audio, storage or node built-ins, no browser globals. */
const CORE = ['sim', 'scenario', 'scoring', 'debrief', 'session'];
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-bench/**',
      'dist-*/**',
      'node_modules/**',
      'public/**',
      'coverage/**',
      'test-results/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        ecmaVersion: 2023,
        sourceType: 'module',
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tests read JSON fixtures and exported files (any by nature) and drive the page with evaluate.
    files: [...TESTS, 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-implied-eval': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Plain JavaScript (configs, the service worker) has no types to check against.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Allocation in R3F's frame loop (useFrame): a garbage-collection pause is a dropped frame.
    files: ['src/**/*.tsx'],
    plugins: { '@react-three': r3f },
    rules: { '@react-three/no-clone-in-loop': 'error', '@react-three/no-new-in-loop': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: TESTS,
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'main', pattern: 'src/main.tsx', mode: 'full' },
        ...Object.keys(LAYERS)
          .filter((l) => l !== 'main')
          .map((l) => ({ type: l, pattern: `src/${l}`, mode: 'folder' })),
      ],
      'boundaries/include': ['src/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message: '${file.type} must not import ${dependency.type} (design.md §2; eslint.config.js LAYERS)',
          rules: Object.entries(LAYERS).map(([from, allow]) => ({ from, allow })),
        },
      ],
      'boundaries/entry-point': [
        'error',
        {
          default: 'disallow',
          message:
            'another layer is imported through its index.ts (or a first-level folder index.ts), not ${dependency.source}',
          rules: [
            {
              target: Object.keys(LAYERS),
              allow: ['index.ts', 'index.tsx', '*/index.ts', '*/index.tsx', '*.css'],
            },
            { target: ['app'], allow: ['loading/deepLink.ts'] },
          ],
        },
      ],
    },
  },
  {
    files: CORE.map((l) => `src/${l}/**/*.ts`),
    ignores: [...TESTS, 'src/scenario/testing.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'three',
                'three/*',
                '@react-three/*',
                'howler',
                'dexie',
                'node:*',
                'fs',
                'path',
              ],
              message:
                'The headless core stays free of React, three, audio, storage and node built-ins (design.md §2).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
);
