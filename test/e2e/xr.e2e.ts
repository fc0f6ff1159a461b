/**
 * The headset trainer with an emulated Quest 3 (IWER, stack-notes.md) against the built app, and the
 * microphone tone reading through Chromium's fake microphone (issue 4). ?fixedTime=1&speed=4: each
 * XR frame is 1/15 s of sim time, so the headset is moved a fixed step per frame at walking speed.
 * ?debug=1 is used only to read the continuous arousal (sim-status shows phases, not levels) and to
 * see that the sim ticks after Start on the briefing panel.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';
import { frames, launch, openBriefing, screenshot, status, until, type Session } from './browser';
import { voiceWav } from './voiceFixtures';
import {
  aim,
  answerVrFreeze,
  launchQuest,
  panelButtons,
  pressPanel,
  pullTrigger,
  rig,
  sayInVr,
  saysSoFar,
  setPose,
  waitPanel,
  walk,
  xrFrames,
  type Pose,
  type V3,
} from './xrBrowser';

const file = 'scenarios/ed-waiting-room.yaml';
const parsed = parseScenario(readFileSync(file, 'utf8'), file);
if (!parsed.ok) throw new Error(`${file} does not load`);
const { setting } = parsed.scenario;
const R = rig(setting.traineeStart);
const [px, pz] = setting.patientStart.position;
const EYE = 1.65;
const STEP = 1.2 / 15; // walking speed (1.2 m/s) per frame at 1/15 s of sim time a frame

/** The trainee standing at world (x, z) facing sim yaw `simYaw`, hands low, raised or open in front. */
function poseAt(x: number, z: number, simYaw: number, hands: 'low' | 'raised' | 'open'): Pose {
  const fx = Math.sin(simYaw);
  const fz = Math.cos(simYaw);
  const rx = -fz; // the trainee's right (sim convention)
  const rz = fx;
  const hand = (side: 1 | -1): V3 =>
    hands === 'raised'
      ? [x + rx * 0.2 * side, EYE + 0.4, z + rz * 0.2 * side]
      : hands === 'open'
        ? [x + fx * 0.3 + rx * 0.22 * side, EYE - 0.55, z + fz * 0.3 + rz * 0.22 * side]
        : [x + rx * 0.25 * side, EYE - 0.85, z + rz * 0.25 * side];
  return {
    head: R.toLocal([x, EYE, z]),
    yaw: R.localYaw(simYaw),
    left: R.toLocal(hand(-1)),
    right: R.toLocal(hand(1)),
  };
}

/** World point `d` metres from the patient's start on the line toward the trainee's start. */
function pointAt(d: number): [number, number] {
  const [sx, sz] = setting.traineeStart.position;
  const len = Math.hypot(sx - px, sz - pz);
  return [px + ((sx - px) / len) * d, pz + ((sz - pz) / len) * d];
}

/** A pose `d` metres from the patient, facing him. */
function at(d: number, hands: 'low' | 'raised' | 'open'): Pose {
  const [x, z] = pointAt(d);
  return poseAt(x, z, Math.atan2(px - x, pz - z), hands);
}

const patientAt = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { rolig: { sim: { view: { patientPosition: [number, number] } } } }).rolig.sim
        .view.patientPosition,
  );

/** Stand at (x, z) angled `off` rad from the (pacing) patient, re-aiming every 10 frames, `polls` times. */
async function holdAngled(page: Page, x: number, z: number, off: number, polls: number): Promise<Pose> {
  let pose = poseAt(x, z, 0, 'open');
  for (let i = 0; i < polls; i++) {
    const [qx, qz] = await patientAt(page);
    pose = poseAt(x, z, Math.atan2(qx - x, qz - z) + off, 'open');
    await setPose(page, pose);
    await xrFrames(page, 10); // 10 XR frames of 1/15 s of sim time (?fixedTime=1&speed=4)
  }
  return pose;
}

/**
 * The calm option that answers what he said last (his line's `asks`, read from the scenario file as
 * an instructor reads it), among those on offer now, the least said first (`used` counts each
 * option said); null while his last line asks only for room, or asks nothing an option answers.
 */
