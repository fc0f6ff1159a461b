import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useT } from '../i18n';
import type { DebriefRecord } from '../debrief';
import type { Scenario } from '../scenario';
import type { StoredRun } from '../storage';
import type { LogEntry } from '../sim';
import { RecoveryBanner } from '../ui';
import {
  BriefingScreen,
  EndScreen,
  HelpOverlay,
  LoadingBar,
  SettingsDialog,
  SimStatus,
  StartScreen,
  useSettings,
  type ScenarioEntry,
} from '../ui';
import { getProfile, lrsEndpoint } from '../ui';
import { readRunParams } from './params';
import { prepareScene } from './loading/scenePrefetch';
import { useModule } from './loading/useModule';
import { runScreenModule } from './loading/runScreenModule';
import type { RunStatus } from './runTypes';
import { bundledScenarios } from './scenarios';
import { VoiceOptIn } from './VoiceOptIn';
import { EnterVrButton, requestVrSession } from './xr';
import type { ResumeState } from '../session';
import type { Outcome } from '../sim';

const DebriefView = lazy(() => import('../ui/debrief').then((m) => ({ default: m.DebriefView })));
// The scenario inspector (elkjs, what-if runs, coverage) is its own chunk, loaded when opened.
const InspectorPage = lazy(() => import('../ui/inspector').then((m) => ({ default: m.InspectorPage })));
const recovery = () => import('./recovery');
const lrsDelivery = () => import('./lrsDelivery');
const HistoryPage = lazy(() => import('./HistoryPage').then((m) => ({ default: m.HistoryPage })));
const PhonePage = lazy(() => import('./PhonePage').then((m) => ({ default: m.PhonePage })));
const RunChartsPage = lazy(() => import('./HistoryPage').then((m) => ({ default: m.RunChartsPage })));

type Screen =
  | { name: 'start' }
  | { name: 'briefing'; scenario: Scenario }
  | { name: 'run'; scenario: Scenario; runKey: number; resume?: ResumeState; presenter?: boolean }
  | { name: 'end'; scenario: Scenario; ending: Outcome | null; time: number; record?: DebriefRecord }
  | { name: 'debrief'; scenario: Scenario; record: DebriefRecord; from?: 'history' }
  | { name: 'inspector' }
  | { name: 'history' }
  | { name: 'charts' }
  | { name: 'phone'; code: string };

const EMPTY_STATUS: RunStatus = { phase: null, cycle: null, outcome: null };

