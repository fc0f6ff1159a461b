/**
 * An emulated Meta Quest 3 in headless Chromium (stack-notes.md): IWER injected before the page
 * loads and force-installed over Chromium's native navigator.xr, kept on window.xrDevice so tests
 * move the headset and controllers. Poses here are in the XR reference space (the XROrigin's frame);
 * `rig` converts world (room) coordinates into it from the trainee's start pose.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Session } from './browser';

/** The slice of IWER's XRDevice the tests drive (iwer.min.js defines window.IWER). */
interface Tracked {
  position: { set(x: number, y: number, z: number): void };
  quaternion: { set(x: number, y: number, z: number, w: number): void };
}
interface Device extends Tracked {
  ipd: number;
  installRuntime(o: { forceInstall: boolean }): void;
  controllers: Record<'left' | 'right', Tracked & { updateButtonValue(id: string, v: number): void }>;
}
type XrWindow = {
  IWER: { XRDevice: new (config: unknown, o: { stereoEnabled: boolean }) => Device; metaQuest3: unknown };
  xrDevice: Device;
};

const IWER = join(process.cwd(), 'node_modules', 'iwer', 'build', 'iwer.min.js');

export async function launchQuest(opts: Parameters<typeof launch>[0] = {}): Promise<Session> {
  const s = await launch(opts);
  await s.page.addInitScript({ path: IWER });
  await s.page.addInitScript(() => {
    const w = window as unknown as XrWindow;
    const device = new w.IWER.XRDevice(w.IWER.metaQuest3, { stereoEnabled: false });
    device.ipd = 0;
    device.installRuntime({ forceInstall: true });
    w.xrDevice = device;
    // Count XR frames (the session's frame callbacks), so tests can wait for the headset's frames
    // rather than the page's: the two need not keep step.
    const g = window as unknown as { XRSession: { prototype: XRSession }; __xrFrames: number };
    g.__xrFrames = 0;
    const proto = g.XRSession.prototype;
    const raf = proto.requestAnimationFrame;
    proto.requestAnimationFrame = function (this: XRSession, cb: XRFrameRequestCallback) {
      return raf.call(this, (t, f) => {
        g.__xrFrames++;
        cb(t, f);
      });
    };
    // Let n XR frames advance the run and resolve when they have. Under ?lockstep=1 the test hands
    // the run exactly n frames (src/app/run/lockstep.ts); otherwise it waits for n XR frames. Either
    // way it resolves early when the app has left VR.
    (window as unknown as { __xrStep(n: number): Promise<void> }).__xrStep = (n) =>
      new Promise<void>((resolve) => {
        const gate = (window as { __roligLockstep?: { budget: number; done: number; active: boolean } })
          .__roligLockstep;
        const inVr = () => document.querySelector('[data-testid="run-screen"][data-xr="1"]') !== null;
        if (gate?.active) {
          const target = gate.done + gate.budget + n;
          gate.budget += n;
          const f = () =>
            gate.done >= target || !gate.active || !inVr() ? resolve() : requestAnimationFrame(f);
          requestAnimationFrame(f);
          return;
        }
        const target = g.__xrFrames + n;
        const f = () => (g.__xrFrames >= target || !inVr() ? resolve() : requestAnimationFrame(f));
        requestAnimationFrame(f);
      });
  });
  return s;
}

export type V3 = [number, number, number];

/** World ↔ reference space for an XROrigin at (ox, oz) rotated by theta about y (three.js rotation.y). */
export function rig(start: { position: [number, number]; facingDeg: number }) {
  const theta = (start.facingDeg * Math.PI) / 180 + Math.PI;
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const [ox, oz] = start.position;
  return {
    /** World point → reference-space point. */
    toLocal([x, y, z]: V3): V3 {
      const dx = x - ox;
      const dz = z - oz;
      return [dx * c - dz * s, y, dx * s + dz * c];
    },
    /** Sim yaw in the world (0 = +z) → the headset's local rotation about y. */
    localYaw(simYaw: number): number {
      return simYaw + Math.PI - theta;
    },
  };
}

