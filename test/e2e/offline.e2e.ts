/** Installable and usable offline after the first visit (issue 3): the service worker precaches every file. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASE, enterRoom, launch, openBriefing, type Session } from './browser';

let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s.close();
});

describe('offline', () => {
  it('precaches the whole app on the first visit and runs a scenario offline', async () => {
    const { page, context } = s;
    await page.goto(BASE);
    await page.getByTestId('start-screen').waitFor();
    const cached = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const manifest = (await (await fetch('sw-manifest.json')).json()) as { files: string[] };
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.startsWith('rolig-')) ?? '');
      const missing: string[] = [];
      for (const f of manifest.files) if (!(await cache.match(f))) missing.push(f);
      return { files: manifest.files.length, missing };
    });
    expect(cached.files).toBeGreaterThan(5);
    expect(cached.missing).toEqual([]);

    await context.setOffline(true);
    await openBriefing(page, '?seed=1&fixedTime=1');
    await enterRoom(page);
    expect(await page.getByTestId('utterance-menu').locator('button').count()).toBeGreaterThan(1);
    const manifest = await page.evaluate(() =>
      document.querySelector('link[rel="manifest"]')?.getAttribute('href'),
    );
    expect(manifest).toBe('./manifest.webmanifest');
    expect(s.errors).toEqual([]);
  });
});
