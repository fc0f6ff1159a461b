import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useRunAudio } from '../../audio';
import type { DebriefRecord } from '../../debrief';
import { useT } from '../../i18n';
import { useRunKeys } from '../../input/desktop';
import type { Scenario } from '../../scenario';
import {
  DecisionWatch,
  type CaptionStore,
  type DecisionPoint,
  type ResumeState,
  type RunSession,
  type RunStatus,
} from '../../session';
import { FreezeOverlay } from '../../ui/freeze';
import { CaptionedHud, LoadingBar, useSettings } from '../../ui';
import { useLoadProgress, useModule, usePreparedScene } from '../loading';
import type { RunParams } from '../params';
import { EnterVrButton } from '../xr';
import { useXrRun, xrRuntime } from '../xr/useXrRun';
import { useDebugHooks } from './debug';
import { patientViewOf } from './patientView';
import { useDesktopInput, useNearExit } from './useDesktopInput';
import { RunCanvas } from './RunCanvas';
import { useRunActs } from './useRunActs';
import { useRunEnd } from './useRunEnd';
import { useRunSession } from './useRunSession';
import type { Delivery, Outcome } from '../../sim';
import type { UtteranceOption } from '../../scenario';

export interface RunScreenProps {
  scenario: Scenario;
  params: RunParams;
  onStatus: (s: RunStatus) => void;
  /** `record` is the run's learning-debrief record (also stored). */
  onEnd: (ending: Outcome | null, time: number, record?: DebriefRecord) => void;
  /** Continue an interrupted run (replayed from its autosaved input log). */
  resume?: ResumeState;
  onQuit: () => void;
  /** A dialog (help, settings) is over the run: the sim holds still and keys go to the dialog. */
  overlayOpen: boolean;
  onShowHelp: () => void;
  onSettings: () => void;
  /** The group walkthrough (issue 19): the run stops at decision points and the presenter's screen is drawn. */
  presenter?: PresenterBinding;
}

/** What the group walkthrough gives a run and gets from it. */
export interface PresenterBinding {
  /** The decision points a fork inherits from the branch it was forked from. */
  inherited: readonly DecisionPoint[];
  /** The run's session and its decision watch, once made. */
  onReady: (session: RunSession, watch: DecisionWatch) => void;
  render: (bits: PresenterBits) => ReactNode;
}

export interface PresenterBits {
  captions: CaptionStore;
  options: readonly UtteranceOption[];
  due: DecisionPoint | null;
  points: readonly DecisionPoint[];
  delivery: Delivery;
  setDelivery: (d: Delivery) => void;
  choose: (optionId: string) => void;
  goOn: () => void;
  stop: () => void;
  /** The instructor steers: a line of his said for him, or his arousal moved a step. */
  instruct: (ev: { act: 'line'; lineId: string } | { act: 'nudge'; delta: number }) => void;
  phaseId: string;
}

const noSubscribe = () => () => {};

