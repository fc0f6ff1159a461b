import { beforeEach, describe, expect, it, vi } from 'vitest';

// happy-dom has no AudioContext: a stand-in howler records what the engine asks of it.
const h = vi.hoisted(() => {
  class FakeHowl {
    static all: FakeHowl[] = [];
    opts: Record<string, unknown>;
    static loadNow = true;
    isPlaying = false;
    loaded: boolean;
    onLoad: (() => void)[] = [];
    positions: number[][] = [];
    constructor(opts: Record<string, unknown>) {
      this.opts = opts;
      this.loaded = FakeHowl.loadNow;
      FakeHowl.all.push(this);
    }
    state() {
      return this.loaded ? 'loaded' : 'loading';
    }
    once(ev: string, fn: () => void) {
      if (ev === 'load') this.onLoad.push(fn);
      return this;
    }
    finishLoad() {
      this.loaded = true;
      this.onLoad.splice(0).forEach((f) => f());
    }
    play() {
      this.isPlaying = true;
      return 1;
    }
    stop() {
      this.isPlaying = false;
      return this;
    }
    playing() {
      return this.isPlaying;
    }
    pos(x: number, y: number, z: number) {
      this.positions.push([x, y, z]);
      return this;
    }
    unload() {}
  }
  const Howler = {
    pos: vi.fn(),
    orientation: vi.fn(),
    volume: vi.fn(),
    mute: vi.fn(),
  };
  return { FakeHowl, Howler };
});
vi.mock('howler', () => ({ Howl: h.FakeHowl, Howler: h.Howler }));

import { AudioEngine } from './AudioEngine';
import type { AudioManifest } from './manifest';

const entry = (duration: number) => ({ duration, bytes: 1000, hash: 'x' });
const manifest: AudioManifest = {
  version: 1,
  files: {
    'voice/s1/hello.nb.ogg': entry(2.5),
    'voice/s1/hello.en.ogg': entry(2.1),
    'recorded/kari-hello.nb.ogg': entry(3.4),
    'ambience-hospital.ogg': entry(10),
    'alarm.ogg': entry(3),
    'door.ogg': entry(0.8),
  },
};
const howlFor = (file: string) => h.FakeHowl.all.find((x) => (x.opts.src as string[])[0] === `audio/${file}`);
const at = (x: number, y: number, z: number) => ({ x, y, z });
const FWD = at(0, 0, -1);
const UP = at(0, 1, 0);

let e: AudioEngine;
beforeEach(() => {
  h.FakeHowl.all.length = 0;
  h.FakeHowl.loadNow = true;
  vi.clearAllMocks();
  e = new AudioEngine({ manifest });
});