export interface Pose {
  head: V3;
  /** Local rotation about y (rad). */
  yaw: number;
  left: V3;
  right: V3;
  /** Optional controller orientations as quaternions [x, y, z, w] (default: along the head's yaw). */
  rightQuat?: [number, number, number, number];
  leftQuat?: [number, number, number, number];
}

/** Set the headset and controllers (reference space) for the next frames. */
export async function setPose(page: Page, p: Pose): Promise<void> {
  await page.evaluate((p) => {
    const d = (window as unknown as XrWindow).xrDevice;
    d.position.set(...p.head);
    d.quaternion.set(0, Math.sin(p.yaw / 2), 0, Math.cos(p.yaw / 2));
    d.controllers.left.position.set(...p.left);
    d.controllers.right.position.set(...p.right);
    d.controllers.left.quaternion.set(...(p.leftQuat ?? [0, Math.sin(p.yaw / 2), 0, Math.cos(p.yaw / 2)]));
    const q = p.rightQuat ?? [0, Math.sin(p.yaw / 2), 0, Math.cos(p.yaw / 2)];
    d.controllers.right.quaternion.set(...q);
  }, p);
}

/**
 * Walk the headset from pose a to pose b over n XR frames (linear), so it moves at a steady speed
 * in sim time whatever the frame rate.
 */
export async function walk(page: Page, a: Pose, b: Pose, n: number): Promise<void> {
  await page.evaluate(
    async ({ a, b, n }) => {
      const w = window as unknown as XrWindow & { __xrStep(n: number): Promise<void> };
      const d = w.xrDevice;
      const lerp = (u: number[], v: number[], t: number) =>
        u.map((x, i) => x + (v[i]! - x) * t) as [number, number, number];
      // One step an XR frame that advances the run (not a page frame: a busy machine draws them at
      // another ratio), so the walk takes the same sim time however loaded the cores are.
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        d.position.set(...lerp(a.head, b.head, t));
        d.controllers.left.position.set(...lerp(a.left, b.left, t));
        d.controllers.right.position.set(...lerp(a.right, b.right, t));
        await w.__xrStep(1);
      }
    },
    { a, b, n },
  );
}

/**
 * Let the headset advance the run by `n` XR frames (exactly n under ?lockstep=1), or until the app
 * has left VR.
 */
export async function xrFrames(page: Page, n: number): Promise<void> {
  await page.evaluate((n) => (window as unknown as { __xrStep(n: number): Promise<void> }).__xrStep(n), n);
}

/** Pull and release the right trigger (a select: clicks what the controller ray points at). */
export async function pullTrigger(
  page: Page,
  holdFrames = 4,
  hand: 'left' | 'right' = 'right',
): Promise<void> {
  const set = (v: number) =>
    page.evaluate(
      ([h, v]) => (window as unknown as XrWindow).xrDevice.controllers[h].updateButtonValue('trigger', v),
      [hand, v] as const,
    );
  await set(1);
  await xrFrames(page, holdFrames);
  await set(0);
  await xrFrames(page, 3);
}

/** Quaternion [x, y, z, w] that turns -z toward the unit direction (yaw about y, then pitch about x). */
export function aim(dir: V3): [number, number, number, number] {
  const yaw = Math.atan2(-dir[0], -dir[2]);
  const pitch = Math.asin(Math.max(-1, Math.min(1, dir[1])));
  const cy = Math.cos(yaw / 2);
  const sy = Math.sin(yaw / 2);
  const cp = Math.cos(pitch / 2);
  const sp = Math.sin(pitch / 2);
  // q = qy * qx
  return [cy * sp, sy * cp, -sy * sp, cy * cp];
}

/**
 * Point the right controller at button `id` of the in-VR panel `panel` and pull the trigger. The
 * app (?debug=1) says where the button is in the reference space; the controller is held low in
 * front of the body, as a trainee would. Returns false when that panel or button is not shown.
 */
