/**
 * Thresholds for the trainee's voice tone, with the reasoning. Levels are dBFS of the microphone
 * signal (RMS over a frame) with the browser's automatic gain control switched off.
 * Pearsons et al. (1977) measured speech at 1 m: normal 55-60 dBA, raised 62-66, loud 68-72,
 * shouted 78-82: "raised" sits ~8 dB above normal and a shout ~20 dB above. A headset or laptop
 * microphone maps normal speech to roughly -35..-25 dBFS, so the boundaries below keep those steps
 * (design; calibrate per device by shifting `offsetDb`). Shouting also lifts and widens pitch.
 */
export const VOICE_THRESHOLDS = {
  /** Analysis frame: 1024 samples ≈ 21 ms at 48 kHz, long enough for a 70 Hz period twice over. */
  frameSamples: 1024,
  /** Frames quieter than this are silence or room noise (not speech): ignored. */
  speechGateDb: -50,
  /** Loudness of an utterance = this percentile of its voiced frames (peaks carry the effort). */
  loudnessPercentile: 0.8,
  /** Utterance loudness from which delivery is "raised" (≈ +8 dB over normal speech). */
  raisedDb: -22,
  /** Utterance loudness from which it is "shouting" (≈ +18-20 dB over normal). */
  shoutingDb: -12,
  /** Pitch spread (standard deviation in semitones) above which a calm-loud utterance reads raised. */
  raisedPitchSpreadSt: 4.5,
  /** Median pitch above this (Hz) with raised loudness tips to shouting (shouts lift F0 markedly). */
  shoutingPitchHz: 300,
  /** Pitch search range (Hz): adult speech F0 is ~75-300 Hz; shouted F0 rises up to ~500. */
  minPitchHz: 70,
  maxPitchHz: 500,
  /** Normalised autocorrelation needed to trust a pitch estimate (voiced frame). */
  pitchClarity: 0.6,
  /** The utterance: voiced frames within this window (s) before the option is chosen. */
  windowS: 4,
  /** Need at least this much voiced speech (s) in the window to override the option's tone. */
  minSpeechS: 0.4,
  /**
   * One analysed frame stands for the time since the previous one, up to this (s): polling slows
   * when the main thread is busy (a headset drawing the room), and speech is still counted, but a
   * long stall (a tab in the background) does not turn one frame into seconds of speech.
   */
  maxFrameCoverS: 0.25,
  /** Per-device calibration shift added to every frame level (dB). */
  offsetDb: 0,
} as const;