describe('AudioEngine', () => {
  it('plays a line as Web Audio HRTF from the source position and returns its length', () => {
    e.setSource(at(-1.6, 1.2, -2.4));
    expect(e.playLine('s1', 'hello', 'en')).toBe(2.1);
    const howl = howlFor('voice/s1/hello.en.ogg')!;
    expect(howl.opts).toMatchObject({
      html5: false,
      format: ['ogg'],
      panningModel: 'HRTF',
      refDistance: 1,
      rolloffFactor: 1,
      pos: [-1.6, 1.2, -2.4],
    });
    expect(howl.positions.at(-1)).toEqual([-1.6, 1.2, -2.4]);
    expect(howl.isPlaying).toBe(true);
    expect(e.playing()).toEqual(['voice/s1/hello.en.ogg']);
    expect(e.lineDuration('s1', 'hello', 'nb')).toBe(2.5);
  });

  it("plays the scenario's own recording for a line that names one, in the languages it exists in", () => {
    expect(e.playLine('s1', 'hello', 'nb', 'kari-hello')).toBe(3.4);
    expect(e.playing()).toEqual(['recorded/kari-hello.nb.ogg']);
    // No English recording: the generated clip speaks the English line.
    expect(e.playLine('s1', 'hello', 'en', 'kari-hello')).toBe(2.1);
    expect(e.playing()).toEqual(['voice/s1/hello.en.ogg']);
    expect(e.lineDuration('s1', 'hello', 'nb', 'kari-hello')).toBe(3.4);
    h.FakeHowl.all.length = 0;
    new AudioEngine({ manifest }).preloadLines('s1', [{ id: 'hello', audio: 'kari-hello' }], 'nb');
    expect(h.FakeHowl.all.map((x) => (x.opts.src as string[])[0])).toEqual([
      'audio/recorded/kari-hello.nb.ogg',
    ]);
  });

  it('skips clips the manifest does not list, and a new line interrupts the previous one', () => {
    expect(e.playLine('s1', 'missing', 'nb')).toBeNull();
    expect(h.FakeHowl.all).toHaveLength(0);
    e.playLine('s1', 'hello', 'nb');
    e.playLine('s1', 'hello', 'en');
    expect(e.playing()).toEqual(['voice/s1/hello.en.ogg']);
  });

  it('sends the listener to howler only while something spatial plays, and only when it moved', () => {
    e.setListener(at(1, 1.65, 2), FWD, UP);
    expect(h.Howler.pos).not.toHaveBeenCalled();
    e.playLine('s1', 'hello', 'nb');
    expect(h.Howler.pos).toHaveBeenLastCalledWith(1, 1.65, 2);
    expect(h.Howler.orientation).toHaveBeenLastCalledWith(0, 0, -1, 0, 1, 0);
    h.Howler.pos.mockClear();
    h.Howler.orientation.mockClear();
    e.setListener(at(1, 1.65, 2), FWD, UP);
    expect(h.Howler.pos).not.toHaveBeenCalled();
    expect(h.Howler.orientation).not.toHaveBeenCalled();
    e.setListener(at(1.5, 1.65, 2), at(-1, 0, 0), UP);
    expect(h.Howler.pos).toHaveBeenCalledWith(1.5, 1.65, 2);
    expect(h.Howler.orientation).toHaveBeenCalledWith(-1, 0, 0, 0, 1, 0);
  });

  it('moves the playing voice with the patient', () => {
    e.playLine('s1', 'hello', 'nb');
    const howl = howlFor('voice/s1/hello.nb.ogg')!;
    const n = howl.positions.length;
    e.setSource(at(0, 1.6, 0));
    expect(howl.positions.length).toBe(n); // unchanged: no call
    e.setSource(at(0.5, 1.6, 0));
    expect(howl.positions.at(-1)).toEqual([0.5, 1.6, 0]);
  });

  it('loops the ambience once, and volume, mute and pause reach howler', () => {
    e.startAmbience();
    e.startAmbience();
    const amb = h.FakeHowl.all.filter((x) => (x.opts.src as string[])[0] === 'audio/ambience-hospital.ogg');
    expect(amb).toHaveLength(1);
    expect(amb[0]!.opts).toMatchObject({ loop: true, html5: false });
    expect(amb[0]!.opts.panningModel).toBeUndefined();
    e.setVolume(0.4);
    expect(h.Howler.volume).toHaveBeenCalledWith(0.4);
    e.setVolume(7);
    expect(h.Howler.volume).toHaveBeenLastCalledWith(1);

    e.playLine('s1', 'hello', 'nb');
    e.setMuted(true);
    expect(h.Howler.mute).toHaveBeenCalledWith(true);
    expect(e.playing()).toEqual([]);
    expect(e.playLine('s1', 'hello', 'nb')).toBe(2.5); // the mouth still gets the length
    expect(e.playing()).toEqual([]);
    e.setMuted(false);
    expect(e.playing()).toEqual(['ambience-hospital.ogg']);

    e.playLine('s1', 'hello', 'nb');
    e.setPaused(true);
    expect(e.playing()).toEqual([]);
    e.setPaused(false);
    expect(e.playing()).toEqual(['ambience-hospital.ogg']);
    e.stopAll();
    expect(e.playing()).toEqual([]);
  });

  it('plays the alarm at the listener and a door spatially where it is', () => {
    e.playSound('alarm');
    expect(howlFor('alarm.ogg')!.opts.panningModel).toBeUndefined();
    e.playSound('door', at(3.2, 1.2, 3));
    const door = howlFor('door.ogg')!;
    expect(door.opts.panningModel).toBe('HRTF');
    expect(door.positions.at(-1)).toEqual([3.2, 1.2, 3]);
    e.playSound('helpArrives'); // not in this manifest: nothing
    expect(howlFor('help-arrives.ogg')).toBeUndefined();
    expect(e.playing().sort()).toEqual(['alarm.ogg', 'door.ogg']);
  });

  it('starts a clip only once its file has loaded, and not at all if stopped or muted first', () => {
    h.FakeHowl.loadNow = false;
    e.setSource(at(2, 1.6, 1));
    e.playLine('s1', 'hello', 'nb');
    const nb = howlFor('voice/s1/hello.nb.ogg')!;
    expect(nb.isPlaying).toBe(false);
    expect(nb.positions).toEqual([]); // nothing handed to a Howl that is still loading
    nb.finishLoad();
    expect(nb.isPlaying).toBe(true);
    expect(nb.positions.at(-1)).toEqual([2, 1.6, 1]);

    e.playLine('s1', 'hello', 'en');
    const en = howlFor('voice/s1/hello.en.ogg')!;
    e.setMuted(true);
    e.setMuted(false);
    en.finishLoad();
    expect(en.isPlaying).toBe(false);
    expect(nb.isPlaying).toBe(false);
  });
});
