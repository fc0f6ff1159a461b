/**
 * The run's sound: the patient's lines as HRTF audio at the avatar's head, the room's ambience, the
 * personal alarm, help arriving and doors. Web Audio through howler (never html5 <audio>: the panner
 * needs Web Audio). setListener/setSource run every frame: they copy into preallocated arrays and
 * only call howler when something audible is spatial and the pose actually changed.
 */
import { Howl, Howler, type HowlOptions, type PannerAttributes } from 'howler';
import {
  AMBIENCE_FILE,
  recordedClipPath,
  SOUND_FILES,
  voiceClipPath,
  type AudioLang,
  type AudioManifest,
  type SoundName,
} from './manifest';
import { toHowlerOrientation, toHowlerPosition, type Vec3Like } from './spatial';
import { STANDING_EYE_HEIGHT } from '../sim';

/** A line to voice: its id and, when the scenario has its own recording, the asset id (`audio:`). */
export interface LineRef {
  id: string;
  audio?: string;
}

/** Panner settings of spatial sounds: HRTF, inverse distance from 1 m (a voice at conversation range). */
export const PANNER = {
  panningModel: 'HRTF',
  distanceModel: 'inverse',
  refDistance: 1,
  rolloffFactor: 1,
  maxDistance: 40,
} as const satisfies PannerAttributes;

const EPS = 1e-3;
const LEVELS: Record<SoundName | 'ambience' | 'voice', number> = {
  voice: 1,
  ambience: 0.45,
  alarm: 0.55,
  helpArrives: 0.9,
  door: 0.9,
};

export interface AudioEngineOptions {
  /** URL of the audio folder with a trailing slash; default `audio/` relative to the page. */
  base?: string;
  manifest?: AudioManifest | null;
}

export class AudioEngine {
  private manifest: AudioManifest | null;
  private readonly base: string;
  private readonly howls = new Map<string, Howl>();
  private voice: Howl | null = null;
  private readonly sfx = new Set<Howl>();
  /** Listener [pos xyz, forward xyz, up xyz] as last given, and as last sent to howler. */
  private readonly listener = new Float64Array([0, STANDING_EYE_HEIGHT, 0, 0, 0, -1, 0, 1, 0]);
  private readonly sentListener = new Float64Array(9).fill(NaN);
  private readonly source = new Float64Array([0, 1.6, 0]);
  private readonly sentSource = new Float64Array(3).fill(NaN);
  /** Bumped on every stop, so a start that waits for its file to load is dropped if stopped first. */
  private voiceToken = 0;
  private sfxToken = 0;
  private ambienceWanted = false;
  /** Own flag: a Howl's playing() stays false while a queued play waits for the file to load. */
  private ambienceOn = false;
  private muted = false;
  private paused = false;

  constructor(opts: AudioEngineOptions = {}) {
    this.base = opts.base ?? 'audio/';
    this.manifest = opts.manifest ?? null;
  }

  setManifest(m: AudioManifest | null): void {
    this.manifest = m;
  }

  /** Seconds of a file under public/audio/, from the manifest (null when unknown). */
  duration(file: string): number | null {
    return this.manifest?.files[file]?.duration ?? null;
  }

  /**
   * The file that voices a line: the scenario's own recording when the line names one (`audio:`)
   * and it exists in this language, else the generated clip.
   */
  lineFile(scenarioId: string, lineId: string, lang: AudioLang, asset?: string): string {
    if (asset) {
      const own = recordedClipPath(asset, lang);
      if (this.known(own)) return own;
    }
    return voiceClipPath(scenarioId, lineId, lang);
  }

  lineDuration(scenarioId: string, lineId: string, lang: AudioLang, asset?: string): number | null {
    return this.duration(this.lineFile(scenarioId, lineId, lang, asset));
  }

  /** Start loading a scenario's clips in one language so the first play is not late. */
  preloadLines(scenarioId: string, lines: readonly LineRef[], lang: AudioLang): void {
    if (!this.manifest) return;
    for (const l of lines) {
      const file = this.lineFile(scenarioId, l.id, lang, l.audio);
      if (this.known(file)) this.howl(file, true);
    }
  }

  /** Play a patient line from the source position; interrupts the previous line. Returns its length. */
  playLine(scenarioId: string, lineId: string, lang: AudioLang, asset?: string): number | null {
    const file = this.lineFile(scenarioId, lineId, lang, asset);
    if (!this.known(file)) return null;
    this.stopVoice();
    if (this.muted || this.paused) return this.duration(file);
    const h = this.howl(file, true);
    this.voice = h;
    const token = this.voiceToken;
    this.whenLoaded(h, () => {
      if (token !== this.voiceToken) return;
      this.sendListener(true);
      this.sendSource(h);
      h.play();
    });
    return this.duration(file);
  }

  /** The camera: position, forward and up in world space (three-style vectors). */
  setListener(position: Vec3Like, forward: Vec3Like, up: Vec3Like): void {
    toHowlerPosition(position, this.listener, 0);
    toHowlerOrientation(forward, up, this.listener, 3);
    if (this.spatialPlaying()) this.sendListener(false);
  }