async function answerToHim(
  page: Page,
  used: ReadonlyMap<string, number> = new Map(),
): Promise<{ id: string; line: string | null } | null> {
  const { line, offered } = await page.evaluate(() => {
    const sim = (
      window as unknown as {
        rolig: { sim: { view: { lastLineId: string | null }; availableOptions(): { id: string }[] } };
      }
    ).rolig.sim;
    return { line: sim.view.lastLineId, offered: sim.availableOptions().map((o) => o.id) };
  });
  const asks: string[] = parsed.ok ? (parsed.scenario.lines.find((l) => l.id === line)?.asks ?? []) : [];
  if (asks.every((a) => a === 'space')) return null;
  const options = parsed.ok ? parsed.scenario.options : [];
  const fits = options.filter(
    (o) =>
      offered.includes(o.id) &&
      o.tone === 'calm' &&
      o.tags.some((t) => asks.includes(t)) &&
      !o.tags.some((t) => ['command', 'threat', 'refuse', 'dismiss'].includes(t)),
  );
  const pick = fits.sort((a, b) => (used.get(a.id) ?? 0) - (used.get(b.id) ?? 0))[0];
  return pick ? { id: pick.id, line } : null;
}

/** Arousal change per rule over the last `seconds` of sim time (a failure message worth reading). */
const recentRules = (page: Page, seconds: number) =>
  page.evaluate((seconds) => {
    const sim = (
      window as unknown as {
        rolig: {
          sim: {
            time: number;
            log: { t: number; kind: string; rule?: string; delta?: number }[];
            context: { signals: unknown };
          };
        };
      }
    ).rolig.sim;
    const sums: Record<string, number> = {};
    for (const e of sim.log)
      if (e.kind === 'rule' && e.t >= sim.time - seconds) sums[e.rule!] = (sums[e.rule!] ?? 0) + e.delta!;
    const c = sim.context as unknown as Record<string, unknown>;
    return { sums, signals: c.signals, prox: c.prox, staringS: c.staringS, lastSpokeT: c.lastSpokeT };
  }, seconds);

const arousal = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { rolig: { sim: { view: { arousal: number } } } }).rolig.sim.view.arousal,
  );
const simTime = (page: Page) =>
  page.evaluate(() => (window as unknown as { rolig: { sim: { time: number } } }).rolig.sim.time);
const handsSignal = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { rolig: { sim: { context: { signals: { hands: string } } } } }).rolig.sim.context
        .signals.hands,
  );

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

