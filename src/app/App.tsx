import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useT } from '../i18n';
import type { Ending, Scenario } from '../scenario';
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
import { readRunParams } from './params';
import type { RunStatus } from './runTypes';
import { bundledScenarios } from './scenarios';

// The 3D part (three, R3F, the scene) loads only when a run starts: the start screen stays small.
const RunScreen = lazy(() => import('./RunScreen').then((m) => ({ default: m.RunScreen })));

type Screen =
  | { name: 'start' }
  | { name: 'briefing'; scenario: Scenario }
  | { name: 'run'; scenario: Scenario; runKey: number }
  | { name: 'end'; scenario: Scenario; ending: Ending | null; time: number };

const EMPTY_STATUS: RunStatus = { phase: null, cycle: null, outcome: null };

export function App({ entries: given }: { entries?: ScenarioEntry[] }) {
  const t = useT();
  const settings = useSettings();
  const entries = useMemo(() => given ?? bundledScenarios(), [given]);
  const params = useMemo(() => readRunParams(), []);
  const [screen, setScreen] = useState<Screen>(() => {
    const linked = entries.find((e) => e.ok && e.scenario.id === params.scenario);
    if (!linked?.ok) return { name: 'start' };
    return params.enter
      ? { name: 'run', scenario: linked.scenario, runKey: 1 }
      : { name: 'briefing', scenario: linked.scenario };
  });
  const [overlay, setOverlay] = useState<'settings' | 'help' | null>(null);
  const [status, setStatus] = useState<RunStatus>(EMPTY_STATUS);

  const scenarioOf = (s: Screen) => (s.name === 'start' ? null : s.scenario);
  const current = scenarioOf(screen);

  useEffect(() => {
    document.documentElement.lang = t.lang;
  }, [t.lang]);

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
  const startRun = (scenario: Scenario) => {
    setStatus(EMPTY_STATUS);
    setScreen({ name: 'run', scenario, runKey: Date.now() });
  };
  const onEnd = useCallback((ending: Ending | null, time: number) => {
    setScreen((s) => (s.name === 'run' ? { name: 'end', scenario: s.scenario, ending, time } : s));
  }, []);
  const onQuit = useCallback(() => setScreen({ name: 'start' }), []);

  const phaseLabel = current?.phases.find((p) => p.id === status.phase)?.label;
  const endingLabel = current?.endings.find((e) => e.id === status.outcome)?.title;

  return (
    <div className={settings.reducedMotion ? 'app reduced-motion' : 'app'} style={{ height: '100%' }}>
      {screen.name === 'start' && (
        <StartScreen
          entries={entries}
          onChoose={choose}
          onSettings={() => setOverlay('settings')}
          onHelp={() => setOverlay('help')}
        />
      )}
      {screen.name === 'briefing' && (
        <BriefingScreen
          scenario={screen.scenario}
          onEnter={() => startRun(screen.scenario)}
          onBack={onQuit}
        />
      )}
      {screen.name === 'run' && (
        <Suspense fallback={<LoadingBar />}>
          <RunScreen
            key={screen.runKey}
            scenario={screen.scenario}
            params={params}
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
        />
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
