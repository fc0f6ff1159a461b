import { Canvas } from '@react-three/fiber';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DefaultLoadingManager } from 'three';
import { useT } from '../i18n';
import { DesktopInput } from '../input/desktop';
import type { Ending, Scenario } from '../scenario';
import { SceneContents } from '../scene';
import { Simulation } from '../sim';
import { getSettings, Hud, LoadingBar, useSettings } from '../ui';
import { runSeed, type RunParams } from './params';
import { createPatientView, exitWithinReach } from './patientView';
import type { RunStatus } from './runTypes';
import { SimDriver } from './SimDriver';
import { useRunKeys } from './useRunKeys';
import { useSimFeed } from './useSimFeed';

export interface RunScreenProps {
  scenario: Scenario;
  params: RunParams;
  onStatus: (s: RunStatus) => void;
  onEnd: (ending: Ending | null, time: number) => void;
  onQuit: () => void;
  /** A dialog (help, settings) is over the run: the sim holds still and keys go to the dialog. */
  overlayOpen: boolean;
  onShowHelp: () => void;
  onSettings: () => void;
}

/** One run: the simulation, the desktop input, the 3D room and the HUD over it. */
export function RunScreen({
  scenario,
  params,
  onStatus,
  onEnd,
  onQuit,
  overlayOpen,
  onSettings,
  onShowHelp,
}: RunScreenProps) {
  const t = useT();
  const settings = useSettings();
  const [sim] = useState(() => new Simulation(scenario, { seed: runSeed(params) }));
  const [input] = useState(
    () =>
      new DesktopInput({
        room: { width: scenario.setting.width, depth: scenario.setting.depth },
        start: scenario.setting.traineeStart,
        seatedHeight: getSettings().seatedHeight,
      }),
  );
  const patientView = useMemo(() => createPatientView(sim.view), [sim]);
  const [body, setBody] = useState(() => ({ ...pickBody(input) }));
  const [paused, setPaused] = useState(false);
  const [nearExit, setNearExit] = useState<string | null>(null);
  const [locked, setLocked] = useState(false);
  const [ready, setReady] = useState(false);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const pausedRef = useRef(false);
  pausedRef.current = paused || overlayOpen;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef({ exit: null as string | null, ended: false });
  const { caption, own, options, flush, showOwn } = useSimFeed(sim, onStatus);

  useEffect(() => input.setSeatedHeight(settings.seatedHeight), [input, settings.seatedHeight]);

  // ?debug=1: expose the run to the console and to diagnostics scripts (never used by the e2e assertions).
  useEffect(() => {
    if (!params.debug) return;
    (window as unknown as { rolig?: unknown }).rolig = { sim, input };
  }, [params.debug, sim, input]);

  useEffect(() => {
    DefaultLoadingManager.onProgress = (_url, loaded, total) =>
      setProgress(total > 0 ? loaded / total : undefined);
    return () => {
      DefaultLoadingManager.onProgress = () => {};
    };
  }, []);

  const checkEnd = useCallback(() => {
    flush();
    if (sim.done && !frameRef.current.ended) {
      frameRef.current.ended = true;
      document.exitPointerLock?.();
      onEnd(sim.outcome, sim.time);
    }
  }, [sim, onEnd, flush]);

  const afterFrame = useCallback(() => {
    const r = frameRef.current;
    if (!ready) setReady(true);
    const exit = exitWithinReach(scenario.setting.exits, input.signals.position);
    if (exit !== r.exit) setNearExit((r.exit = exit));
    checkEnd();
  }, [ready, sim, input, scenario, checkEnd]);

  const act = (fn: () => void) => {
    if (pausedRef.current || sim.done) return;
    fn();
    checkEnd();
  };
  const say = (id: string) =>
    act(() => {
      const o = options.find((x) => x.id === id);
      if (!o) return;
      showOwn(o.text);
      sim.say(id);
    });
  const togglePause = () =>
    setPaused((p) => {
      if (!p) {
        input.releaseAll();
        document.exitPointerLock?.();
      }
      return !p;
    });
  const leave = () => act(() => nearExit && sim.withdraw(nearExit));
  const syncBody = () => setBody(pickBody(input));

  useRunKeys(
    input,
    {
      say: (i) => {
        const o = options[i];
        if (o) say(o.id);
      },
      alarm: () => act(() => sim.raiseAlarm()),
      callHelp: () => act(() => sim.callHelp()),
      leave,
      togglePause,
      showHelp: onShowHelp,
      bodyChanged: syncBody,
    },
    { enabled: !overlayOpen, paused, canvas: () => canvasRef.current, onPointerLock: setLocked },
  );

  const exitLabel = scenario.setting.exits.find((e) => e.id === nearExit)?.label;
  const start = scenario.setting.traineeStart;
  return (
    <div className="run" data-testid="run-screen" data-ready={ready ? '1' : '0'}>
      <Canvas
        ref={canvasRef}
        dpr={params.fixedTime ? 1 : [1, 2]}
        camera={{ fov: 70, near: 0.05, far: 60, position: [start.position[0], 1.65, start.position[1]] }}
        gl={{ antialias: false, preserveDrawingBuffer: params.fixedTime }}
        onClick={() => !paused && canvasRef.current?.requestPointerLock?.()}
        aria-label={t.tx(scenario.setting.label)}
      >
        <Suspense fallback={null}>
          <SceneContents
            setting={scenario.setting}
            appearance={scenario.patient.appearance}
            view={patientView}
          />
          <SimDriver
            sim={sim}
            input={input}
            patientView={patientView}
            pausedRef={pausedRef}
            fixedTime={params.fixedTime}
            speed={params.speed}
            afterFrame={afterFrame}
          />
        </Suspense>
      </Canvas>
      {locked && <div className="crosshair" aria-hidden="true" />}
      <Hud
        subtitle={caption ? t.tx(caption.text) : null}
        ownLine={own ? t.tx(own.text) : null}
        options={options}
        onSay={say}
        body={{
          ...body,
          onHands: (h) => (input.setHands(h), syncBody()),
          onStance: (s) => (input.setStance(s), syncBody()),
          onCrouch: (c) => (input.setCrouched(c), syncBody()),
        }}
        paused={paused}
        onPause={togglePause}
        onAlarm={() => act(() => sim.raiseAlarm())}
        onCallHelp={() => act(() => sim.callHelp())}
        onShowHelp={onShowHelp}
        onQuit={onQuit}
        onSettings={onSettings}
        nearExit={exitLabel ? t.tx(exitLabel) : null}
        onLeave={leave}
        pointerLocked={locked}
      />
      {!ready && <LoadingBar value={progress} />}
    </div>
  );
}

function pickBody(input: DesktopInput) {
  return { hands: input.signals.hands, stance: input.signals.stance, crouched: input.crouched };
}
