/**
 * npm run bench:render: the desktop trainer's budgets (issue #3), measured in headless Chromium
 * against the production build, each printed as a ratio to an empty R3F canvas measured in the
 * same run (the machine's speed cancels out). Not a timed test: it reports.
 *   - main-thread script time per frame, app with a scenario running vs empty canvas (<= 2x)
 *   - WebGL draw calls and triangles per frame in every bundled scenario (<= 60, <= 100k)
 *   - initial JavaScript (gzip) vs the sum of the three, react, r3f and xr vendor chunks (<= 1.15x)
 *   - navigation to the first rendered frame, app deep link vs empty canvas (<= 1.5x)
 *   - JS heap after GC over a 2-minute run (flat)
 * Draw calls are counted by wrapping WebGL2's draw functions, so they are what the GPU is asked for.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { bundledScenarios } from '../src/sim/testing';
import { CHROMIUM_ARGS } from '../test/e2e/browser';

const ROOT = process.cwd();
/**
 * Script time and first frame are compared at 640x360: SwiftShader rasterises on the same two CPU
 * cores as the page's JavaScript, so at full HD the scene's fill rate would be billed to the script.
 */
const SMALL = { width: 640, height: 360 };
const HEAP_MINUTES = Number(process.env.HEAP_MINUTES ?? '2');
const env = { ...process.env };
delete env.NODE_ENV;

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ogg': 'audio/ogg',
  '.webmanifest': 'application/manifest+json',
};

function serve(dir: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Counts WebGL draws, triangles and frames; records the time of the first clear or draw. */
const INSTRUMENT = `(() => {
  const s = { frames: 0, draws: 0, tris: 0, maxDraws: 0, maxTris: 0, first: 0 };
  window.__bench = s;
  const mark = () => { if (!s.first) s.first = performance.now(); };
  const tri = (mode, count, inst) => (mode === 4 ? count / 3 : mode === 5 || mode === 6 ? Math.max(0, count - 2) : 0) * (inst || 1);
  const P = WebGL2RenderingContext.prototype;
  const wrap = (name, f) => { const o = P[name]; P[name] = function (...a) { f(a); return o.apply(this, a); }; };
  wrap('clear', mark);
  wrap('drawArrays', (a) => { mark(); s.draws++; s.tris += tri(a[0], a[2]); });
  wrap('drawElements', (a) => { mark(); s.draws++; s.tris += tri(a[0], a[1]); });
  wrap('drawArraysInstanced', (a) => { mark(); s.draws++; s.tris += tri(a[0], a[2], a[3]); });
  wrap('drawElementsInstanced', (a) => { mark(); s.draws++; s.tris += tri(a[0], a[1], a[4]); });
  const raf = window.requestAnimationFrame.bind(window);
  const tick = () => { s.frames++; s.maxDraws = Math.max(s.maxDraws, s.draws); s.maxTris = Math.max(s.maxTris, s.tris); s.draws = 0; s.tris = 0; raf(tick); };
  raf(tick);
})();`;

async function open(url: string, viewport = { width: 1280, height: 720 }) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  const page = await browser.newPage({ viewport });
  await page.addInitScript(INSTRUMENT);
  const t0 = Date.now();
  await page.goto(url);
  return { browser, page, t0 };
}

type Bench = { frames: number; maxDraws: number; maxTris: number; first: number };
const stats = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);

async function waitFirstFrame(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __bench: Bench }).__bench.first > 0, null, {
    timeout: 60_000,
  });
  return (await stats(page)).first;
}

/**
 * Main-thread script time per frame over `seconds`, two ways: Chromium's ScriptDuration metric
 * (includes time blocked inside WebGL calls, which on SwiftShader is the software GPU's fill rate),
 * and the JavaScript self time from a sampling CPU profile, leaving out native WebGL/browser calls
 * (`ownMs`: Rolig's and three's own work per frame, design.md §6).
 */
async function scriptPerFrame(page: Page, seconds: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  const metric = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  };
  const s0 = await metric();
  const f0 = (await stats(page)).frames;
  await cdp.send('Profiler.start');
  await page.waitForTimeout(seconds * 1000);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: { id: number; callFrame: { url: string; functionName: string } }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  const s1 = await metric();
  const frames = Math.max(1, (await stats(page)).frames - f0);
  const js = new Map(
    profile.nodes.map((n) => [
      n.id,
      n.callFrame.url !== '' || n.callFrame.functionName === '(garbage collector)',
    ]),
  );
  let own = 0;
  profile.samples.forEach((id, i) => {
    if (js.get(id)) own += profile.timeDeltas[i + 1] ?? 0;
  });
  return { msPerFrame: ((s1 - s0) * 1000) / frames, ownMs: own / 1000 / frames, fps: frames / seconds };
}