/** One run: its session, the desktop input, the 3D room, the HUD over it (or the headset's panels). */
export function RunScreen(props: RunScreenProps) {
  const { scenario, params, overlayOpen } = props;
  const t = useT();
  const settings = useSettings();
  const run = useRunSession(scenario, params, props.onStatus, props.resume);
  const { session, sim, freeze } = run;
  const input = useDesktopInput(scenario, sim, props.resume !== undefined, freeze);
  const patientView = useMemo(() => patientViewOf(sim.view, sim.context.signals), [sim]);
  const { nearExit, update: updateNearExit } = useNearExit(scenario, sim);
  const [locked, setLocked] = useState(false);
  const [ready, setReady] = useState(false);
  const progress = useLoadProgress();
  const prepared = usePreparedScene(scenario);
  const pausedRef = useRef(false);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // The headset: leaving VR or losing visibility pauses; the end screen waits until VR is left.
  const xr = useXrRun({
    onPause: () => acts.setPaused(true),
    onResume: () => acts.setPaused(false),
    onEnd: props.onEnd,
    preload: ready,
  });
  const xrLayer = useModule(xrRuntime, xr.store !== null);
  const { checkEnd, lingering } = useRunEnd(session, xr);
  const acts = useRunActs(session, input, { pausedRef, checkEnd, nearExit });
  const presenter = props.presenter;
  const [watch] = useState(() => (presenter ? new DecisionWatch(sim, presenter.inherited) : null));
  useEffect(() => {
    if (watch) presenter?.onReady(session, watch);
    return () => watch?.dispose();
    // Once per run: the binding's identity may change with its parent's renders.
  }, [watch, session]);
  const due = useSyncExternalStore(watch?.subscribe ?? noSubscribe, () => watch?.due ?? null);
  const held = acts.paused || overlayOpen || freeze !== null || due !== null;
  pausedRef.current = held;
  const choose = (id: string) => {
    if (!watch?.due) return;
    watch.decide(id);
    pausedRef.current = acts.paused || overlayOpen || freeze !== null;
    acts.say(id);
  };
  const audio = useRunAudio(sim, scenario, {
    paused: held,
    volume: settings.volume,
    muted: settings.muted,
    ready,
  });
  useDebugHooks(params.debug, sim, input, audio.debug);

  const afterFrame = useCallback(() => {
    if (!ready) setReady(true);
    updateNearExit();
    run.afterFrame();
    checkEnd();
  }, [ready, updateNearExit, checkEnd, run.afterFrame]);

  useRunKeys(
    input,
    {
      say: (i) => {
        const o = run.options[i];
        if (o && watch) choose(o.id);
        else if (o) acts.say(o.id);
      },
      ...(watch ? { space: () => (watch.due ? watch.decide(null) : watch.stop()) } : {}),
      alarm: acts.alarm,
      callHelp: acts.callHelp,
      leave: acts.leave,
      togglePause: acts.togglePause,
      showHelp: props.onShowHelp,
      bodyChanged: acts.syncBody,
    },
    {
      enabled: !overlayOpen && !freeze,
      paused: acts.paused,
      canvas: () => canvasRef.current,
      onPointerLock: setLocked,
    },
  );

  const exitLabel = scenario.setting.exits.find((e) => e.id === nearExit)?.label;
  const nearExitText = exitLabel ? t.tx(exitLabel) : null;
  const drive = useMemo(
    () => ({ session, patientView, pausedRef, fixedTime: params.fixedTime, speed: params.speed, afterFrame }),
    [session, patientView, params.fixedTime, params.speed, afterFrame],
  );
  const common = {
    options: run.options,
    onSay: acts.say,
    paused: acts.paused,
    onAlarm: acts.alarm,
    onCallHelp: acts.callHelp,
    nearExit: nearExitText,
    onLeave: acts.leave,
  };
  return (
    <div
      className="run"
      data-testid="run-screen"
      data-ready={ready ? '1' : '0'}
      data-scene={prepared === undefined ? '' : prepared ? 'packed' : 'built'}
      data-xr={xr.presenting ? '1' : '0'}
    >
      <RunCanvas
        canvasRef={canvasRef}
        scenario={scenario}
        drive={drive}
        input={input}
        prepared={prepared}
        hidden={freeze !== null}
        audio={audio.engine}
        xr={xr}
        xrLayer={xrLayer}
        xrProps={{
          ...common,
          scenario,
          onTogglePause: acts.togglePause,
          delivery: acts.body.delivery,
          onDelivery: (d) => ((input.delivery = d), acts.syncBody()),
          freeze,
          onAnswerFreeze: run.answerFreeze,
        }}
        debug={params.debug}
        label={t.tx(scenario.setting.label)}
        onClick={() => {
          if (!acts.paused) void canvasRef.current?.requestPointerLock?.();
        }}
      />
      {locked && <div className="crosshair" aria-hidden="true" />}
      {!xr.presenting && !presenter && (
        <div className="enter-vr-again" style={{ position: 'absolute', top: 12, right: 12, zIndex: 5 }}>
          <EnterVrButton onEnter={xr.enter} again />
        </div>
      )}
      {/* The HUD mounts with the room's first frame (`ready`): its text's first layout would
          otherwise hold that frame back, and until then the loading bar is all there is to read. */}
      {ready && presenter && watch
        ? presenter.render({
            captions: session.feed.captions,
            options: run.options,
            due,
            points: watch.points,
            delivery: acts.body.delivery,
            setDelivery: (d) => ((input.delivery = d), acts.syncBody()),
            choose,
            goOn: () => watch.decide(null),
            stop: () => watch.stop(),
            instruct: (ev) => {
              sim.instruct(ev);
              checkEnd();
            },
            phaseId: sim.view.phaseId,
          })
        : ready && (
            <CaptionedHud
              captions={session.feed.captions}
              {...common}
              body={{
                ...acts.body,
                onHands: (h) => (input.setHands(h), acts.syncBody()),
                onStance: (s) => (input.setStance(s), acts.syncBody()),
                onCrouch: (c) => (input.setCrouched(c), acts.syncBody()),
                onDelivery: (d) => ((input.delivery = d), acts.syncBody()),
              }}
              onPause={acts.togglePause}
              onShowHelp={props.onShowHelp}
              onQuit={props.onQuit}
              onSettings={props.onSettings}
              pointerLocked={locked}
            />
          )}
      {freeze && !xr.presenting && (
        <FreezeOverlay key={freeze.index} questions={freeze.questions} onSubmit={run.answerFreeze} />
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
export { Walkthrough, type WalkthroughProps } from './Walkthrough';
