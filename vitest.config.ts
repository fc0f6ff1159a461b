import { defineConfig } from 'vitest/config';
import { sceneAssets } from './scripts/sceneAssets.ts';
import { scenarioModule } from './scripts/scenarioModule.ts';

// The headless core runs in a plain node environment, so a stray DOM import fails (design.md §2).
// UI and scene component tests run in happy-dom.
export default defineConfig({
  test: {
    reporters: ['default', './test/support/projectTimes.ts'],
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          testTimeout: 120_000,
          include: [
            'src/sim/**/*.test.ts',
            'src/session/**/*.test.ts',
            'src/scenario/**/*.test.ts',
            'src/scoring/**/*.test.ts',
            'src/debrief/**/*.test.ts',
            'scripts/**/*.test.ts',
            'server/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'test/sim/**/*.test.ts',
          ],
        },
      },
      {
        resolve: { mainFields: ['module', 'jsnext:main', 'jsnext'] },
        // The bundled scenarios come from a build-time module (src/app/scenarios.ts).
        plugins: [scenarioModule(), sceneAssets()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: [
            'src/ui/**/*.test.{ts,tsx}',
            'src/scene/**/*.test.{ts,tsx}',
            'src/input/**/*.test.{ts,tsx}',
            'src/audio/**/*.test.{ts,tsx}',
            'src/storage/**/*.test.{ts,tsx}',
            'src/app/**/*.test.{ts,tsx}',
            'src/i18n/**/*.test.{ts,tsx}',
          ],
          setupFiles: ['test/setupDom.ts'],
        },
      },
      {
        // End-to-end: the built app (vite preview) in headless Chromium via playwright-core.
        // globalSetup builds once unless dist/ is fresh, and serves it on port 4173 (E2E_OUT, E2E_PORT override).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          // Generous, for a 2-core machine under load: each wait inside ends on the app's own state.
          testTimeout: 600_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
