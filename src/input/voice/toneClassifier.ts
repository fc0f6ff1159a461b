/**
 * Pure voice-tone analysis: frame features (RMS level, autocorrelation pitch) and a classifier over
 * the recent utterance. No Web Audio here: the microphone glue (./micTone) feeds sample frames in.
 * Audio is analysed frame by frame and dropped: only three numbers per frame are kept, for windowS.
 */
import { VOICE_THRESHOLDS as V } from './voiceThresholds';

export type VoiceTone = 'calm' | 'raised' | 'shouting';

/** RMS level of a frame in dBFS (-120 for silence). */
export function rmsDb(samples: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i]! * samples[i]!;
  const rms = Math.sqrt(sum / Math.max(1, samples.length));
  return rms > 1e-6 ? 20 * Math.log10(rms) : -120;
}

/**
 * Fundamental frequency by normalised autocorrelation, or null for an unvoiced frame. Picks the
 * first lag whose correlation is within 90% of the best, which avoids octave-down errors.
 */
export function pitchHz(input: ArrayLike<number>, inputRate: number): number | null {
  // Decimate to ~12 kHz by averaging (a crude low-pass): 16x less work, F0 stays far below Nyquist.
  const k = Math.max(1, Math.floor(inputRate / 12_000));
  const samples = k === 1 ? input : decimate(input, k);
  const sampleRate = inputRate / k;
  const n = samples.length;
  const minLag = Math.floor(sampleRate / V.maxPitchHz);
  const maxLag = Math.min(n - 1, Math.ceil(sampleRate / V.minPitchHz));
  let energy = 0;
  for (let i = 0; i < n; i++) energy += samples[i]! * samples[i]!;
  if (energy < 1e-8) return null;
  let best = 0;
  let bestLag = -1;
  const corr = new Float64Array(maxLag + 1);
  for (let lag = minLag; lag <= maxLag; lag++) {
    let c = 0;
    for (let i = 0; i + lag < n; i++) c += samples[i]! * samples[i + lag]!;
    const norm = c / (energy * ((n - lag) / n));
    corr[lag] = norm;
    if (norm > best) {
      best = norm;
      bestLag = lag;
    }
  }
  if (bestLag < 0 || best < V.pitchClarity) return null;
  for (let lag = minLag + 1; lag < bestLag; lag++) {
    const c = corr[lag]!;
    if (c >= 0.9 * best && c >= corr[lag - 1]! && c >= corr[lag + 1]!) return sampleRate / lag;
  }
  return sampleRate / bestLag;
}

function decimate(x: ArrayLike<number>, k: number): Float64Array {
  const out = new Float64Array(Math.floor(x.length / k));
  for (let i = 0; i < out.length; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += x[i * k + j]!;
    out[i] = s / k;
  }
  return out;
}

interface Frame {
  t: number;
  db: number;
  hz: number | null;
  dur: number;
}

export interface ToneReading {
  tone: VoiceTone;
  loudnessDb: number;
  pitchSpreadSt: number;
  medianPitchHz: number | null;
  speechS: number;
}

/** Classify one utterance's statistics (pure; exported for unit tests and docs). */
export function classifyTone(
  loudnessDb: number,
  pitchSpreadSt: number,
  medianPitch: number | null,
): VoiceTone {
  if (loudnessDb >= V.shoutingDb) return 'shouting';
  if (loudnessDb >= V.raisedDb)
    return medianPitch !== null && medianPitch >= V.shoutingPitchHz ? 'shouting' : 'raised';
  if (pitchSpreadSt >= V.raisedPitchSpreadSt && loudnessDb >= V.raisedDb - 6) return 'raised';
  return 'calm';
}

/** Keeps the voiced frames of the last windowS seconds and classifies them on demand. */
export class ToneTracker {
  private frames: Frame[] = [];

  /**
   * Add one analysed frame at time t (s). It stands for `coversS` seconds of the voice (default:
   * its own length): a poll that samples one frame every 50 ms, or every 300 ms on a busy main
   * thread, still measures how long the trainee spoke, not how many frames happened to be read.
   */
  push(t: number, samples: ArrayLike<number>, sampleRate: number, coversS?: number): void {
    const db = rmsDb(samples) + V.offsetDb;
    const dur = Math.max(samples.length / sampleRate, Math.min(coversS ?? 0, V.maxFrameCoverS));
    this.drop(t);
    if (db < V.speechGateDb) return;
    this.frames.push({ t, db, hz: pitchHz(samples, sampleRate), dur });
  }

  /** The reading over the window ending at t, or null when too little speech was heard. */
  read(t: number): ToneReading | null {
    this.drop(t);
    const speechS = this.frames.reduce((s, f) => s + f.dur, 0);
    if (speechS < V.minSpeechS) return null;
    const dbs = this.frames.map((f) => f.db).sort((a, b) => a - b);
    const loudnessDb = dbs[Math.min(dbs.length - 1, Math.floor(V.loudnessPercentile * dbs.length))]!;
    const hz = this.frames.flatMap((f) => (f.hz === null ? [] : [f.hz])).sort((a, b) => a - b);
    const st = hz.map((h) => 12 * Math.log2(h / 100));
    const mean = st.reduce((a, b) => a + b, 0) / Math.max(1, st.length);
    const spread = st.length > 1 ? Math.sqrt(st.reduce((a, b) => a + (b - mean) ** 2, 0) / st.length) : 0;
    const medianPitchHz = hz.length ? hz[Math.floor(hz.length / 2)]! : null;
    return {
      tone: classifyTone(loudnessDb, spread, medianPitchHz),
      loudnessDb,
      pitchSpreadSt: spread,
      medianPitchHz,
      speechS,
    };
  }

  clear(): void {
    this.frames = [];
  }

  private drop(t: number): void {
    let i = 0;
    while (i < this.frames.length && this.frames[i]!.t < t - V.windowS) i++;
    if (i > 0) this.frames.splice(0, i);
  }
}
