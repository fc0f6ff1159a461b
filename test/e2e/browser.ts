/** Headless Chromium (Debian's /usr/bin/chromium via playwright-core) and user-level app helpers. */
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Scenario } from '../../src/scenario';
import { BAD_TAGS, GOOD_TAGS } from '../../src/sim/policyBase';

/** E2E_PORT lets two e2e runs (or a run and a dev preview) share a machine. */
export const PORT = Number(process.env.E2E_PORT ?? '4173');
export const BASE = `http://127.0.0.1:${PORT}/`;
/** Matches a URL of the app's own origin, or data:/blob:. */
export const OWN_ORIGIN = new RegExp(`^(http://127\\.0\\.0\\.1:${PORT}/|data:|blob:)`);
export const SCREENSHOTS = join(process.cwd(), 'test', 'e2e', '__screenshots__');

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors (CSP violations show up here). */
  errors: string[];
  close: () => Promise<void>;
}

/** Debian's Chromium, headless, offline, WebGL through SwiftShader (stack-notes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Debian's Chromium, or the browser named by $CHROMIUM. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * How long a step may wait for the app (a chunk, a frame, a panel) before the test fails. Waits end
 * as soon as the app's state says so; the limit only has to be long enough for a 2-core machine
 * whose cores are busy with other work (issue 17: the suite passes with both cores kept busy).
 */
export const PATIENCE_MS = 120_000;

/** `extraArgs` and `permissions` let a test add e.g. Chromium's fake microphone (test/e2e/xr.e2e.ts). */
export async function launch(
  opts: { extraArgs?: string[]; permissions?: string[]; viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `The end-to-end tests need Chromium at ${CHROMIUM}: install Debian's package "chromium" (apt-get install chromium) or set CHROMIUM to a Chromium binary.`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'rolig-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    ...(opts.permissions ? { permissions: opts.permissions } : {}),
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(opts.extraArgs ?? [])],
    viewport: opts.viewport ?? { width: 1280, height: 720 },
  });
  context.setDefaultTimeout(PATIENCE_MS);
  context.setDefaultNavigationTimeout(PATIENCE_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  return path;
}

/** Open the app, pick a scenario from the start screen and land on its briefing. */
export async function openBriefing(page: Page, query: string, scenarioId = 'ed-waiting-room'): Promise<void> {
  await page.goto(BASE + query);
  await page.locator(`[data-testid="scenario-card"][data-scenario="${scenarioId}"] button`).click();
  await page.getByTestId('briefing-screen').waitFor();
}

/** From the briefing, enter the room and wait until the 3D scene has rendered frames. */
export async function enterRoom(page: Page): Promise<void> {
  await page.getByTestId('enter-room').click();
  await page.locator('[data-testid="run-screen"][data-ready="1"]').waitFor({ timeout: 120_000 });
}

export async function status(page: Page): Promise<{ phase: string; cycle: string; outcome: string }> {
  return page.getByTestId('sim-status').evaluate((el: HTMLElement) => ({
    phase: el.dataset.phase ?? '',
    cycle: el.dataset.cycle ?? '',
    outcome: el.dataset.outcome ?? '',
  }));
}

/**
 * Wait n animation frames. With ?fixedTime=1 every frame advances the simulation by 1/60 s
 * (times ?speed=N), so counting frames, not milliseconds, keeps runs independent of the frame rate.
 * With ?lockstep=1 as well, the run advances by exactly these n frames and stands still between
 * calls (src/app/lockstep.ts), so a run does not depend on how busy the machine is either.
 */
export async function frames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const gate = (window as { __roligLockstep?: { budget: number; done: number; active: boolean } })
          .__roligLockstep;
        if (gate?.active) {
          const target = gate.done + gate.budget + count;
          gate.budget += count;
          const f = () => (gate.done >= target || !gate.active ? resolve() : requestAnimationFrame(f));
          requestAnimationFrame(f);
          return;
        }
        let i = 0;
        const f = () => (++i >= count ? resolve() : requestAnimationFrame(f));
        requestAnimationFrame(f);
      }),
    n,
  );
}

/** Hold keys for n frames, then release them in reverse order. */
export async function holdFrames(page: Page, keys: string[], n: number): Promise<void> {
  for (const k of keys) await page.keyboard.down(k);
  await frames(page, n);
  for (const k of [...keys].reverse()) await page.keyboard.up(k);
}

/**
 * Say the first offered option written to be said in one of the tones (the menu shows words only, so
 * the test reads each option's tone from the scenario file, as an instructor would), by its number key.
 * The delivery it is said in is the delivery control's, set separately.
 */
