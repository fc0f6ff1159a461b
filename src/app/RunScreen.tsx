import { Canvas, useThree } from '@react-three/fiber';
import { memo, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { DefaultLoadingManager } from 'three';
import { useT } from '../i18n';
import { DesktopInput } from '../input/desktop';
import type { Ending, Scenario } from '../scenario';
import { SceneContents, type SceneData } from '../scene';
import { takeScene } from './scenePrefetch';
import { Simulation } from '../sim';
import { getSettings, Hud, LoadingBar, useSettings, type HudProps } from '../ui';
import { runSeed, type RunParams } from './params';
import { createPatientView, exitWithinReach } from './patientView';
import type { RunStatus } from './runTypes';
import { AudioFollower } from './AudioFollower';
import { SimDriver } from './SimDriver';
import { useRunAudio } from './useRunAudio';
import { useRunKeys } from './useRunKeys';
import { useRunRecord, type ResumeState } from './useRunRecord';
import { FreezeOverlay } from '../ui/debrief';
import type { DebriefRecord } from '../debrief';
import { useCaptions, useSimFeed, type CaptionStore } from './useSimFeed';
import { peekVoiceTone, takeVoiceTone } from './voice/voice';
import { EnterVrButton } from './xr';
import { useModule } from './useModule';
import { useXrRun, xrRuntime } from './xr/useXrRun';
import { panelButtonIds, panelButtonPoint } from './xr/CanvasPanel';
import type { XrRunLayerProps } from './xr/XrRunLayer';

/** The scene and the frame loops re-render only when their own props change, not with the HUD. */
const SceneMemo = memo(SceneContents);
const SimDriverMemo = memo(SimDriver);
const AudioMemo = memo(AudioFollower);

export interface RunScreenProps {
  scenario: Scenario;
  params: RunParams;
  onStatus: (s: RunStatus) => void;
  /** `record` is the run's learning-debrief record (also stored). */
  onEnd: (ending: Ending | null, time: number, record?: DebriefRecord) => void;
  /** Continue an interrupted run (replayed from its autosaved input log). */
  resume?: ResumeState;
  onQuit: () => void;
  /** A dialog (help, settings) is over the run: the sim holds still and keys go to the dialog. */
  overlayOpen: boolean;
  onShowHelp: () => void;
  onSettings: () => void;
}

/** ?debug=1: the three scene and renderer on window.rolig, for diagnostics from the console. */
function ExposeScene() {
  const { scene, gl } = useThree();
  useEffect(() => {
    const w = window as unknown as { rolig?: Record<string, unknown> };
    w.rolig = { ...(w.rolig ?? {}), scene, gl };
  }, [scene, gl]);
  return null;
}

/** The captions as text in the language in use; a change renders only the caller. */
function useCaptionText(store: CaptionStore) {
  const t = useT();
  const { caption, own } = useCaptions(store);
  return { caption: caption ? t.tx(caption.text) : null, own: own ? t.tx(own.text) : null };
}

/**
 * The HUD, subscribed to the captions itself: a line said or gone renders the HUD, not the run
 * screen, the canvas's props and the scene's reconciliation with it.
 */
function CaptionedHud({
  captions,
  ...hud
}: Omit<HudProps, 'subtitle' | 'ownLine'> & { captions: CaptionStore }) {
  const { caption, own } = useCaptionText(captions);
  return <Hud {...hud} subtitle={caption} ownLine={own} />;
}

/** The headset's layer, subscribed to the captions itself (its panel shows them). */
function CaptionedXrLayer({
  layer: Layer,
  captions,
  ...props
}: Omit<XrRunLayerProps, 'caption' | 'own'> & {
  layer: (p: XrRunLayerProps) => ReactNode;
  captions: CaptionStore;
}) {
  const { caption, own } = useCaptionText(captions);
  return <Layer {...props} caption={caption} own={own} />;
}

const NO_RESIZE_DEBOUNCE = { scroll: false, debounce: 0 } as const;

/** Longest wait (s) for the patient's last line before the end screen. */
const END_LINGER_S = 8;

/** One run: the simulation, the desktop input, the 3D room and the HUD over it. */
export function RunScreen({
  scenario,
  params,
  onStatus,
  onEnd,
  resume,
  onQuit,
  overlayOpen,
  onSettings,
  onShowHelp,
}: RunScreenProps) {
  const t = useT();
  const settings = useSettings();
  const [sim] = useState(() => resume?.sim ?? new Simulation(scenario, { seed: runSeed(params) }));
  const [input] = useState(
    () =>
      new DesktopInput({
        room: { width: scenario.setting.width, depth: scenario.setting.depth },
        start: resume ? resumeStart(resume) : scenario.setting.traineeStart,
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
  // The room's and the patient's geometry, packed at build time and fetched since the briefing opened
  // (or the deep link loaded): undefined until here, null to build them in the scene (nothing
  // packed, or the fetch failed).
  const [prepared, setPrepared] = useState<SceneData | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const taken = takeScene(scenario);
    if (!taken) setPrepared(null);
    else void taken.then((data) => live && setPrepared(data));
    return () => {
      live = false;
    };
  }, [scenario]);
  const pausedRef = useRef(false);
  const learning = useRunRecord(sim, scenario, resume);
  pausedRef.current = paused || overlayOpen || learning.freeze !== null;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef({ exit: null as string | null, ended: false });
  const { captions, options, flush, showOwn, lineLeft } = useSimFeed(sim, onStatus);
  const [lingering, setLingering] = useState<(() => void) | null>(null);
  // The headset: leaving VR or losing visibility pauses; the end screen waits until VR is left.
  const xr = useXrRun({
    onPause: () => setPaused(true),
    onResume: () => setPaused(false),
    onEnd,
    preload: ready,
  });
  const xrLayer = useModule(xrRuntime, xr.store !== null);
  const audio = useRunAudio(sim, scenario, {
    paused: paused || overlayOpen || learning.freeze !== null,
    volume: settings.volume,
    muted: settings.muted,
    ready,
  });

  useEffect(() => input.setSeatedHeight(settings.seatedHeight), [input, settings.seatedHeight]);

  // A SAGAT freeze: let go of held keys so nothing moves on when the run resumes.
  useEffect(() => {
    if (!learning.freeze) return;
    input.releaseAll();
    document.exitPointerLock?.();
  }, [learning.freeze, input]);

  // ?debug=1: expose the run to the console and diagnostics (the audio e2e reads rolig.audio.playing()).
  useEffect(() => {
    if (!params.debug) return;
    const w = window as unknown as { rolig?: Record<string, unknown> };
    w.rolig = {
      ...(w.rolig ?? {}),
      sim,
      input,
      audio: audio.debug,
      /** Where a button of a named in-VR panel is, in the XR reference space (the e2e tests aim there). */
      xrButton: panelButtonPoint,
      xrButtons: panelButtonIds,
      voiceTone: peekVoiceTone,
    };
  }, [params.debug, sim, input, audio.debug]);

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
      let once = false;
      const end = () => {
        if (once) return;
        once = true;
        xr.endRun(sim.outcome, sim.time, learning.finish());
      };
      // On the screen, the patient's last line is heard and read in the room before the end screen
      // takes over (at most END_LINGER_S; a button skips it). The headset shows its end panel over
      // the room anyway.
      const linger = xr.presenting ? 0 : Math.min(lineLeft(), END_LINGER_S);
      if (linger > 0.2) setLingering(() => end);
      else end();
    }
  }, [sim, xr.endRun, xr.presenting, flush, lineLeft, learning.finish]);

  // The end is waiting for the last line: go on when it has been said (or on the button).
  useEffect(() => {
    if (!lingering) return;
    const id = setTimeout(lingering, Math.min(lineLeft(), END_LINGER_S) * 1000);
    return () => clearTimeout(id);
  }, [lingering, lineLeft]);

  const afterFrame = useCallback(() => {
    const r = frameRef.current;
    if (!ready) setReady(true);
    const exit = exitWithinReach(scenario.setting.exits, sim.context.signals.position);
    if (exit !== r.exit) setNearExit((r.exit = exit));
    learning.afterFrame();
    checkEnd();
  }, [ready, sim, input, scenario, checkEnd, learning.afterFrame]);

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
      sim.say(id, takeVoiceTone());
    });
  const togglePause = () =>
    setPaused((p) => {
      if (!p) {
        input.releaseAll();
        document.exitPointerLock?.();
        learning.saveNow();
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
    {
      enabled: !overlayOpen && !learning.freeze,
      paused,
      canvas: () => canvasRef.current,
      onPointerLock: setLocked,
    },
  );

  const exitLabel = scenario.setting.exits.find((e) => e.id === nearExit)?.label;
  // What either frame loop (the desktop's SimDriver, the headset's) drives the run with.
  const drive = useMemo(
    () => ({ sim, patientView, pausedRef, fixedTime: params.fixedTime, speed: params.speed, afterFrame }),
    [sim, patientView, params.fixedTime, params.speed, afterFrame],
  );
  const start = scenario.setting.traineeStart;
  // The canvas's options, made once: the HUD's state (a caption, the body-language buttons) changes
  // often, and each change renders this component; the canvas and the scene in it are left alone.
  const canvasProps = useMemo(
    () => ({
      dpr: params.fixedTime ? 1 : ([1, 2] as [number, number]),
      camera: {
        fov: 70,
        near: 0.05,
        far: 60,
        position: [start.position[0], 1.65, start.position[1]] as const,
      },
      gl: { antialias: false, preserveDrawingBuffer: params.fixedTime },
    }),
    [params.fixedTime, start],
  );
  return (
    <div
      className="run"
      data-testid="run-screen"
      data-ready={ready ? '1' : '0'}
      data-scene={prepared === undefined ? '' : prepared ? 'packed' : 'built'}
      data-xr={xr.presenting ? '1' : '0'}
    >
      <Canvas
        ref={canvasRef}
        dpr={canvasProps.dpr}
        camera={canvasProps.camera}
        gl={canvasProps.gl}
        // R3F measures the canvas through a ResizeObserver debounced by 50 ms for scrolling, which
        // also holds back the first mount of the scene; this canvas fills a page that never scrolls.
        resize={NO_RESIZE_DEBOUNCE}
        onClick={() => {
          if (!paused) void canvasRef.current?.requestPointerLock?.();
        }}
        aria-label={t.tx(scenario.setting.label)}
      >
        {prepared !== undefined && (
          <>
            {/* A SAGAT freeze hides the scene (in VR a neutral room takes its place). Nothing in the
                room takes XR pointer events: the rays skip it instead of hit-testing every mesh. */}
            <group
              visible={!learning.freeze}
              pointerEvents="none"
              intersectChildren={false}
              matrixAutoUpdate={false}
            >
              <SceneMemo
                setting={scenario.setting}
                appearance={scenario.patient.appearance}
                view={patientView}
                prepared={prepared}
              />
            </group>
            {!xr.presenting && !xr.waiting && <SimDriverMemo input={input} {...drive} />}
            {params.debug && <ExposeScene />}
            <AudioMemo
              engine={audio.engine}
              view={sim.view}
              bodyHeight={scenario.patient.appearance.height}
            />
          </>
        )}
        {/* The headset's layer, beside the scene: only once VR is wanted (xr/useXrRun.ts). */}
        {prepared !== undefined && xr.store && xrLayer && (
          <Suspense fallback={null}>
            <CaptionedXrLayer
              layer={xrLayer.XrRunLayer}
              captions={captions}
              xr={xr}
              store={xr.store}
              scenario={scenario}
              {...drive}
              options={options}
              onSay={say}
              paused={paused}
              onTogglePause={togglePause}
              onAlarm={() => act(() => sim.raiseAlarm())}
              onCallHelp={() => act(() => sim.callHelp())}
              nearExit={exitLabel ? t.tx(exitLabel) : null}
              onLeave={leave}
              freeze={learning.freeze}
              onAnswerFreeze={learning.answerFreeze}
            />
          </Suspense>
        )}
      </Canvas>
      {locked && <div className="crosshair" aria-hidden="true" />}
      {!xr.presenting && (
        <div className="enter-vr-again" style={{ position: 'absolute', top: 12, right: 12, zIndex: 5 }}>
          <EnterVrButton onEnter={xr.enter} again />
        </div>
      )}
      {/* The HUD mounts with the room's first frame (`ready`): its text's first layout would
          otherwise hold that frame back, and until then the loading bar is all there is to read. */}
      {ready && (
        <CaptionedHud
          captions={captions}
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
      )}
      {learning.freeze && !xr.presenting && (
        <FreezeOverlay
          key={learning.freeze.index}
          questions={learning.freeze.questions}
          onSubmit={learning.answerFreeze}
        />
      )}
      {lingering && (
        <div className="run-over" role="status" data-testid="run-over">
          <span>{t('run.over')}</span>
          <button type="button" className="btn primary" onClick={lingering}>
            {t('run.overContinue')}
          </button>
        </div>
      )}
      {!ready && <LoadingBar value={progress} />}
    </div>
  );
}

function pickBody(input: DesktopInput) {
  return { hands: input.signals.hands, stance: input.signals.stance, crouched: input.crouched };
}

/** Where the trainee stood when an interrupted run was saved. */
function resumeStart(r: ResumeState) {
  const s = r.sim.context.signals;
  return {
    position: [s.position[0], s.position[1]] as [number, number],
    facingDeg: (s.facing * 180) / Math.PI,
  };
}