export function App({ entries: given }: { entries?: ScenarioEntry[] }) {
  const t = useT();
  const settings = useSettings();
  const entries = useMemo(() => given ?? bundledScenarios(), [given]);
  const params = useMemo(() => readRunParams(), []);
  const [screen, setScreen] = useState<Screen>(() => {
    if (params.inspector) return { name: 'inspector' };
    if (params.join) return { name: 'phone', code: params.join };
    const linked = entries.find((e) => e.ok && e.scenario.id === params.scenario);
    if (!linked?.ok) return { name: 'start' };
    return params.enter
      ? {
          name: 'run',
          scenario: linked.scenario,
          runKey: 1,
          ...(params.presenter ? { presenter: true } : {}),
        }
      : { name: 'briefing', scenario: linked.scenario };
  });
  const [overlay, setOverlay] = useState<'settings' | 'help' | null>(null);
  const [surprise, setSurprise] = useState(params.surprise === true);
  const [status, setStatus] = useState<RunStatus>(EMPTY_STATUS);
  const [interrupted, setInterrupted] = useState<{ run: StoredRun; scenario: Scenario } | null>(null);
  const runScreen = useModule(runScreenModule, screen.name === 'run');

  // An interrupted run (closed or crashed tab) is offered for resume or debrief on the start screen.
  useEffect(() => {
    if (screen.name !== 'start') return;
    let live = true;
    void recovery()
      .then((m) => m.findInterrupted())
      .then((run) => {
        const e = run && entries.find((x) => x.ok && x.scenario.id === run.scenarioId);
        if (live) setInterrupted(run && e?.ok ? { run, scenario: e.scenario } : null);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [screen.name, entries]);

  const scenarioOf = (s: Screen) => ('scenario' in s ? s.scenario : null);
  const current = scenarioOf(screen);
  const recover = (how: 'resume' | 'debrief' | 'discard') => {
    if (!interrupted) return;
    const { run, scenario } = interrupted;
    setInterrupted(null);
    void recovery().then(async (m) => {
      if (how === 'discard') return m.discardRun(run.id);
      if (how === 'resume') {
        const resume = await m.resumeRun(run, scenario);
        setStatus(EMPTY_STATUS);
        return setScreen({ name: 'run', scenario, runKey: Date.now(), resume });
      }
      setScreen({ name: 'debrief', scenario, record: await m.debriefRun(run, scenario) });
    });
  };

  // Statements queued while offline are delivered on start and when the browser comes online.
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    if (!lrsEndpoint(getProfile().lrs)) return;
    void lrsDelivery().then((m) => {
      if (live) stop = m.startDelivery();
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = t.lang;
  }, [t.lang]);

  // While the trainee reads the briefing, the scene's packed geometry is fetched (scenePrefetch.ts)…
  const briefed = screen.name === 'briefing' ? screen.scenario : null;
  useEffect(() => {
    if (!briefed) return;
    void prepareScene(briefed);
    // …and the run's code, so Enter shows the room without waiting for it.
    runScreenModule.get().catch(() => undefined);
  }, [briefed]);

  // F1 / ? opens the controls from any screen (the run screen handles its own keys).
  useEffect(() => {
    if (screen.name === 'run') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F1' || (e.key === '?' && !(e.target instanceof HTMLInputElement))) {
        e.preventDefault();
        setOverlay('help');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screen.name]);

  const choose = (id: string) => {
    const e = entries.find((x) => x.ok && x.scenario.id === id);
    if (e?.ok) setScreen({ name: 'briefing', scenario: e.scenario });
  };
  const startRun = (scenario: Scenario, presenter = false) => {
    setStatus(EMPTY_STATUS);
    setScreen({ name: 'run', scenario, runKey: Date.now(), ...(presenter ? { presenter: true } : {}) });
  };
  const onEnd = useCallback((ending: Outcome | null, time: number, record?: DebriefRecord) => {
    // xAPI statements go to the LRS only when one is configured in settings.
    if (record && lrsEndpoint(getProfile().lrs)) void lrsDelivery().then((m) => m.queueRun(record));
    setScreen((s) =>
      s.name === 'run'
        ? { name: 'end', scenario: s.scenario, ending, time, ...(record ? { record } : {}) }
        : s,
    );
  }, []);
  const onRecord = useCallback((record: DebriefRecord) => {
    setScreen((s) => (s.name === 'debrief' ? { ...s, record } : s));
    void recovery().then((m) => m.saveRecord(record));
  }, []);
  const onQuit = useCallback(() => setScreen({ name: 'start' }), []);
  // One stable loader per run, so the replay re-simulates once (not on every edit of the record).
  const loadInputs = useMemo(() => {
    const cache = new Map<string, () => Promise<LogEntry[]>>();
    return (id: string) => {
      if (!cache.has(id)) cache.set(id, () => recovery().then((m) => m.loadInputs(id)));
      return cache.get(id)!;
    };
  }, []);

  const phaseLabel = current?.phases.find((p) => p.id === status.phase)?.label;
  const endingLabel = current?.endings.find((e) => e.id === status.outcome)?.title;

  return (
    <div className={settings.reducedMotion ? 'app reduced-motion' : 'app'} style={{ height: '100%' }}>
      {screen.name === 'start' && interrupted && (
        <RecoveryBanner
          scenarioTitle={t.tx(interrupted.scenario.title)}
          simTime={interrupted.run.simTime}
          onResume={() => recover('resume')}
          onDebrief={() => recover('debrief')}
          onDiscard={() => recover('discard')}
        />
      )}
      {screen.name === 'start' && (
        <StartScreen
          entries={entries}
          onChoose={choose}
          onSettings={() => setOverlay('settings')}
          onHelp={() => setOverlay('help')}
          onInspector={() => setScreen({ name: 'inspector' })}
          onHistory={() => setScreen({ name: 'history' })}
        />
      )}
      {screen.name === 'history' && (
        <Suspense fallback={<LoadingBar />}>
          <HistoryPage
            canOpen={(id) => entries.some((e) => e.ok && e.scenario.id === id)}
            onOpen={(run) => {
              const e = entries.find((x) => x.ok && x.scenario.id === run.scenarioId);
              if (e?.ok && run.record)
                setScreen({ name: 'debrief', scenario: e.scenario, record: run.record, from: 'history' });
            }}
            onBack={onQuit}
            onCharts={() => setScreen({ name: 'charts' })}
          />
        </Suspense>
      )}
      {screen.name === 'phone' && (
        <Suspense fallback={<LoadingBar />}>
          <PhonePage code={screen.code} />
        </Suspense>
      )}
      {screen.name === 'charts' && (
        <Suspense fallback={<LoadingBar />}>
          <RunChartsPage onBack={() => setScreen({ name: 'history' })} />
        </Suspense>
      )}
      {screen.name === 'inspector' && (
        <Suspense fallback={<LoadingBar />}>
          <InspectorPage onBack={onQuit} initialId={params.scenario} />
        </Suspense>
      )}
      {screen.name === 'briefing' && (
        <BriefingScreen
          scenario={screen.scenario}
          onEnter={() => startRun(screen.scenario)}
          onBack={onQuit}
          surprise={surprise}
          onSurprise={setSurprise}
        >
          <div className="button-row">
            <button
              type="button"
              className="btn"
              onClick={() => startRun(screen.scenario, true)}
              data-testid="group-walkthrough"
              title={t('group.startHint')}
            >
              {t('group.start')}
            </button>
            <EnterVrButton
              onEnter={() => {
                // The session is requested inside the click (browsers require a gesture); the run adopts it.
                requestVrSession().catch((e: unknown) => console.warn('VR session refused', e));
                startRun(screen.scenario);
              }}
            />
          </div>
          <VoiceOptIn />
        </BriefingScreen>
      )}
      {screen.name === 'run' && !runScreen && <LoadingBar />}
      {screen.name === 'run' && runScreen && screen.presenter && (
        <Suspense fallback={<LoadingBar />}>
          <runScreen.Walkthrough
            key={screen.runKey}
            scenario={screen.scenario}
            params={{ ...params, presenter: true, ...(surprise ? { surprise: true } : {}) }}
            onStatus={setStatus}
            onQuit={onQuit}
            overlayOpen={overlay !== null}
            onShowHelp={() => setOverlay('help')}
            onSettings={() => setOverlay('settings')}
          />
        </Suspense>
      )}
      {screen.name === 'run' && runScreen && !screen.presenter && (
        <Suspense fallback={<LoadingBar />}>
          <runScreen.RunScreen
            key={screen.runKey}
            scenario={screen.scenario}
            {...(screen.resume ? { resume: screen.resume } : {})}
            params={surprise ? { ...params, surprise: true } : params}
            onStatus={setStatus}
            onEnd={onEnd}
            onQuit={onQuit}
            overlayOpen={overlay !== null}
            onShowHelp={() => setOverlay('help')}
            onSettings={() => setOverlay('settings')}
          />
        </Suspense>
      )}
      {screen.name === 'end' && (
        <EndScreen
          ending={screen.ending}
          time={screen.time}
          onRetry={() => startRun(screen.scenario)}
          onBack={onQuit}
          {...(screen.record
            ? {
                onDebrief: () =>
                  setScreen({ name: 'debrief', scenario: screen.scenario, record: screen.record! }),
              }
            : {})}
        />
      )}
      {screen.name === 'debrief' && (
        <Suspense fallback={<LoadingBar />}>
          <DebriefView
            record={screen.record}
            onChange={onRecord}
            onBack={screen.from === 'history' ? () => setScreen({ name: 'history' }) : onQuit}
            scenario={screen.scenario}
            loadInputs={loadInputs(screen.record.id)}
            onExport={() => void recovery().then((m) => m.exportOne(screen.record.id))}
            onRetry={() => startRun(screen.scenario)}
          />
        </Suspense>
      )}
      {overlay === 'settings' && <SettingsDialog onClose={() => setOverlay(null)} />}
      {overlay === 'help' && <HelpOverlay onClose={() => setOverlay(null)} />}
      <SimStatus
        phase={status.phase}
        phaseLabel={phaseLabel ? t.tx(phaseLabel) : null}
        cycle={status.cycle}
        outcome={status.outcome}
        outcomeLabel={endingLabel ? t.tx(endingLabel) : null}
      />
    </div>
  );
}
