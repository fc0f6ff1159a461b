/**
 * A finished run reaches a real LRS (Learning Locker's xapi-statements, test/support/learningLocker.ts)
 * through the app's own settings and outbox. The app is told the LRS is at an https address (the CSP
 * allows only https: besides its own origin); the browser's requests there are forwarded to the local
 * LRS. First the LRS is unreachable: the statements stay queued across a reload, and are delivered once
 * it can be reached.
 */
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reserveLearningLocker, type LearningLocker } from '../support/learningLocker';
import { BASE, enterRoom, launch, openBriefing, PATIENCE_MS, storedRows, type Session } from './browser';

const LRS = 'https://lrs.rolig.test/xAPI/';
let ll: LearningLocker;
let s: Session | null = null;

beforeAll(async () => {
  ll = await reserveLearningLocker('rolig', 'hemmelig');
  await ll.start();
});
afterAll(async () => {
  await s?.close();
  ll.stop();
});

type Listed = { statements: { id: string; verb: { id: string }; actor: { name?: string } }[] };
const stored = async () => ((await (await ll.xapi('statements?limit=100')).json()) as Listed).statements;

describe('xAPI to an LRS from the app', () => {
  it(
    'queues a finished run while the LRS is unreachable, keeps it over a reload, delivers it once reachable',
    { timeout: 240_000 },
    async () => {
      s = await launch();
      const { page } = s;
      let reachable = false;
      const seen: string[] = [];
      await page.context().route(`${LRS}**`, async (route: Route) => {
        seen.push(`${route.request().method()} ${reachable ? 'fwd' : 'offline'}`);
        if (!reachable) return route.abort('internetdisconnected');
        const url = route.request().url().replace(LRS, ll.endpoint);
        const res = await route.fetch({ url });
        return route.fulfill({ response: res });
      });

      await page.goto(`${BASE}?sw=0`);
      await page
        .getByRole('button', { name: /Innstillinger|Settings/ })
        .first()
        .click();
      await page.getByTestId('settings').waitFor();
      await page.getByTestId('pseudonym').fill('Ugle');
      await page.getByTestId('lrs-endpoint').fill(LRS);
      await page.getByTestId('lrs-key').fill('rolig');
      await page.getByTestId('lrs-secret').fill('hemmelig');
      await page.keyboard.press('Escape');

      // The shortest run: the trainee starts by the corridor door and leaves at once.
      await openBriefing(page, '?seed=4&sw=0');
      await enterRoom(page);
      await page.keyboard.press('KeyU');
      await page.getByTestId('end-screen').waitFor({ timeout: 120_000 });
      // It tried, and the statements wait in the outbox.
      const queued = () => storedRows<{ id: string }>(page, 'rolig-outbox', 'statements');
      await expect.poll(() => seen.length, { timeout: PATIENCE_MS, interval: 200 }).toBeGreaterThan(0);
      await expect.poll(async () => (await queued()).length, { timeout: PATIENCE_MS, interval: 200 }).toBe(3);
      expect(await stored()).toEqual([]);

      // Reachable again, and the page reloaded: the queue survived and is delivered on start.
      reachable = true;
      await page.reload();
      await expect
        .poll(async () => (await stored()).length, { timeout: 120_000, interval: 500 })
        .toBeGreaterThanOrEqual(3);
      const got = await stored();
      const verbs = got.map((x) => x.verb.id.split('/').pop()).sort();
      expect(verbs).toEqual(['attempted', 'completed', 'experienced']);
      expect(got.every((x) => x.actor.name === 'Ugle')).toBe(true);
      // Delivered once each, and nothing is left to resend.
      await expect.poll(async () => (await queued()).length, { timeout: PATIENCE_MS, interval: 200 }).toBe(0);
      expect((await stored()).length).toBe(3);
      expect(s.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|LRS/.test(e))).toEqual([]);
    },
  );
});
