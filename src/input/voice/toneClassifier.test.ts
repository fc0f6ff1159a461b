import { describe, expect, it } from 'vitest';
import { classifyTone, pitchHz, rmsDb, ToneTracker } from './toneClassifier';
import { VOICE_THRESHOLDS as V } from './voiceThresholds';

const SR = 48_000;
/** A voiced frame: a harmonic tone at f0 with RMS at the given dBFS. */
function frame(f0: number, db: number, phase = 0): Float32Array {
  const out = new Float32Array(V.frameSamples);
  for (let i = 0; i < out.length; i++) {
    const t = (i + phase) / SR;
    out[i] =
      Math.sin(2 * Math.PI * f0 * t) +
      0.5 * Math.sin(4 * Math.PI * f0 * t) +
      0.25 * Math.sin(6 * Math.PI * f0 * t);
  }
  const scale = 10 ** (db / 20) / 10 ** (rmsDb(out) / 20);
  for (let i = 0; i < out.length; i++) out[i]! *= scale;
  return out;
}
/** Feed `seconds` of frames whose pitch follows f0(t) and level db(t). */
function speak(tr: ToneTracker, seconds: number, f0: (t: number) => number, db: (t: number) => number) {
  const dur = V.frameSamples / SR;
  let t = 0;
  for (; t < seconds; t += dur) tr.push(t, frame(f0(t), db(t), Math.round(t * SR)), SR);
  return t;
}

describe('voice features', () => {
  it('rmsDb: a full-scale sine is -3 dBFS, silence is -120', () => {
    const s = new Float32Array(4800).map((_, i) => Math.sin((2 * Math.PI * 440 * i) / SR));
    expect(rmsDb(s)).toBeCloseTo(-3.01, 1);
    expect(rmsDb(new Float32Array(100))).toBe(-120);
  });

  it.each([90, 140, 220, 380])('pitchHz finds %d Hz within 3%', (f0) => {
    expect(pitchHz(frame(f0, -20), SR)).toBeGreaterThan(f0 * 0.97);
    expect(pitchHz(frame(f0, -20), SR)).toBeLessThan(f0 * 1.03);
  });

  it('pitchHz says unvoiced for noise', () => {
    let seed = 1;
    const noise = new Float32Array(V.frameSamples).map(
      () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 0.2,
    );
    expect(pitchHz(noise, SR)).toBeNull();
  });
});

describe('classifyTone', () => {
  it('maps loudness steps to calm, raised and shouting', () => {
    expect(classifyTone(-32, 2, 130)).toBe('calm');
    expect(classifyTone(-18, 2, 150)).toBe('raised');
    expect(classifyTone(-8, 3, 250)).toBe('shouting');
  });
  it('a raised-level voice at a high pitch is a shout; a lively calm voice at moderate level reads raised', () => {
    expect(classifyTone(-20, 3, 340)).toBe('shouting');
    expect(classifyTone(-26, 6, 180)).toBe('raised');
    expect(classifyTone(-40, 6, 180)).toBe('calm');
  });
});

describe('ToneTracker over synthetic utterances', () => {
  it('a steady quiet voice is calm', () => {
    const tr = new ToneTracker();
    const t = speak(
      tr,
      2,
      (x) => 120 + 10 * Math.sin(x * 3),
      () => -32,
    );
    expect(tr.read(t)?.tone).toBe('calm');
  });

  it('a loud, high and swinging voice is shouting', () => {
    const tr = new ToneTracker();
    const t = speak(
      tr,
      2,
      (x) => 280 + 80 * Math.sin(x * 5),
      (x) => -10 + 2 * Math.sin(x * 7),
    );
    const r = tr.read(t);
    expect(r?.tone).toBe('shouting');
    expect(r!.medianPitchHz).toBeGreaterThan(200);
  });

  it('a moderately loud voice is raised', () => {
    const tr = new ToneTracker();
    const t = speak(
      tr,
      2,
      () => 160,
      () => -18,
    );
    expect(tr.read(t)?.tone).toBe('raised');
  });

  it('silence and room noise give no reading, and old speech drops out of the window', () => {
    const tr = new ToneTracker();
    speak(
      tr,
      2,
      () => 120,
      () => -70,
    );
    expect(tr.read(2)).toBeNull();
    const t = speak(
      tr,
      1,
      () => 120,
      () => -30,
    );
    expect(tr.read(t)).not.toBeNull();
    expect(tr.read(t + V.windowS + 0.1)).toBeNull();
  });

  it('a sparsely polled voice (a busy main thread) still counts as the speech it stands for', () => {
    // One frame every 0.3 s for 2 s of shouting: frames alone would be 0.15 s of speech (no reading).
    const sparse = (covers: boolean) => {
      const tr = new ToneTracker();
      let t = 0;
      for (; t < 2; t += 0.3) tr.push(t, frame(300, -8, Math.round(t * SR)), SR, covers ? 0.3 : undefined);
      return tr.read(t);
    };
    expect(sparse(false)).toBeNull();
    const r = sparse(true)!;
    expect(r.tone).toBe('shouting');
    // Each frame counts for at most maxFrameCoverS, so a stall does not invent seconds of speech.
    expect(r.speechS).toBeCloseTo(7 * V.maxFrameCoverS, 5);
  });
});
