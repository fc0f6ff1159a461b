/**
 * Builds the app once (unless dist/ is newer than every source) and serves it with `vite preview`
 * on port 4173 for the e2e tests. The preview process is ours and is stopped in teardown.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** E2E_PORT and E2E_OUT let parallel e2e runs use their own port and build folder. */
export const PORT = Number(process.env.E2E_PORT ?? '4173');
const OUT = process.env.E2E_OUT ?? 'dist';
const ROOT = process.cwd();
const VITE = join(ROOT, 'node_modules', '.bin', 'vite');
const SOURCES = ['src', 'scenarios', 'public', 'scripts', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name.endsWith('.test.ts') || name.endsWith('.test.tsx')) continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

function distIsFresh(): boolean {
  const built = join(ROOT, OUT, 'sw-manifest.json');
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.every((s) => newestMtime(join(ROOT, s)) <= builtAt);
}

async function waitForServer(url: string, ms: number, child: ChildProcess): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    // A preview that exited (port taken by a stale server) must not let tests run against old files.
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`vite preview did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let preview: ChildProcess | null = null;

/** vitest sets NODE_ENV=test; a child `vite build` would inherit it and emit a development bundle. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  return env;
}

export async function setup(): Promise<void> {
  if (process.env.E2E_REBUILD === '1' || !distIsFresh()) {
    execFileSync(VITE, ['build', '--logLevel', 'warn', '--outDir', OUT], {
      cwd: ROOT,
      stdio: 'inherit',
      env: childEnv(),
    });
  }
  preview = spawn(
    VITE,
    ['preview', '--outDir', OUT, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  preview.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`, 120_000, preview);
  } catch (e) {
    preview.kill();
    throw new Error(`${(e as Error).message}\n${stderr}`);
  }
}

export function teardown(): void {
  if (preview && preview.exitCode === null) preview.kill('SIGTERM');
  preview = null;
}
