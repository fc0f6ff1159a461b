/**
 * A real LRS for tests: Learning Locker's xapi-statements service (npm @learninglocker/xapi-statements)
 * run as a child process with its in-memory models repository, local file storage and test auth
 * (no MongoDB or Redis). `start()` may come after `reserve()`, so a test can send to it while it is
 * still down.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SERVER = join(process.cwd(), 'node_modules/@learninglocker/xapi-statements/dist/server.js');

export interface LearningLocker {
  port: number;
  /** The xAPI endpoint, ending in '/'. */
  endpoint: string;
  start(): Promise<void>;
  /** A request to the LRS's xAPI resources with the version header and the given Basic credentials. */
  xapi(path: string, init?: RequestInit): Promise<Response>;
  stop(): void;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

export async function reserveLearningLocker(key: string, secret: string): Promise<LearningLocker> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'rolig-ll-'));
  let child: ChildProcess | null = null;
  const auth = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  return {
    port,
    endpoint,
    xapi: (path, init = {}) =>
      fetch(endpoint + path, {
        ...init,
        headers: { Authorization: auth, 'X-Experience-API-Version': '1.0.3', ...(init.headers ?? {}) },
      }),
    async start() {
      child = spawn(process.execPath, [SERVER], {
        env: {
          ...process.env,
          EXPRESS_PORT: String(port),
          MODELS_REPO: 'memory',
          STORAGE_REPO: 'local',
          FS_LOCAL_STORAGE_DIR: dir,
          EXPRESS_MORGAN_DIRECTORY: dir,
          AUTH_REPO: 'test',
          EVENTS_REPO: 'test',
          WINSTON_CONSOLE_LEVEL: 'error',
          MONGO_URL: 'mongodb://127.0.0.1:1/none',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
      const until = Date.now() + 30_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`Learning Locker exited: ${stderr.slice(-2000)}`);
        try {
          if ((await fetch(`${endpoint}about`)).ok) return;
        } catch {
          // not up yet
        }
        if (Date.now() > until) throw new Error(`Learning Locker did not start: ${stderr.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    stop() {
      child?.kill();
      child = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
