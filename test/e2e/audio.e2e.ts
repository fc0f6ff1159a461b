/**
 * Voice and sound in real Chromium (issue 3): the patient's line plays as a Howl for its own clip,
 * mute silences the run, the language setting picks the clip, and no audio request leaves the
 * origin. Reads the read-only ?debug=1 hook window.rolig.audio.playing() (files under public/audio/).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/scenario/testing';
import {
  BASE,
  enterRoom,
  frames,
  launch,
  openBriefing,
  OWN_ORIGIN,
  sayWithTone,
  type Session,
} from './browser';

const ed = loadScenarioFile('scenarios/ed-waiting-room.yaml');

interface DebugWindow {
  rolig?: {
    sim: {
      view: { lastLineId: string | null };
      log: { kind: string; effect?: { type: string } }[];
    };
    audio: { playing: () => string[] };
  };
}

interface PatientWindow {
  rolig: { sim: { view: { patientPosition: [number, number] } } };
}

let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s.close();
});

const playing = (s: Session) =>
  s.page.evaluate(() => (window as unknown as DebugWindow).rolig?.audio.playing() ?? []);
const lastLine = (s: Session) =>
  s.page.evaluate(() => (window as unknown as DebugWindow).rolig?.sim.view.lastLineId ?? null);
/** How many lines the patient has said so far (from the run log). */
const linesSaid = (s: Session) =>
  s.page.evaluate(
    () =>
      (window as unknown as DebugWindow).rolig?.sim.log.filter(
        (e) => e.kind === 'effect' && e.effect?.type === 'say',
      ).length ?? 0,
  );

/** Say calm options (number keys) until the patient answers with a line. */
async function untilPatientSpeaks(s: Session): Promise<void> {
  const before = await linesSaid(s);
  for (let i = 0; i < 10; i++) {
    await sayWithTone(s.page, ed, ['calm']);
    // Up to 180 frames (3 s of sim time at ?fixedTime=1) for his answer: counted in frames, not
    // milliseconds, so a loaded machine gives him the same time.
    const spoke = await s.page.evaluate(
      (n) =>
        new Promise<boolean>((resolve) => {
          let i = 0;
          const said = () =>
            ((window as unknown as DebugWindow).rolig?.sim.log.filter(
              (e) => e.kind === 'effect' && e.effect?.type === 'say',
            ).length ?? 0) > n;
          const f = () => (said() ? resolve(true) : ++i > 180 ? resolve(false) : requestAnimationFrame(f));
          requestAnimationFrame(f);
        }),
      before,
    );
    if (spoke) return;
  }
  throw new Error('the patient never answered');
}

/** Wait until the clip of the line the patient said last (in `lang`) is among the playing files. */
async function lineIsPlaying(s: Session, lang: 'nb' | 'en'): Promise<string> {
  const handle = await s.page
    .waitForFunction(
      (l) => {
        const r = (window as unknown as DebugWindow).rolig;
        const id = r?.sim.view.lastLineId;
        const file = id ? `voice/ed-waiting-room/${id}.${l}.ogg` : null;
        return file && r?.audio.playing().includes(file) ? file : null;
      },
      lang,
      { timeout: 120_000, polling: 50 },
    )
    .catch(async (err: unknown) => {
      const state = await s.page.evaluate(() => {
        const w = window as unknown as DebugWindow & { Howler?: { ctx?: { state: string } } };
        return {
          last: w.rolig?.sim.view.lastLineId,
          playing: w.rolig?.audio.playing(),
          ctx: w.Howler?.ctx?.state,
        };
      });
      throw new Error(`${String(err)}; audio state ${JSON.stringify(state)}`);
    });
  return (await handle.jsonValue()) as string;
}

const ambiencePlays = (s: Session) =>
  s.page.waitForFunction(
    () => (window as unknown as DebugWindow).rolig?.audio.playing().includes('ambience-hospital.ogg'),
    undefined,
    { timeout: 120_000, polling: 50 },
  );

/** Pause (P), open the settings from the pause panel, change them, close, resume. */
async function inSettings(s: Session, change: () => Promise<void>): Promise<void> {
  await s.page.keyboard.press('KeyP');
  await s.page.locator('.hud-panel button', { hasText: /Innstillinger|Settings/ }).click();
  await s.page.getByTestId('settings').waitFor();
  await change();
  await s.page.keyboard.press('Escape');
  await s.page.keyboard.press('KeyP');
}

describe('voice and sound', () => {
  it("plays the patient's line from its clip, stops on mute, follows the language, stays on the origin", async () => {
    const { page } = s;
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await openBriefing(page, '?seed=1&fixedTime=1&sw=0&debug=1');
    await enterRoom(page);
    // (Not audio, but this run has the debug hook.) The scene draws with one shader program: the
    // baked room, its loose objects, the blended shadows and the skinned patient share it.
    const programs = await page.evaluate(
      () =>
        (window as unknown as { rolig: { gl: { info: { programs: unknown[] } } } }).rolig.gl.info.programs
          .length,
    );
    expect(programs).toBe(1);

    // The opening line (said as the run starts) plays as its Norwegian clip, with the room tone.
    const first = await lineIsPlaying(s, 'nb');
    expect(first).toBe(`voice/ed-waiting-room/${await lastLine(s)}.nb.ogg`);
    await ambiencePlays(s);
    // Real Web Audio: an HRTF panner at the seated patient's head (x, about 1.2 m, z).
    const panner = await page.evaluate((file) => {
      interface Sound {
        _paused: boolean;
        _panner?: PannerNode;
      }
      const w = window as unknown as { Howler: { _howls: { _src: string; _sounds: Sound[] }[] } };
      const h = w.Howler._howls.find((x) => x._src === `audio/${file}`);
      const p = h?._sounds.find((x) => !x._paused)?._panner;
      return p && { model: p.panningModel, x: p.positionX.value, y: p.positionY.value, z: p.positionZ.value };
    }, first);
    const seat = await page.evaluate(
      () => (window as unknown as PatientWindow).rolig.sim.view.patientPosition,
    );
    expect(panner?.model).toBe('HRTF');
    expect(panner?.x).toBeCloseTo(seat[0], 1);
    expect(panner?.y).toBeGreaterThan(1);
    expect(panner?.y).toBeLessThan(1.4);
    expect(panner?.z).toBeCloseTo(seat[1], 1);

    // Pausing stops everything; muting keeps it silent after the run resumes, new lines included.
    await inSettings(s, async () => {
      expect(await playing(s)).toEqual([]);
      await page.getByTestId('mute').check();
    });
    await frames(page, 10);
    expect(await playing(s)).toEqual([]);
    await untilPatientSpeaks(s);
    await frames(page, 10);
    expect(await playing(s)).toEqual([]);

    // Unmuted and switched to English: the next line plays its English clip.
    await inSettings(s, async () => {
      await page.getByTestId('mute').uncheck();
      await page.getByTestId('language').selectOption('en');
    });
    await ambiencePlays(s);
    await untilPatientSpeaks(s);
    expect(await lineIsPlaying(s, 'en')).toMatch(/^voice\/ed-waiting-room\/.+\.en\.ogg$/);

    // Every audio file came from the app's own origin; nothing at all went elsewhere.
    const audio = urls.filter((u) => /\.ogg(\?|$)|audio\/manifest\.json/.test(u));
    expect(audio.length).toBeGreaterThan(2);
    expect(audio.every((u) => u.startsWith(`${BASE}audio/`))).toBe(true);
    expect(urls.filter((u) => !OWN_ORIGIN.test(u))).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
