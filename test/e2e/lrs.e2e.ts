/**
 * A finished run reaches a real LRS (Learning Locker's xapi-statements, test/support/learningLocker.ts)
 * through the app's own settings and outbox. The app is told the LRS is at an https address; the
 * browser's requests there are forwarded to the local LRS. The page may reach its own origin and that
 * LRS only (scripts/connectPolicy.ts), so a new address takes a reload, which the settings offer.
 * First the LRS is unreachable: the statements stay queued across a reload, and are delivered once
 * it can be reached.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

type Listed = {
  statements: {
    id: string;
    verb: { id: string };
    actor: { name?: string; account?: { homePage: string; name: string } };
  }[];
};
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
      // The page may not reach the new address until it is reloaded: the settings say so.
      await page.getByTestId('lrs-reload').waitFor();
      await page.getByTestId('lrs-reload-now').click();
      await page.getByTestId('start-screen').waitFor();
      expect(await page.locator('meta[name="rolig-connect"]').getAttribute('content')).toBe(
        'https://lrs.rolig.test',
      );

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
      // The account is on the app's own address (an IRL), named for this device and pseudonym.
      expect(new Set(got.map((x) => JSON.stringify(x.actor.account))).size).toBe(1);
      expect(got[0]!.actor.account!.homePage).toBe(BASE);
      // Delivered once each, and nothing is left to resend.
      await expect.poll(async () => (await queued()).length, { timeout: PATIENCE_MS, interval: 200 }).toBe(0);
      expect((await stored()).length).toBe(3);
      expect(s.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|LRS/.test(e))).toEqual([]);
    },
  );
});

describe('browser policy', () => {
  it('reaches only its own origin and the configured LRS, may not be framed, ships no CDN address', async () => {
    s = await launch();
    const { page } = s;
    await page.context().route(`${LRS}**`, (route: Route) => route.fulfill({ status: 200, body: '{}' }));
    await page.goto(`${BASE}?sw=0`);
    await page.evaluate(
      (lrs) => localStorage.setItem('rolig.lrs', JSON.stringify({ endpoint: lrs, key: '', secret: '' })),
      LRS,
    );
    await page.reload();
    await page.getByTestId('start-screen').waitFor();
    const tried = await page.evaluate(async (lrs) => {
      const blocked: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.blockedURI));
      const reach = (url: string) =>
        fetch(url).then(
          () => 'reached',
          () => 'refused',
        );
      const result = {
        lrs: await reach(`${lrs}about`),
        other: await reach('https://elsewhere.example/collect'),
        own: await reach('./manifest.webmanifest'),
      };
      await new Promise((r) => setTimeout(r, 0)); // the violation event is queued as a task
      return { ...result, blocked };
    }, LRS);
    expect(tried).toEqual({
      lrs: 'reached',
      other: 'refused',
      own: 'reached',
      blocked: ['https://elsewhere.example/collect'],
    });
    // Without an LRS set, nothing but the page's own origin.
    await page.evaluate(() => localStorage.removeItem('rolig.lrs'));
    await page.reload();
    await page.getByTestId('start-screen').waitFor();
    expect(await page.locator('meta[name="rolig-connect"]').getAttribute('content')).toBe('');
    expect(
      await page.evaluate(
        (lrs) =>
          fetch(`${lrs}about`).then(
            () => 'reached',
            () => 'refused',
          ),
        LRS,
      ),
    ).toBe('refused');
    // The start command's server forbids framing (a header: a meta policy cannot).
    const res = await fetch(BASE);
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    // No third-party address for the XR controller profiles in the bundle.
    const js = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
    expect(js.filter((f) => readFileSync(`dist/assets/${f}`, 'utf8').includes('cdn.jsdelivr.net'))).toEqual(
      [],
    );
    expect(
      s.errors.filter((e) => !/elsewhere\.example|lrs\.rolig\.test|Content Security Policy/.test(e)),
    ).toEqual([]);
  });
});
