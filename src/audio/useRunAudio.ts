import { useEffect, useRef, useState } from 'react';
import { AudioEngine, loadAudioManifest } from '.';
import { getLang, useLang } from '../i18n';
import type { Scenario } from '../scenario';
import type { SimEffect, Simulation } from '../sim';

/** Read-only view of the run's audio for the ?debug=1 hook (window.rolig.audio). */
export interface AudioDebug {
  /** Files under public/audio/ playing now. */
  playing: () => string[];
}

/**
 * The run's audio engine: created once the room has shown its first frame (`ready`; creating the
 * AudioContext and fetching the clips would delay that frame, issue #3) and disposed on unmount, fed
 * the sim's say and sound effects, kept in step with the volume and mute settings and with pause.
 * The frame loop moves the listener and the source through the returned ref (AudioFollower).
 */
export function useRunAudio(
  sim: Simulation,
  scenario: Scenario,
  opts: { paused: boolean; volume: number; muted: boolean; ready: boolean },
) {
  const engine = useRef<AudioEngine | null>(null);
  const [debug] = useState<AudioDebug>(() => ({ playing: () => engine.current?.playing() ?? [] }));
  const o = useRef(opts);
  o.current = opts;
  const ready = opts.ready;

  useEffect(() => {
    if (!ready) return;
    const e = new AudioEngine();
    engine.current = e;
    e.setVolume(o.current.volume);
    e.setMuted(o.current.muted);
    e.setPaused(o.current.paused);
    const door = scenario.setting.exits.find((x) => x.kind === 'door') ?? scenario.setting.exits[0];
    const doorAt = door && { x: door.position[0], y: 1.2, z: door.position[1] };
    const own = new Map(scenario.lines.map((l) => [l.id, l.audio]));
    const say = (lineId: string) => {
      const d = e.playLine(scenario.id, lineId, getLang(), own.get(lineId));
      if (d !== null) sim.setSpeakingFor(d);
    };
    let live = true;
    void loadAudioManifest('audio/').then((m) => {
      if (!live) return;
      if (m) {
        e.setManifest(m);
        e.preloadLines(scenario.id, scenario.lines, getLang());
      }
      // The room shows and the manifest is in: room tone, and the opening line (said as the sim
      // started, before anyone listened) if the patient is still saying it.
      e.startAmbience();
      const first = sim.view.lastLineId;
      if (first && sim.view.speaking) say(first);
    });
    const off = sim.on('*', (fx: SimEffect) => {
      if (fx.type === 'say') say(fx.lineId);
      else if (fx.type === 'sound') e.playSound(fx.sound, fx.sound === 'alarm' ? undefined : doorAt);
    });
    return () => {
      live = false;
      off();
      e.dispose();
      engine.current = null;
    };
  }, [sim, scenario, ready]);

  useEffect(() => engine.current?.setVolume(opts.volume), [opts.volume]);
  useEffect(() => engine.current?.setMuted(opts.muted), [opts.muted]);
  useEffect(() => engine.current?.setPaused(opts.paused), [opts.paused]);
  // Switching language mid-run: have the other language's clips ready before the next line.
  const lang = useLang();
  useEffect(() => {
    engine.current?.preloadLines(scenario.id, scenario.lines, lang);
  }, [lang, scenario]);

  return { engine, debug };
}