export async function sayWithTone(
  page: Page,
  scenario: Scenario,
  tones: string[],
  skip: string[] = [],
): Promise<string | null> {
  const options = (
    await page
      .locator('[data-testid="utterance-menu"] button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-option') ?? ''))
  ).map((id) => ({ id, tone: scenario.options.find((o) => o.id === id)?.tone }));
  const i = options.findIndex((o) => o.tone && tones.includes(o.tone) && !skip.includes(o.id));
  if (i < 0 || i > 9) return null;
  await page.keyboard.press(`Digit${(i + 1) % 10}`);
  return options[i]?.id ?? null;
}

/**
 * A trainee who listens: reads his last subtitle, finds what that line asks (the scenario's `asks`,
 * read by the test as an instructor reads the file) and answers it with a calm option on the menu
 * that does; introduces themself first; otherwise says nothing new until he speaks again, or until
 * `quietS` of sim time has passed (then the least-used calm, constructive option). Returns the id said.
 */
export function listener(scenario: Scenario, opts: { quietS: number; stepS: number }) {
  const good: readonly string[] = GOOD_TAGS;
  const bad: readonly string[] = BAD_TAGS;
  const used = new Map<string, number>();
  let heard = '';
  let quiet = Infinity;
  return async (page: Page): Promise<string | null> => {
    quiet += opts.stepS;
    const sub = page.getByTestId('subtitle');
    const text = (await sub.count()) > 0 ? ((await sub.textContent()) ?? '') : '';
    const line = scenario.lines.find((l) => l.text.nb === text || l.text.en === text);
    const fresh = text !== '' && text !== heard;
    if (fresh) heard = text;
    const asks: readonly string[] = fresh ? (line?.asks ?? []) : [];
    if (asks.length > 0 && asks.every((a) => a === 'space')) return null; // he wants room, not words
    if (!fresh && quiet < opts.quietS) return null;
    const ids = await page
      .locator('[data-testid="utterance-menu"] button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-option') ?? ''));
    const menu = ids
      .map((id, i) => ({ i, o: scenario.options.find((o) => o.id === id) }))
      .filter(
        (x) =>
          x.i < 10 && x.o && ['calm', 'firm'].includes(x.o.tone) && !x.o.tags.some((t) => bad.includes(t)),
      );
    const uses = (tags: readonly string[]) => Math.min(...tags.map((t) => used.get(t) ?? 0));
    const intro = used.size === 0 ? menu.find((x) => x.o!.tags.includes('introduce')) : undefined;
    const constructive = menu.filter((x) => x.o!.tags.some((t) => good.includes(t) && t !== 'introduce'));
    const relevant = constructive.filter((x) => x.o!.tags.some((t) => asks.includes(t)));
    const pool = relevant.length > 0 ? relevant : constructive;
    const pick = intro ?? pool.sort((a, b) => uses(a.o!.tags) - uses(b.o!.tags))[0];
    if (!pick) return null;
    await page.keyboard.press(`Digit${(pick.i + 1) % 10}`);
    for (const t of pick.o!.tags) used.set(t, (used.get(t) ?? 0) + 1);
    quiet = 0;
    return pick.o!.id;
  };
}

/** Poll the live region until pred holds, doing `step` and waiting `everyFrames` between polls. */
export async function until(
  page: Page,
  pred: (s: { phase: string; cycle: string; outcome: string }) => boolean,
  opts: { timeoutMs: number; everyFrames: number; step?: () => Promise<void> },
): Promise<{ phase: string; cycle: string; outcome: string }> {
  const end = Date.now() + opts.timeoutMs;
  for (;;) {
    const s = await status(page);
    if (pred(s)) return s;
    if (Date.now() > end) throw new Error(`timed out; last status ${JSON.stringify(s)}`);
    if (opts.step) await opts.step();
    await frames(page, opts.everyFrames);
  }
}

/**
 * The rows of an IndexedDB object store of the app's origin, read in the page (an empty list while
 * the app has not made the database): lets a test wait on what the app has stored.
 */
export async function storedRows<T>(page: Page, db: string, store: string): Promise<T[]> {
  return page.evaluate(
    async ([name, storeName]) => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === name)) return [];
      return new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onerror = () => reject(req.error ?? new Error(`cannot open ${name}`));
        req.onsuccess = () => {
          const d = req.result;
          if (!d.objectStoreNames.contains(storeName)) {
            d.close();
            resolve([]);
            return;
          }
          const get = d.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          get.onsuccess = () => {
            d.close();
            resolve(get.result as T[]);
          };
          get.onerror = () => reject(get.error ?? new Error(`cannot read ${storeName}`));
        };
      });
    },
    [db, store] as const,
  );
}
