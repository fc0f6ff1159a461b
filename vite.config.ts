import { liveRelay } from './server/vitePlugin';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { connectPolicy } from './scripts/connectPolicy.ts';
import { deepLinkPreload } from './scripts/deepLinkPreload.ts';
import { sceneAssets } from './scripts/sceneAssets.ts';
import { scenarioModule } from './scripts/scenarioModule.ts';
import { noXrCdnInBuild, noXrEmulatorInBuild } from './scripts/xrBuild.ts';

/** Every file under dir, as paths relative to it with forward slashes. */
function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full).map((f) => `${name}/${f}`) : [name];
  });
}

/**
 * Writes dist/sw-manifest.json after the build: every output file (bundles and public/ alike) and a
 * content hash as the cache version, so public/sw.js can precache the whole app for offline use.
 */
function swManifest(): Plugin {
  let outDir = 'dist';
  return {
    name: 'rolig-sw-manifest',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : join(config.root, config.build.outDir);
    },
    closeBundle(error?: Error) {
      // A failed build leaves no outDir: let the bundler report its own error.
      if (error || !existsSync(outDir)) return;
      const skip = new Set(['sw.js', 'sw-manifest.json']);
      const files = listFiles(outDir)
        .map((f) => f.split(sep).join('/'))
        .filter((f) => !skip.has(f))
        .sort();
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(readFileSync(join(outDir, f)));
      const manifest = { version: hash.digest('hex').slice(0, 16), files: ['./', ...files] };
      writeFileSync(join(outDir, 'sw-manifest.json'), JSON.stringify(manifest, null, 1));
      console.log(
        `sw-manifest.json: ${files.length} files, version ${manifest.version} (${relative(process.cwd(), outDir)})`,
      );
    },
  };
}

/**
 * index.html carries the production Content-Security-Policy (no 'unsafe-eval'). The dev server needs
 * an inline React-refresh preamble and a websocket, so in `vite` (serve) only, the policy is relaxed.
 */
function devCsp(): Plugin {
  return {
    name: 'rolig-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
    },
  };
}

// Vendor groups so the startup chunk stays small and the XR emulator never lands in it
// (stack-notes: vite 8 `output.codeSplitting` groups).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    scenarioModule(),
    sceneAssets(),
    deepLinkPreload(),
    connectPolicy(),
    swManifest(),
    devCsp(),
    noXrEmulatorInBuild(),
    noXrCdnInBuild(),
    liveRelay(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
            { name: 'three', test: /node_modules[\\/]three[\\/]/, priority: 30 },
            { name: 'r3f', test: /node_modules[\\/]@react-three[\\/]fiber[\\/]/, priority: 20 },
            { name: 'xr', test: /node_modules[\\/](@react-three[\\/]xr|@pmndrs[\\/]xr)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: {
    port: 4173,
    strictPort: true,
    // frame-ancestors works only as a header (a meta policy cannot say it): nobody may frame Rolig.
    headers: { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' },
  },
});
