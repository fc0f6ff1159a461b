/**
 * A desktop run as a user plays it, in headless Chromium against the built app (issue 3).
 * Runs use ?fixedTime=1 (1/60 s a frame) and ?speed=N (N ticks a frame) and count frames, so the
 * simulation sees the same inputs whatever the machine's frame rate. Screenshots land in
 * test/e2e/__screenshots__/ (seed 1) for people to look at.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';
import { drawPersona } from '../../src/sim';
import {
  enterRoom,
  frames,
  holdFrames,
  launch,
  listener,
  openBriefing,
  sayWithTone,
  screenshot,
  status,
  until,
  type Session,
  BASE,
  OWN_ORIGIN,
} from './browser';
import { compareWithReference } from './reference';

const file = 'scenarios/ed-waiting-room.yaml';
const parsed = parseScenario(readFileSync(file, 'utf8'), file);
if (!parsed.ok) throw new Error(`${file} does not load`);
const scenario = parsed.scenario;
const crisisPhases = scenario.phases.filter((p) => p.cycle === 'crisis').map((p) => p.id);
const goodEnding = scenario.endings.find((e) => e.kind === 'good')?.id ?? '';
const bodyAttr = (s: Session, name: string) => s.page.getByTestId('body-state').getAttribute(name);

let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s.close();
});

describe('desktop run', () => {
  it('start screen loads without the 3D chunk, and nothing is requested off its own origin', async () => {
    const urls: string[] = [];
    s.page.on('request', (r) => urls.push(r.url()));
    await s.page.goto(`${BASE}?seed=1&fixedTime=1&sw=0`);
    await s.page.getByTestId('scenario-card').first().waitFor();
    await s.page.waitForLoadState('networkidle');
    expect(urls.some((u) => /\/assets\/three-/.test(u))).toBe(false);
    await openBriefing(s.page, '?seed=1&fixedTime=1&sw=0');
    // While the briefing is read, the run's code and the room's geometry packed at build time are
    // fetched (the geometry is not built in the browser).
    expect(urls.some((u) => /\/scenes\/ed-waiting-room-[0-9a-f]{10}\.bin\.gz$/.test(u))).toBe(true);
    await s.page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => /\/assets\/three-/.test(e.name)),
    );
    expect(await compareWithReference(s.page, await screenshot(s.page, 'briefing'), 'briefing')).toBeLessThan(
      0.02,
    );
    await enterRoom(s.page);
    // The room was made from that file (vite preview sends it with Content-Encoding: gzip).
    expect(await s.page.getByTestId('run-screen').getAttribute('data-scene')).toBe('packed');
    // Help overlay (F1) and pause (P) as a user reaches them.
    await s.page.keyboard.press('F1');
    await s.page.getByTestId('help-overlay').waitFor();
    await s.page.keyboard.press('Escape');
    expect(await s.page.getByTestId('help-overlay').count()).toBe(0);
    await s.page.keyboard.press('KeyP');
    expect(await s.page.getByTestId('pause').textContent()).toContain('Fortsett');
    expect(await s.page.locator('[data-testid="utterance-menu"] button').first().isDisabled()).toBe(true);
    await s.page.keyboard.press('KeyP');
    expect(await s.page.getByTestId('pause').textContent()).toContain('Pause');
    const foreign = urls.filter((u) => !OWN_ORIGIN.test(u));
    expect(foreign).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('a deep link opens the room at once, its code and geometry preloaded by the page, each fetched once, drawn with one program', async () => {
    const urls: string[] = [];
    s.page.on('request', (r) => urls.push(r.url()));
    await s.page.goto(`${BASE}?scenario=ed-waiting-room&enter=1&seed=1&fixedTime=1&sw=0&debug=1`);
    await s.page.locator('[data-testid="run-screen"][data-ready="1"]').waitFor();
    expect(await s.page.getByTestId('run-screen').getAttribute('data-scene')).toBe('packed');
    // The room, its shadows and the patient are drawn with one shader program (bakedLight.ts):
    // one compiled before the first frame.
    const drawn = await s.page.evaluate(() => {
      const gl = (
        window as unknown as { rolig: { gl: { info: { programs: unknown[]; render: { calls: number } } } } }
      ).rolig.gl;
      return { programs: gl.info.programs.length, calls: gl.info.render.calls };
    });
    expect(drawn).toEqual({ programs: 1, calls: 3 });
    // The page's own script preloaded the run's chunks (scripts/deepLinkPreload.ts): one link
    // each, none added again by vite's helper; the preloads were used, not fetched a second time.
    const preloads = await s.page.evaluate(() =>
      [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => (l as HTMLLinkElement).href),
    );
    expect(preloads.filter((h) => /\/assets\/RunScreen-/.test(h))).toHaveLength(1);
    expect(new Set(preloads).size).toBe(preloads.length);
    const fetched = (re: RegExp) => urls.filter((u) => re.test(u)).length;
    expect(fetched(/\/assets\/three-[^/]+\.js$/)).toBe(1);
    expect(fetched(/\/scenes\/ed-waiting-room-[0-9a-f]{10}\.bin\.gz$/)).toBe(1);
    // No Content-Security-Policy violation (the inline script runs by its hash).
    expect(s.errors).toEqual([]);
  });

  it('"Surprise me" on the briefing: the run meets the persona variant its seed draws, logged first', async () => {
    const { page } = s;
    await openBriefing(page, '?seed=5&fixedTime=1&sw=0&debug=1');
    await page.getByTestId('surprise').check();
    await enterRoom(page);
    const met = await page.evaluate(() => {
      const sim = (window as unknown as { rolig: { sim: { persona: unknown; log: { kind: string }[] } } })
        .rolig.sim;
      return { persona: sim.persona, first: sim.log[0]?.kind };
    });
    expect(met).toEqual({ persona: drawPersona(scenario, 5), first: 'persona' });
    expect(s.errors).toEqual([]);
  });

  it('approaching fast, pointing and commanding drives the patient into crisis', async () => {
    const { page } = s;
    await openBriefing(page, '?seed=1&fixedTime=1&lockstep=1&speed=4&sw=0&debug=1');
    await enterRoom(page);
    expect((await status(page)).cycle).toBe('baseline');
    await frames(page, 10);
    expect(await compareWithReference(page, await screenshot(page, 'baseline'), 'baseline')).toBeLessThan(
      0.02,
    );

    await holdFrames(page, ['Shift', 'KeyW'], 20); // 20 frames x 4 ticks x 1/60 s x 2.5 m/s = 3.3 m
    await holdFrames(page, ['KeyQ'], 6); // turn left about 40° to face him (Q/E: no pointer lock here)
    await page.keyboard.press('KeyT');
    expect(await bodyAttr(s, 'data-hands')).toBe('pointing');
    // Said with a raised voice: B twice (calm, firm, raised), shown in the body-language panel.
    await page.keyboard.press('KeyB');
    await page.keyboard.press('KeyB');
    expect(await bodyAttr(s, 'data-delivery')).toBe('raised');
    const reached = await until(page, (x) => crisisPhases.includes(x.phase) || x.outcome !== '', {
      timeoutMs: 180_000,
      everyFrames: 20,
      step: async () => void (await sayWithTone(page, scenario, ['commanding', 'shouting'])),
    });
    // The sim heard each of those lines in the delivery chosen, not in the tone written in the file.
    const tones = await page.evaluate(() =>
      (
        window as unknown as { rolig: { sim: { log: { kind: string; tone?: string }[] } } }
      ).rolig.sim.log.flatMap((e) => (e.kind === 'act' && e.tone ? [e.tone] : [])),
    );
    expect(tones.length).toBeGreaterThan(0);
    expect(new Set(tones)).toEqual(new Set(['raised']));
    expect(crisisPhases).toContain(reached.phase);
    expect(reached.cycle).toBe('crisis');
    await frames(page, 6);
    expect(await compareWithReference(page, await screenshot(page, 'crisis'), 'crisis')).toBeLessThan(0.02);
    expect(s.errors).toEqual([]);
  });

  it(
    'keeping distance, standing angled and speaking calmly ends de-escalated',
    { timeout: 600_000 },
    async () => {
      const { page } = s;
      await openBriefing(page, '?seed=1&fixedTime=1&lockstep=1&speed=10&sw=0&debug=1');
      await enterRoom(page);
      await holdFrames(page, ['KeyW'], 18); // 18 x 10 x 1/60 s x 1.2 m/s = 3.6 m: social distance
      expect(await bodyAttr(s, 'data-stance')).toBe('angled');
      await page.keyboard.press('KeyZ');
      expect(await bodyAttr(s, 'data-hands')).toBe('open');
      // Some 2 minutes of sim time; a loaded 2-core machine draws 2 or 3 frames a second. The
      // trainee answers what he says (a line that passes over his ask calms little, design.md).
      const answer = listener(scenario, { quietS: 8, stepS: 2.5 });
      const said: string[] = [];
      const end = await until(page, (x) => x.outcome !== '', {
        timeoutMs: 480_000,
        everyFrames: 15, // 2.5 s of sim time between looks at the subtitle
        step: async () => {
          const id = await answer(page);
          if (id) said.push(id);
        },
      }).catch(async (e: Error) => {
        const t = await page.evaluate(
          () => (window as unknown as { rolig: { sim: { time: number } } }).rolig.sim.time,
        );
        throw new Error(`${e.message} at sim time ${t.toFixed(1)} s; said ${said.join(', ')}`);
      });
      expect(end.outcome).toBe(goodEnding);
      // His last words are said and shown in the room before the end screen takes over.
      await page.getByTestId('run-over').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('subtitle').textContent()).toContain('Jeg venter');
      await page.getByTestId('end-screen').waitFor({ timeout: 120_000 });
      expect(await page.getByTestId('end-screen').getAttribute('data-kind')).toBe('good');
      expect(s.errors).toEqual([]);
    },
  );
});
