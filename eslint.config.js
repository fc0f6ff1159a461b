// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/**
 * Layer boundaries of design.md §2, enforced: a violation fails `npm run lint` and so `npm test`.
 * sim imports nothing of ours (types from scenario/schema only) and no react/three/howler/DOM;
 * scenario, scoring, debrief sit on sim; storage on debrief; scene, input, audio, ui use lower
 * layers but never each other; only app wires everything.
 */
const layer = (name) => `./src/${name}`;
const zones = [
  {
    target: layer('sim'),
    from: ['scoring', 'debrief', 'storage', 'scene', 'input', 'audio', 'ui', 'app', 'i18n'].map(layer),
  },
  {
    target: layer('scenario'),
    from: ['scoring', 'debrief', 'storage', 'scene', 'input', 'audio', 'ui', 'app'].map(layer),
  },
  {
    target: layer('scoring'),
    from: ['debrief', 'storage', 'scene', 'input', 'audio', 'ui', 'app'].map(layer),
  },
  { target: layer('debrief'), from: ['storage', 'scene', 'input', 'audio', 'ui', 'app'].map(layer) },
  { target: layer('storage'), from: ['scene', 'input', 'audio', 'ui', 'app'].map(layer) },
  { target: layer('scene'), from: ['input', 'audio', 'ui', 'app', 'storage'].map(layer) },
  { target: layer('input'), from: ['scene', 'audio', 'ui', 'app', 'storage'].map(layer) },
  { target: layer('audio'), from: ['scene', 'input', 'ui', 'app', 'storage'].map(layer) },
  { target: layer('ui'), from: ['scene', 'input', 'audio', 'app'].map(layer) },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'coverage/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/sim/**/*.ts', 'src/scenario/**/*.ts', 'src/scoring/**/*.ts', 'src/debrief/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/sim/testing.ts'],
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
              ],
              message: 'The headless core stays free of React, three, audio and storage (design.md §2).',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'The core runs in the browser too: no node built-ins outside tests and scripts.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['src/sim/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/sim/testing.ts'],
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
              ],
              message: 'sim stays free of React, three, audio and storage (design.md §2).',
            },
            { group: ['node:*', 'fs', 'path'], message: 'sim runs in the browser too.' },
            {
              group: ['../scenario/*', '!../scenario/schema'],
              message: 'sim imports nothing of ours except types from scenario/schema.',
            },
            {
              group: ['../scenario/schema'],
              allowTypeImports: true,
              message: 'sim may only import types from scenario/schema.',
            },
          ],
        },
      ],
    },
  },
);
