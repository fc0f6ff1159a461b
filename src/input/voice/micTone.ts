/**
 * Microphone glue: getUserMedia → AnalyserNode → ToneTracker. Samples are analysed in memory every
 * pollMs and discarded; nothing is recorded, stored or sent anywhere (the consent text says so).
 * Browser gain control is off so loudness means loudness (voiceThresholds.ts).
 */
import { ToneTracker, type ToneReading } from './toneClassifier';
import { VOICE_THRESHOLDS as V } from './voiceThresholds';

export interface MicToneOptions {
  pollMs?: number;
  /** Called after each analysed frame with the current reading (null: not enough speech). */
  onReading?: (r: ToneReading | null) => void;
}

export class MicTone {
  private ctx: AudioContext | null = null;
  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly tracker = new ToneTracker();
  private reading: ToneReading | null = null;

  constructor(private readonly opts: MicToneOptions = {}) {}

  get running(): boolean {
    return this.timer !== null;
  }

  /** Ask for the microphone and start listening. Rejects when permission is refused. */
  async start(): Promise<void> {
    if (this.running) return;
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: false, autoGainControl: false },
      video: false,
    });
    const ctx = new AudioContext();
    const analyser = ctx.createAnalyser();
    analyser.fftSize = V.frameSamples;
    ctx.createMediaStreamSource(stream).connect(analyser);
    await ctx.resume().catch(() => undefined);
    const buf = new Float32Array(analyser.fftSize);
    this.ctx = ctx;
    this.stream = stream;
    let last = ctx.currentTime;
    this.timer = setInterval(() => {
      analyser.getFloatTimeDomainData(buf);
      const t = ctx.currentTime;
      // The frame stands for the time since the last poll (timers run late on a busy main thread).
      this.tracker.push(t, buf, ctx.sampleRate, t - last);
      last = t;
      this.reading = this.tracker.read(t);
      this.opts.onReading?.(this.reading);
    }, this.opts.pollMs ?? 50);
  }

  /** The delivery heard over the last few seconds, or null when the trainee has not spoken. */
  current(): ToneReading | null {
    return this.reading;
  }

  /** Forget what was heard (after an utterance was used). */
  clear(): void {
    this.tracker.clear();
    this.reading = null;
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.stream?.getTracks().forEach((tr) => tr.stop());
    this.stream = null;
    void this.ctx?.close().catch(() => undefined);
    this.ctx = null;
    this.clear();
  }
}
