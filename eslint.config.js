// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layer boundaries of design.md §2, enforced: a violation fails `npm run lint` and so `npm test`.
 * sim imports nothing of ours (types from scenario/schema only) and no react/three/howler/DOM;
 * scenario, scoring, debrief sit on sim; storage on debrief; scene, input, audio, ui use lower
 * layers but never each other; only app wires everything.
 */
const forbidden = {
  sim: ['scoring', 'debrief', 'storage', 'scene', 'input', 'audio', 'ui', 'app', 'i18n'],
  scenario: ['scoring', 'debrief', 'storage', 'scene', 'input', 'audio', 'ui', 'app'],
  scoring: ['debrief', 'storage', 'scene', 'input', 'audio', 'ui', 'app'],
  debrief: ['storage', 'scene', 'input', 'audio', 'ui', 'app'],
  storage: ['scene', 'input', 'audio', 'ui', 'app'],
  scene: ['input', 'audio', 'ui', 'app', 'storage'],
  input: ['scene', 'audio', 'ui', 'app', 'storage'],
  audio: ['scene', 'input', 'ui', 'app', 'storage'],
  ui: ['scene', 'input', 'audio', 'app'],
};
const core = ['sim', 'scenario', 'scoring', 'debrief'];
const headless = {
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
  message: 'The headless core stays free of React, three, audio, storage and node built-ins (design.md §2).',
};

const layerConfigs = Object.entries(forbidden).map(([layer, others]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/sim/testing.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: others.flatMap((o) => [`../${o}`, `../${o}/*`, `../../${o}`, `../../${o}/*`]),
            message: `${layer} must not import ${others.join(', ')} (design.md §2 layer boundaries).`,
          },
          ...(core.includes(layer) ? [headless] : []),
          ...(layer === 'sim'
            ? [
                {
                  group: ['../scenario/*', '!../scenario/schema'],
                  message: 'sim imports only types from scenario/schema.',
                },
                {
                  group: ['../scenario/schema'],
                  allowTypeImports: true,
                  message: 'sim imports only types from scenario/schema.',
                },
              ]
            : []),
        ],
      },
    ],
    ...(core.includes(layer)
      ? { 'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'] }
      : {}),
  },
}));

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
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  ...layerConfigs,
);