describe('headset run (emulated Quest 3)', () => {
  it(
    'enters VR from the briefing; raised hands up close escalate, stepping back with open hands calms',
    { timeout: 480_000 },
    async () => {
      s = await launchQuest();
      const { page } = s;
      // Standing at the start, looking along the start facing (local -z), hands low.
      const start: Pose = {
        head: [0, EYE, 0],
        yaw: 0,
        left: [-0.25, EYE - 0.85, 0],
        right: [0.25, EYE - 0.85, 0],
      };
      await openBriefing(page, '?seed=1&fixedTime=1&lockstep=1&speed=4&debug=1&sw=0');
      await page.evaluate(() => undefined);
      await setPose(page, start);
      await page.getByTestId('enter-vr').click();
      await page
        .locator('[data-testid="run-screen"][data-xr="1"][data-ready="1"]')
        .waitFor({ timeout: 120_000 });
      await page.getByTestId('sim-status').waitFor({ state: 'attached' });

      // The briefing panel hangs 0.9 m ahead, its top 0.15 m below the eyes; Start is its first button,
      // 0.127 m down the panel. Point the right controller at it and pull the trigger.
      await frames(page, 10);
      expect(await simTime(page)).toBe(0);
      const top: V3 = [0, EYE - 0.15, -0.9];
      const n = [0, 0.15, 0.9].map((v) => v / Math.hypot(0.15, 0.9));
      const button: V3 = [0, top[1] - 0.1266 * n[2]!, top[2] + 0.1266 * n[1]!];
      const ctrl: V3 = [0.15, EYE - 0.4, -0.3];
      const dir = button.map((v, i) => v - ctrl[i]!);
      const len = Math.hypot(...dir);
      await setPose(page, { ...start, right: ctrl, rightQuat: aim(dir.map((v) => v / len) as V3) });
      await frames(page, 4);
      await screenshot(page, 'xr-briefing');
      await pullTrigger(page);
      await frames(page, 10);
      expect(await simTime(page)).toBeGreaterThan(0);
      expect((await status(page)).cycle).toBe('baseline');

      // Walk calmly to 4 m, then raise the controllers above the head and walk in to 0.8 m.
      const far = at(
        Math.hypot(setting.traineeStart.position[0] - px, setting.traineeStart.position[1] - pz) - 0.05,
        'low',
      );
      await setPose(page, far);
      await walk(
        page,
        far,
        at(4, 'low'),
        Math.round(Math.hypot(...far.head.map((v, i) => v - at(4, 'low').head[i]!)) / STEP),
      );
      const a4 = await arousal(page);
      await setPose(page, at(4, 'raised'));
      await walk(page, at(4, 'raised'), at(0.8, 'raised'), Math.round(3.2 / STEP));
      expect(await handsSignal(page)).toBe('raised');
      const escalated = await until(page, (x) => x.cycle === 'escalation' || x.cycle === 'crisis', {
        timeoutMs: 180_000,
        everyFrames: 10,
      });
      const aHigh = await arousal(page);
      expect(aHigh).toBeGreaterThan(a4);
      expect(['escalation', 'crisis']).toContain(escalated.cycle);
      await frames(page, 2);
      const png = await screenshot(page, 'xr');
      expect(png).toMatch(/xr\.png$/);

      // Step back to 2.5 m, lower and open the hands, turn 40° off him (angled, not staring): with the
      // body alone, arousal falls. Then a line chosen on the in-VR panel calms him further.
      const aPeak = await arousal(page);
      const back = at(2.5, 'open');
      await walk(page, at(0.8, 'raised'), back, Math.round(1.7 / STEP));
      const [bx, bz] = pointAt(2.5);
      // The torso (and the body-locked panel) follows the head within a few frames.
      // Arousal has momentum: it may go on rising a moment after the step back. Held calm, it
      // falls within 20 s of sim time (checked every 2/3 s).
      let angled = await holdAngled(page, bx, bz, 0.7, 6); // 4 s of sim time
      for (let i = 0; i < 24 && (await arousal(page)) >= aPeak; i++)
        angled = await holdAngled(page, bx, bz, 0.7, 1);
      expect(await handsSignal(page)).toBe('open');
      const aBody = await arousal(page);
      expect(aBody, JSON.stringify(await recentRules(page, 5))).toBeLessThan(aPeak);
      // Answer what he says (calm, a line that does what his last line asks), once he says more
      // than that he wants room.
      let answer = await answerToHim(page);
      for (let i = 0; i < 30 && !answer; i++) {
        angled = await holdAngled(page, bx, bz, 0.7, 1);
        answer = await answerToHim(page);
      }
      expect(answer).not.toBeNull();
      const before = await saysSoFar(page);
      expect(await sayInVr(page, angled, answer!.id)).toBe(true);
      expect(await saysSoFar(page)).toBe(before + 1);
      await holdAngled(page, bx, bz, 0.7, 15); // 10 s of sim time, staying angled to him as he paces
      const aLater = await arousal(page);
      expect(aLater, JSON.stringify(await recentRules(page, 10))).toBeLessThan(aBody);
      expect((await status(page)).outcome).toBe('');
      expect(s.errors).toEqual([]);
    },
  );
});

