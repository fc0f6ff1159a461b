/**
 * After the run (issue 5): a desktop run with a SAGAT freeze ends in the learning debrief; an
 * interrupted run is autosaved, offered on the next start, and resumes where it stopped.
 * ?fixedTime=1&speed=N: every frame advances the sim N × 1/60 s, so frame counts are sim time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BASE,
  enterRoom,
  frames,
  launch,
  openBriefing,
  PATIENCE_MS,
  screenshot,
  storedRows,
  type Session,
} from './browser';

let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s.close();
});

const SPEED = 10;
/** Frames for `sec` seconds of sim time. */
const simFrames = (sec: number) => Math.ceil((sec * 60) / SPEED);

describe('debrief', () => {
  it('a run with a freeze ends in a debrief view with score, curve, checklist and reflections', async () => {
    const p = s.page;
    await openBriefing(p, `?seed=1&fixedTime=1&speed=${SPEED}&sw=0`);
    await enterRoom(p);
    await p.keyboard.press('Digit1'); // introduce
    await frames(p, simFrames(8));
    await p.keyboard.press('Digit2');
    await frames(p, simFrames(8));
    // The scenario's fixed freeze at 70 s: the scene is hidden and the run stands still.
    await p.getByTestId('freeze-overlay').waitFor({ timeout: 360_000 });
    const questions = p.getByTestId('freeze-question');
    const n = await questions.count();
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThanOrEqual(4);
    for (let i = 0; i < n; i++) await questions.nth(i).locator('input').first().check();
    await screenshot(p, 'freeze');
    await p.getByTestId('freeze-submit').click();
    expect(await p.getByTestId('freeze-overlay').count()).toBe(0);
    await frames(p, simFrames(2));
    await p.keyboard.press('KeyU'); // leave through the door beside the start
    await p.getByTestId('open-debrief').click({ timeout: 120_000 });
    const view = p.getByTestId('debrief-view');
    await view.waitFor();
    const total = Number(await p.getByTestId('sa-score').getAttribute('data-total'));
    expect(total).toBeGreaterThanOrEqual(0);
    expect(total).toBeLessThanOrEqual(100);
    expect(await p.locator('[data-testid="arousal-chart"] polyline').getAttribute('points')).toMatch(/\d/);
    expect(await p.getByTestId('checklist').locator('li').count()).toBe(10);
    expect(await p.getByTestId('went-well').locator('li').count()).toBeGreaterThan(0);
    expect(await p.getByTestId('try-next').locator('li').count()).toBeGreaterThan(0);
    await p.getByTestId('pearls-keep').fill('Jeg holdt avstand.');
    await view.evaluate((el) => el.scrollTo(0, 0));
    await screenshot(p, 'debrief');
    await p.getByTestId('arousal-chart').scrollIntoViewIfNeeded();
    await p.locator('[data-testid="arousal-chart"] [role="button"]').first().focus();
    await screenshot(p, 'debrief-timeline');
    expect(s.errors).toEqual([]);
  }, 300_000);

  it('autosaves a run; after the page closes mid-run the next start offers to resume it', async () => {
    const p = s.page;
    const warnings: string[] = [];
    p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await openBriefing(p, `?seed=2&fixedTime=1&speed=${SPEED}&sw=0&debug=1`);
    await enterRoom(p);
    await p.keyboard.press('Digit1');
    await frames(p, simFrames(20));
    // Pause, so the sim time at the close is known (at least 20 s); pausing saves the run at once.
    await p.keyboard.press('KeyP');
    await frames(p, 2);
    // ?debug=1 exposes the run: read the sim time at the pause (what a save must have reached).
    const pausedAt = await p.evaluate(
      () => (window as unknown as { rolig: { sim: { time: number } } }).rolig.sim.time,
    );
    // Pausing saves at once: wait until the store has the run at (about) the paused time.
    await expect
      .poll(
        async () =>
          (await storedRows<{ status: string; simTime: number }>(p, 'rolig', 'runs')).find(
            (r) => r.status === 'running',
          )?.simTime ?? -1,
        { timeout: PATIENCE_MS, interval: 200 },
      )
      .toBeGreaterThanOrEqual(Math.floor(pausedAt) - 1);
    await p.close();
    const again = await s.context.newPage();
    await again.goto(`${BASE}?fixedTime=1&speed=${SPEED}&sw=0`);
    const banner = again.getByTestId('recovery');
    await banner.waitFor({ timeout: 120_000 });
    const saved = /(\d+):(\d\d)/.exec((await banner.textContent()) ?? '');
    const savedS = saved ? Number(saved[1]) * 60 + Number(saved[2]) : 0;
    expect(warnings.filter((w) => w.includes('autosave failed'))).toEqual([]);
    expect(savedS).toBeGreaterThanOrEqual(Math.floor(pausedAt) - 1);
    expect(pausedAt).toBeGreaterThan(10);
    await again.getByTestId('recover-resume').click();
    await again.locator('[data-testid="run-screen"][data-ready="1"]').waitFor({ timeout: 120_000 });
    await screenshot(again, 'resumed');
    await frames(again, simFrames(3));
    await again.keyboard.press('KeyU');
    await again.getByTestId('open-debrief').click({ timeout: 120_000 });
    const outcome = (await again.locator('[data-testid="debrief-view"] .outcome').textContent()) ?? '';
    const m = /(\d+):(\d\d)\s*$/.exec(outcome);
    expect(m).not.toBeNull();
    // The resumed run went on from where it was saved: its length includes the time before the close.
    expect(Number(m![1]) * 60 + Number(m![2])).toBeGreaterThanOrEqual(savedS);
  });
});