  /** The patient's mouth in world space. */
  setSource(position: Vec3Like): void {
    toHowlerPosition(position, this.source, 0);
    const v = this.voice;
    if (v && v.playing() && moved(this.source, this.sentSource, 0, 3)) this.sendSource(v);
  }

  startAmbience(): void {
    this.ambienceWanted = true;
    this.syncAmbience();
  }

  /** A one-shot effect; spatial at `position` when given, otherwise at the listener (the alarm). */
  playSound(name: SoundName, position?: Vec3Like): void {
    const file = SOUND_FILES[name];
    if (this.muted || this.paused || !this.known(file)) return;
    const h = this.howl(file, position !== undefined, LEVELS[name]);
    const at = position && [position.x, position.y, position.z];
    const token = this.sfxToken;
    this.sfx.add(h);
    this.whenLoaded(h, () => {
      if (token !== this.sfxToken) return;
      if (at) {
        this.sendListener(true);
        h.pos(at[0]!, at[1], at[2]);
      }
      h.play();
    });
  }

  setVolume(v: number): void {
    Howler.volume(Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 1);
  }

  /** Muting silences and stops what plays (lines said while muted are skipped, not queued). */
  setMuted(m: boolean): void {
    this.muted = m;
    Howler.mute(m);
    if (m) this.stopSounds();
    this.syncAmbience();
  }

  /** Pause (run paused, a dialog open): everything stops; resume restarts the ambience only. */
  setPaused(p: boolean): void {
    this.paused = p;
    if (p) this.stopSounds();
    this.syncAmbience();
  }

  /** Stop everything, ambience included (end of the run). */
  stopAll(): void {
    this.ambienceWanted = false;
    this.stopSounds();
    this.syncAmbience();
  }

  /** Files (paths under public/audio/) playing now: the ?debug=1 test hook reads this. */
  playing(): string[] {
    const out: string[] = [];
    for (const [key, h] of this.howls) if (h.playing()) out.push(key.split('|')[0]!);
    return out;
  }

  dispose(): void {
    this.stopAll();
    for (const h of this.howls.values()) h.unload();
    this.howls.clear();
    this.sfx.clear();
  }

  private known(file: string): boolean {
    return this.manifest === null || file in this.manifest.files;
  }

  private howl(file: string, spatial: boolean, volume = LEVELS.voice, loop = false): Howl {
    const key = `${file}|${spatial ? 's' : 'f'}`;
    let h = this.howls.get(key);
    if (!h) {
      const opts: HowlOptions & { pos?: [number, number, number] } = {
        src: [this.base + file],
        format: ['ogg'],
        html5: false,
        preload: true,
        loop,
        volume,
        ...(spatial ? { ...PANNER, pos: [this.source[0]!, this.source[1]!, this.source[2]!] } : {}),
      };
      h = new Howl(opts);
      this.howls.set(key, h);
    }
    return h;
  }

  private stopVoice(): void {
    if (this.voice?.state() === 'loaded') this.voice.stop();
    this.voice = null;
    this.voiceToken++;
  }

  private stopSounds(): void {
    this.stopVoice();
    for (const h of this.sfx) if (h.state() === 'loaded') h.stop();
    this.sfx.clear();
    this.sfxToken++;
  }

  /**
   * Run fn once the file is decoded, unless muted or paused by then. Never hand howler calls to a
   * Howl still loading: its load queue waits for events a group-wide pos() does not emit when no
   * sound exists yet, and a stuck queue silently swallows the play that follows.
   */
  private whenLoaded(h: Howl, fn: () => void): void {
    const run = () => {
      if (!this.muted && !this.paused) fn();
    };
    if (h.state() === 'loaded') run();
    else h.once('load', run);
  }

  private syncAmbience(): void {
    const want = this.ambienceWanted && !this.muted && !this.paused && this.known(AMBIENCE_FILE);
    if (want === this.ambienceOn) return;
    this.ambienceOn = want;
    const h = this.howl(AMBIENCE_FILE, false, LEVELS.ambience, true);
    if (want) this.whenLoaded(h, () => this.ambienceOn && !h.playing() && h.play());
    else if (h.state() === 'loaded') h.stop();
  }

  private spatialPlaying(): boolean {
    if (this.voice?.playing()) return true;
    if (this.sfx.size === 0) return false;
    for (const h of this.sfx) if (h.playing()) return true;
    return false;
  }

  private sendListener(force: boolean): void {
    const l = this.listener;
    const s = this.sentListener;
    if (force || moved(l, s, 0, 3)) {
      Howler.pos(l[0]!, l[1], l[2]);
      s.set(l.subarray(0, 3), 0);
    }
    if (force || moved(l, s, 3, 9)) {
      Howler.orientation(l[3]!, l[4], l[5], l[6], l[7], l[8]);
      s.set(l.subarray(3, 9), 3);
    }
  }

  private sendSource(h: Howl): void {
    const p = this.source;
    h.pos(p[0]!, p[1], p[2]);
    this.sentSource.set(p);
  }
}

function moved(a: Float64Array, b: Float64Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!(Math.abs(a[i]! - b[i]!) < EPS)) return true;
  return false;
}