/** A shout; `repeat` times over for a whole run of shouting (the fake microphone plays it once). */
const shoutWav = (repeat = 0) => voiceWav('shout', repeat);
const micArgs = (file: string) => ({
  extraArgs: [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${file}`,
  ],
  permissions: ['microphone'],
});

/** Wait until the microphone reading (?debug=1) says the trainee is shouting. */
const heardShouting = (page: Page) =>
  page.waitForFunction(
    () => (window as unknown as { rolig: { voiceTone(): string | null } }).rolig.voiceTone() === 'shouting',
    undefined,
    { timeout: 120_000, polling: 100 },
  );

/** Enter VR from the briefing and press Start on the in-VR briefing panel. */
async function enterAndStart(page: Page, query: string, voice = false): Promise<Pose> {
  const start: Pose = {
    head: [0, EYE, 0],
    yaw: 0,
    left: [-0.25, EYE - 0.85, 0],
    right: [0.25, EYE - 0.85, 0],
  };
  await openBriefing(page, query);
  if (voice) {
    await page.getByTestId('voice-enable').click();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-testid="voice-tone"]')?.dataset.tone,
      undefined,
      { timeout: 120_000 },
    );
  }
  await setPose(page, start);
  await page.getByTestId('enter-vr').click();
  await page.locator('[data-testid="run-screen"][data-xr="1"][data-ready="1"]').waitFor({ timeout: 120_000 });
  await waitPanel(page, 'xr-briefing', 'start');
  expect(await pressPanel(page, start, 'xr-briefing', 'start')).toBe(true);
  await frames(page, 4);
  expect(await simTime(page)).toBeGreaterThan(0);
  return start;
}

/** The distance from the trainee's start to the patient. */
const startDistance = Math.hypot(
  setting.traineeStart.position[0] - px,
  setting.traineeStart.position[1] - pz,
);

/**
 * After the run: the compact debrief in the headset (summary with the curve and SA score, then what
 * went well and what to try), then Exit VR, and the desktop end screen leads to the full debrief.
 */
async function compactDebriefThenDesktop(page: Page, pose: Pose, shot: string): Promise<void> {
  await waitPanel(page, 'xr-end-summary', 'feedback');
  await frames(page, 3);
  await screenshot(page, shot);
  expect(await pressPanel(page, pose, 'xr-end-summary', 'feedback')).toBe(true);
  await waitPanel(page, 'xr-end-feedback', 'exit', 10_000);
  expect(await pressPanel(page, pose, 'xr-end-feedback', 'exit')).toBe(true);
  await page.getByTestId('end-screen').waitFor({ timeout: 120_000 });
  await page.getByTestId('open-debrief').click();
  await page.getByTestId('debrief-view').waitFor();
}

describe('headset runs to an ending, with only the body and the in-VR panels', () => {
  it(
    'keeps distance, open hands and an angled stance, says calm lines, answers a freeze in VR: de-escalated',
    { timeout: 600_000 },
    async () => {
      s = await launchQuest();
      const { page } = s;
      await enterAndStart(page, '?seed=1&fixedTime=1&speed=8&debug=1&sw=0');
      // Walk calmly (0.7 m/s) to 2.6 m, hands open in front.
      const far = at(startDistance - 0.05, 'open');
      await setPose(page, far);
      await walk(page, far, at(2.6, 'open'), Math.round((startDistance - 2.65) / (0.7 * (8 / 60))));
      const [bx, bz] = pointAt(2.6);
      // A trainee who listens: introduces themself, then answers each new line of his with a calm
      // option that does what it asks (the least said first), and otherwise waits.
      const used = new Map<string, number>();
      let answeredLine: string | null = null;
      let said = 0;
      let answered = 0;
      let pose = far;
      for (let i = 0; i < 60 && (await status(page)).outcome === ''; i++) {
        if ((await panelButtons(page, 'xr-freeze')).length) {
          // The scene is hidden behind the neutral room while the questions are up.
          await screenshot(page, 'xr-freeze');
          const t0 = await simTime(page);
          await frames(page, 10);
          expect(await simTime(page)).toBe(t0); // time stands still while the questions are up
          answered += await answerVrFreeze(page, pose);
          continue;
        }
        pose = await holdAngled(page, bx, bz, 0.7, 5); // ~6.7 s of sim time
        const answer = said === 0 ? { id: 'introduce', line: null } : await answerToHim(page, used);
        if (!answer || (said > 0 && answer.line === answeredLine)) continue;
        if (await sayInVr(page, pose, answer.id)) {
          said++;
          used.set(answer.id, (used.get(answer.id) ?? 0) + 1);
          answeredLine = answer.line;
        }
      }
      const end = await status(page);
      expect(end.outcome, JSON.stringify(await recentRules(page, 20))).toBe('deEscalated');
      expect(said).toBeGreaterThanOrEqual(4);
      expect(answered).toBeGreaterThanOrEqual(2);
      await compactDebriefThenDesktop(page, pose, 'xr-debrief');
      // The answers given on the VR panel are in the record.
      const answers = page.locator('[data-testid="sa-score"] details li');
      expect(await answers.count()).toBe(answered);
      expect(s.errors).toEqual([]);
    },
  );

  it(
    'rushes in with raised hands, orders and threatens from the panel, stays close: assaulted',
    { timeout: 600_000 },
    async () => {
      // The trainee shouts (a recorded shout through the fake microphone, switched on at the briefing).
      s = await launchQuest(micArgs(shoutWav(20)));
      const { page } = s;
      await enterAndStart(page, '?seed=2&fixedTime=1&speed=8&debug=1&sw=0', true);
      const far = at(startDistance - 0.05, 'raised');
      await setPose(page, far);
      // Fast (1.8 m/s) with the hands above the head to 3 m, order him about from the panel (the
      // microphone makes every line a shout), then right up to him.
      await walk(page, far, at(3, 'raised'), Math.round((startDistance - 3.05) / (1.8 * (8 / 60))));
      // Each line takes the tone of the last seconds of speech: say it once the microphone has heard some.
      await heardShouting(page);
      expect(await sayInVr(page, at(3, 'raised'), 'sit-down')).toBe(true);
      await heardShouting(page);
      expect(await sayInVr(page, at(3, 'raised'), 'wait-like-others')).toBe(true);
      await setPose(page, at(3, 'raised'));
      await walk(page, at(3, 'raised'), at(0.8, 'raised'), Math.round(2.2 / (1.8 * (8 / 60))));
      const lines = ['sit-down', 'security', 'wait-like-others'];
      let pose = at(0.8, 'raised');
      for (let i = 0; i < 80 && (await status(page)).outcome === ''; i++) {
        if ((await panelButtons(page, 'xr-freeze')).length) {
          await answerVrFreeze(page, pose);
          continue;
        }
        // Follow him as he moves, staying 0.8 m away, square-on, hands raised.
        const [qx, qz] = await patientAt(page);
        const [tx, tz] = (() => {
          const c = pose.head;
          const w = R.toLocal([qx, 0, qz]);
          const d = Math.hypot(c[0] - w[0], c[2] - w[2]) || 1;
          return [w[0] + ((c[0] - w[0]) / d) * 0.8, w[2] + ((c[2] - w[2]) / d) * 0.8];
        })();
        const yaw = Math.atan2(-(R.toLocal([qx, 0, qz])[0] - tx), -(R.toLocal([qx, 0, qz])[2] - tz));
        pose = {
          head: [tx, EYE, tz],
          yaw,
          left: [tx - 0.2, EYE + 0.4, tz],
          right: [tx + 0.2, EYE + 0.4, tz],
        };
        await setPose(page, pose);
        await frames(page, 8);
        if (i % 4 === 0) {
          await heardShouting(page);
          await sayInVr(page, pose, lines[(i / 4) % lines.length]!);
        }
      }
      const end = await status(page);
      expect(end.outcome).toBe('assault');
      // The voice set the tone of what was said: even the 'firm' line went out as shouted.
      const tones = await page.evaluate(() =>
        (
          window as unknown as {
            rolig: {
              sim: { log: { kind: string; event?: { type: string; optionId?: string }; tone?: string }[] };
            };
          }
        ).rolig.sim.log
          .filter((e) => e.kind === 'act' && e.event?.type === 'SAY')
          .map((e) => `${e.event!.optionId}:${e.tone}`),
      );
      expect(tones.length).toBeGreaterThanOrEqual(2);
      expect(
        tones.every((x) => x.endsWith(':shouting')),
        tones.join(', '),
      ).toBe(true);
      await compactDebriefThenDesktop(page, pose, 'xr-debrief-bad');
      expect(await page.getByTestId('debrief-view').getAttribute('data-kind')).toBe('bad');
      expect(s.errors).toEqual([]);
    },
  );
});

const signals = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          rolig: {
            sim: {
              context: {
                signals: { position: [number, number]; facing: number; headHeight: number; hands: string };
              };
            };
          };
        }
      ).rolig.sim.context.signals,
  );

/** Drive IWER's devices directly (thumbsticks, input mode, hands). */
const device = (page: Page, fn: string, ...args: unknown[]) =>
  page.evaluate(
    ([fn, args]) => {
      const d = (window as unknown as { xrDevice: Record<string, unknown> }).xrDevice;
      const f = new Function('d', ...args.map((_, i) => `a${i}`), fn) as (...a: unknown[]) => void;
      f(d, ...args);
    },
    [fn, args] as const,
  );

describe('headset comfort and input', () => {
  it('a run started on the screen goes into the headset with Enter VR, and on from where it was', async () => {
    s = await launchQuest();
    const { page } = s;
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await openBriefing(page, '?seed=1&fixedTime=1&speed=4&debug=1&sw=0');
    await page.getByTestId('enter-room').click();
    await page.locator('[data-testid="run-screen"][data-ready="1"]').waitFor({ timeout: 120_000 });
    // The headset's code is not part of a run on the screen: fetched after its first frame.
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => /xrRuntime-/.test(e.name)),
    );
    await frames(page, 10);
    const t0 = await simTime(page);
    expect(t0).toBeGreaterThan(0);
    await setPose(page, {
      head: [0, EYE, 0],
      yaw: 0,
      left: [-0.25, EYE - 0.85, 0],
      right: [0.25, EYE - 0.85, 0],
    });
    await page.getByTestId('enter-vr').click();
    await page.locator('[data-testid="run-screen"][data-xr="1"]').waitFor({ timeout: 120_000 });
    await waitPanel(page, 'xr-options', 'pause', 20_000);
    expect(await panelButtons(page, 'xr-briefing')).toEqual([]); // no briefing: the run goes on
    await frames(page, 10);
    expect(await simTime(page)).toBeGreaterThan(t0);
    expect(urls.some((u) => /\/assets\/xr-/.test(u))).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it(
    'snap turn, teleport, seated mode, leaving and re-entering VR, and tracked hands with a pinch',
    { timeout: 480_000 },
    async () => {
      s = await launchQuest();
      const { page } = s;
      const start = await enterAndStart(page, '?seed=3&fixedTime=1&speed=4&debug=1&sw=0');
      await frames(page, 5);

      // Snap turn: right thumbstick to the side turns the view (and the facing signal) by 45°.
      const f0 = (await signals(page)).facing;
      await device(page, 'd.controllers.right.updateAxes("thumbstick", 1, 0)');
      await frames(page, 6);
      await device(page, 'd.controllers.right.updateAxes("thumbstick", 0, 0)');
      await frames(page, 6);
      const turned = (await signals(page)).facing;
      const dTurn = Math.abs(Math.atan2(Math.sin(turned - f0), Math.cos(turned - f0)));
      expect((dTurn * 180) / Math.PI).toBeCloseTo(45, 0);
      const p0 = (await signals(page)).position;
      // ... about the head: the trainee stays where they stand.
      expect(
        Math.hypot(p0[0] - setting.traineeStart.position[0], p0[1] - setting.traineeStart.position[1]),
      ).toBeLessThan(0.05);

      // Teleport is the left hand's: the right controller pointed at the floor does nothing...
      const floor: V3 = [0, 0, -2];
      const toFloor = (c: V3) => {
        const d = floor.map((v, i) => v - c[i]!) as V3;
        const l = Math.hypot(...d);
        return aim([d[0] / l, d[1] / l, d[2] / l]);
      };
      const rightCtrl: V3 = [0.2, EYE - 0.5, -0.2];
      await setPose(page, { ...start, right: rightCtrl, rightQuat: toFloor(rightCtrl) });
      await frames(page, 6);
      await pullTrigger(page);
      await frames(page, 6);
      const still = (await signals(page)).position;
      expect(Math.hypot(still[0] - p0[0], still[1] - p0[1])).toBeLessThan(0.05);
      // ... the left one, pointed at the floor 2 m ahead with the trigger pulled, moves you there.
      const leftCtrl: V3 = [-0.2, EYE - 0.5, -0.2];
      await setPose(page, { ...start, left: leftCtrl, leftQuat: toFloor(leftCtrl) });
      await frames(page, 6);
      await pullTrigger(page, 4, 'left');
      await frames(page, 6);
      const p1 = (await signals(page)).position;
      expect(Math.hypot(p1[0] - p0[0], p1[1] - p0[1])).toBeGreaterThan(0.8);
      await setPose(page, start);
      await frames(page, 4);

      // Seated mode (from the pause panel): sitting at 1.15 m eye height reads as standing height.
      const pose = await (async () => {
        await waitPanel(page, 'xr-options', 'pause', 10_000);
        expect(await pressPanel(page, start, 'xr-options', 'pause')).toBe(true);
        await waitPanel(page, 'xr-pause', 'seated', 10_000);
        expect(await pressPanel(page, start, 'xr-pause', 'seated')).toBe(true);
        await frames(page, 4);
        return { ...start, head: [0, 1.15, 0] as V3 };
      })();
      await setPose(page, pose);
      await frames(page, 6);
      expect((await signals(page)).headHeight).toBeCloseTo(1.65, 1);
      expect(await pressPanel(page, pose, 'xr-pause', 'seated')).toBe(true); // back to standing
      await setPose(page, start);
      await frames(page, 6);
      expect((await signals(page)).headHeight).toBeCloseTo(EYE, 1);

      // Exit VR from the pause panel: the run waits; Back to VR continues without the briefing.
      const tExit = await simTime(page);
      expect(await pressPanel(page, start, 'xr-pause', 'exit')).toBe(true);
      await page.locator('[data-testid="run-screen"][data-xr="0"]').waitFor({ timeout: 120_000 });
      await frames(page, 20);
      expect(await simTime(page)).toBe(tExit);
      await page.getByTestId('enter-vr').click();
      await page.locator('[data-testid="run-screen"][data-xr="1"]').waitFor({ timeout: 120_000 });
      await waitPanel(page, 'xr-options', 'pause', 20_000);
      expect(await panelButtons(page, 'xr-briefing')).toEqual([]);
      await frames(page, 10);
      expect(await simTime(page)).toBeGreaterThan(tExit);

      // Tracked hands: raised wrists read as raised hands; a pinch presses a panel button.
      await device(page, 'd.primaryInputMode = "hand"');
      await device(
        page,
        'd.hands.left.position.set(-0.2, a0 + 0.4, -0.1); d.hands.right.position.set(0.2, a0 + 0.4, -0.1)',
        EYE,
      );
      await frames(page, 10);
      expect((await signals(page)).hands).toBe('raised');
      await device(
        page,
        'd.hands.left.position.set(-0.22, a0 - 0.55, -0.3); d.hands.right.position.set(0.22, a0 - 0.55, -0.3)',
        EYE,
      );
      await frames(page, 10);
      expect((await signals(page)).hands).toBe('open');
      const target = await page.evaluate(() =>
        (window as unknown as { rolig: { xrButton(p: string, i: string): V3 | null } }).rolig.xrButton(
          'xr-options',
          'pause',
        ),
      );
      expect(target).not.toBeNull();
      const hand: V3 = [0.15, EYE - 0.45, -0.25];
      const hd = target!.map((v, i) => v - hand[i]!) as V3;
      const hl = Math.hypot(...hd);
      const q = aim([hd[0] / hl, hd[1] / hl, hd[2] / hl]);
      await device(
        page,
        'd.hands.right.position.set(a0, a1, a2); d.hands.right.quaternion.set(a3, a4, a5, a6)',
        ...hand,
        ...q,
      );
      await frames(page, 6);
      await device(page, 'd.hands.right.updatePinchValue(1)');
      await frames(page, 6);
      await device(page, 'd.hands.right.updatePinchValue(0)');
      await frames(page, 6);
      await waitPanel(page, 'xr-pause', 'resume', 10_000);
      await screenshot(page, 'xr-hands');
      expect(s.errors).toEqual([]);
    },
  );
});

describe('voice tone through the fake microphone', () => {
  it.each([
    ['calm', () => voiceWav('calm')],
    ['shouting', () => shoutWav()],
  ] as const)('a recorded %s voice is classified as such', { timeout: 300_000 }, async (expected, make) => {
    s = await launch(micArgs(make()));
    const { page } = s;
    await openBriefing(page, '?seed=1&sw=0');
    await page.getByTestId('voice-enable').click();
    const tone = page.getByTestId('voice-tone');
    // Two seconds of speech heard (the reading's own measure), not a fixed pause.
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('[data-testid="voice-tone"]')?.dataset.speech) >= 2,
      undefined,
      { timeout: 120_000, polling: 100 },
    );
    expect(await tone.getAttribute('data-tone')).toBe(expected);
    expect(s.errors).toEqual([]);
  });
});