const heap = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { gc?: () => void }).gc?.();
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  });

async function main() {
  console.log(
    'Rolig render benchmark (headless Chromium, SwiftShader; draw calls at 1280x720, timings at 640x360)\n',
  );
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env,
  });
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'bench/empty/vite.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
    env,
  });

  // Initial JS: the entry script and its modulepreloads, against the vendor chunks.
  const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const gz = (f: string) => gzipSync(readFileSync(join(ROOT, 'dist', f))).length;
  const initialGz = initial.reduce((n, f) => n + gz(f), 0);
  const vendorFiles = readdirSync(join(ROOT, 'dist/assets')).filter((f) =>
    /^(three|react|r3f|xr)-.*\.js$/.test(f),
  );
  const vendorGz = vendorFiles.reduce((n, f) => n + gz(`assets/${f}`), 0);
  console.log(
    `initial JS ${(initialGz / 1024).toFixed(0)} KB gz (${initial.join(', ')}) vs vendor chunks ${(vendorGz / 1024).toFixed(0)} KB gz (${vendorFiles.join(', ')}) = ${(initialGz / vendorGz).toFixed(2)}x (budget <= 1.15x)`,
  );

  const app = await serve(join(ROOT, 'dist'), 4190);
  const empty = await serve(join(ROOT, 'dist-bench'), 4191);
  try {
    // First frame and script time: empty canvas vs the first scenario deep-linked straight into the room.
    const e = await open('http://127.0.0.1:4191/', SMALL);
    const eFirst = await waitFirstFrame(e.page);
    await e.page.waitForTimeout(2000);
    const eScript = await scriptPerFrame(e.page, 10);
    await e.browser.close();
    const a = await open(`http://127.0.0.1:4190/?scenario=ed-waiting-room&enter=1&seed=1&sw=0`, SMALL);
    const aFirst = await waitFirstFrame(a.page);
    await a.page.waitForTimeout(2000);
    const aScript = await scriptPerFrame(a.page, 10);
    console.log(
      `first rendered frame: app ${aFirst.toFixed(0)} ms vs empty ${eFirst.toFixed(0)} ms after navigation = ${(aFirst / eFirst).toFixed(2)}x (budget <= 1.5x)`,
    );
    console.log(
      `own JS per frame (CPU profile, native WebGL calls left out): app ${aScript.ownMs.toFixed(2)} ms vs empty ${eScript.ownMs.toFixed(2)} ms = ${(aScript.ownMs / eScript.ownMs).toFixed(2)}x (budget <= 2x)`,
    );
    console.log(
      `ScriptDuration per frame (includes waiting inside WebGL calls): app ${aScript.msPerFrame.toFixed(2)} ms at ${aScript.fps.toFixed(1)} fps vs empty ${eScript.msPerFrame.toFixed(2)} ms at ${eScript.fps.toFixed(1)} fps = ${(aScript.msPerFrame / eScript.msPerFrame).toFixed(2)}x`,
    );

    // Heap after GC, sampled over the run.
    const samples: number[] = [];
    const every = (HEAP_MINUTES * 60) / 6;
    for (let i = 0; i <= 6; i++) {
      samples.push(await heap(a.page));
      if (i < 6) await a.page.waitForTimeout(every * 1000);
    }
    const mb = (n: number) => (n / 1048576).toFixed(2);
    const growth = (samples[6]! - samples[1]!) / ((HEAP_MINUTES * 60 * 5) / 6 / 60);
    console.log(
      `heap after GC over ${HEAP_MINUTES} min: ${samples.map(mb).join(' → ')} MB; growth after warm-up ${(growth / 1024).toFixed(0)} KB/min`,
    );
    await a.browser.close();

    // Draw calls and triangles per frame, every bundled scenario.
    for (const { scenario } of bundledScenarios()) {
      const s = await open(`http://127.0.0.1:4190/?scenario=${scenario.id}&enter=1&seed=1&sw=0`);
      try {
        await waitFirstFrame(s.page);
        await s.page.waitForTimeout(4000);
        const st = await stats(s.page);
        console.log(
          `${scenario.id}: max ${st.maxDraws} draw calls (budget 60), max ${Math.round(st.maxTris)} triangles (budget 100k) per frame`,
        );
      } catch (err) {
        console.log(`${scenario.id}: no frame rendered (${(err as Error).message.split('\n')[0]})`);
      }
      await s.browser.close();
    }
  } finally {
    app.close();
    empty.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