export async function pressPanel(page: Page, pose: Pose, panel: string, id: string): Promise<boolean> {
  const point = await page.evaluate(
    ([p, i]) =>
      (window as unknown as { rolig: { xrButton(p: string, i: string): V3 | null } }).rolig.xrButton(p, i),
    [panel, id] as const,
  );
  if (!point) return false;
  const f: V3 = [-Math.sin(pose.yaw), 0, -Math.cos(pose.yaw)];
  const ctrl: V3 = [pose.head[0] + f[0] * 0.25, pose.head[1] - 0.35, pose.head[2] + f[2] * 0.25];
  const d: V3 = [point[0] - ctrl[0], point[1] - ctrl[1], point[2] - ctrl[2]];
  const l = Math.hypot(...d);
  await setPose(page, { ...pose, right: ctrl, rightQuat: aim([d[0] / l, d[1] / l, d[2] / l]) });
  await xrFrames(page, 4);
  await pullTrigger(page);
  await xrFrames(page, 3);
  return true;
}

/** Wait until the in-VR panel `panel` is shown with button `id`. */
export async function waitPanel(page: Page, panel: string, id: string, timeoutMs = 120_000): Promise<void> {
  await page.waitForFunction(
    ([p, i]) =>
      (window as unknown as { rolig?: { xrButton(p: string, i: string): unknown } }).rolig?.xrButton(p, i) !=
      null,
    [panel, id] as const,
    { timeout: timeoutMs, polling: 100 },
  );
}

/** The pressable buttons of the in-VR panel `panel` (empty when it is not shown). */
export function panelButtons(page: Page, panel: string): Promise<string[]> {
  return page.evaluate(
    (p) => (window as unknown as { rolig: { xrButtons(p: string): string[] } }).rolig.xrButtons(p),
    panel,
  );
}

/**
 * Answer a SAGAT freeze on the in-VR panel if one is showing: pick an option of each question
 * (`choose` gets the option ids) and press Next, then Submit. Returns the number of questions.
 */
export async function answerVrFreeze(
  page: Page,
  pose: Pose,
  choose: (options: string[]) => string | undefined = (o) => o[0],
): Promise<number> {
  let n = 0;
  for (let guard = 0; guard < 8; guard++) {
    const ids = await panelButtons(page, 'xr-freeze');
    if (!ids.length) return n;
    const pick = choose(ids.filter((i) => i.startsWith('opt:')));
    if (pick) await pressPanel(page, pose, 'xr-freeze', pick);
    await pressPanel(page, pose, 'xr-freeze', 'next');
    n++;
  }
  return n;
}

/** How many lines the trainee has said so far (the run log's SAY acts; ?debug=1). */
export const saysSoFar = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { rolig: { sim: { log: { kind: string; event?: { type: string } }[] } } }
      ).rolig.sim.log.filter((e) => e.kind === 'act' && e.event?.type === 'SAY').length,
  );

/**
 * Say line `optionId` on the in-VR options panel, paging with "More lines" until it is shown, and
 * wait until the simulation has it (XR frames may lag the page's animation frames).
 */
export async function sayInVr(page: Page, pose: Pose, optionId: string): Promise<boolean> {
  for (let i = 0; i < 4; i++) {
    const ids = await panelButtons(page, 'xr-options');
    if (ids.includes(`say:${optionId}`)) {
      const before = await saysSoFar(page);
      if (!(await pressPanel(page, pose, 'xr-options', `say:${optionId}`))) return false;
      // The act is logged within a few XR frames of the press (counted in frames, not milliseconds).
      return page.evaluate(async (n) => {
        const w = window as unknown as {
          __xrStep(n: number): Promise<void>;
          rolig: { sim: { log: { kind: string; event?: { type: string } }[] } };
        };
        const said = () =>
          w.rolig.sim.log.filter((e) => e.kind === 'act' && e.event?.type === 'SAY').length > n;
        for (let i = 0; i < 60 && !said(); i++) await w.__xrStep(1);
        return said();
      }, before);
    }
    if (!ids.includes('more')) return false;
    await pressPanel(page, pose, 'xr-options', 'more');
  }
  return false;
}
