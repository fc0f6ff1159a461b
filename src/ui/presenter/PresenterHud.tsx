import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import type { Scenario, UtteranceOption } from '../../scenario';
import type { CaptionStore, DecisionPoint } from '../../session';
import type { Delivery } from '../../sim';
import { DeliveryControl } from '../DeliveryControl';
import { useCaptionText } from '../captions';
import { mmss } from '../labels';
import { BranchChart, type BranchView } from './BranchChart';

export interface PresenterHudProps {
  scenario: Scenario;
  captions: CaptionStore;
  options: readonly UtteranceOption[];
  /** The decision point the run stands still at, or null while it plays. */
  due: DecisionPoint | null;
  points: readonly DecisionPoint[];
  branches: readonly BranchView[];
  branchName: string;
  ended: boolean;
  delivery: Delivery;
  onDelivery: (d: Delivery) => void;
  onChoose: (optionId: string) => void;
  onGoOn: () => void;
  onStop: () => void;
  onFork: (p: DecisionPoint) => void;
  onDebrief: () => void;
  onQuit: () => void;
  /** The room's vote from their phones (the app's VotePanel), shown at a decision point. */
  vote?: ReactNode;
  /** The instructor's steering: every act shows in the debrief as the instructor's. */
  onInstruct: (ev: { act: 'line'; lineId: string } | { act: 'nudge'; delta: number }) => void;
  phaseId: string;
}

/** One step of an instructor's nudge to his arousal (design: a tenth of the scale). */
export const NUDGE_STEP = 0.1;

/** What a decision point was: his line, the warning sign that appeared, or the facilitator's stop. */
export function decisionText(t: ReturnType<typeof useT>, scenario: Scenario, p: DecisionPoint): string {
  const line = p.lineId && scenario.lines.find((l) => l.id === p.lineId);
  const cue = p.cueId && scenario.cues.find((c) => c.id === p.cueId);
  const parts = [
    ...(line ? [t('group.reason.line', { text: t.tx(line.text) })] : []),
    ...(cue ? [t('group.reason.cue', { text: t.tx(cue.description) })] : []),
  ];
  return parts.length ? parts.join(' · ') : t('group.reason.stop');
}

/**
 * The group walkthrough's screen over the room, for a 1920x1080 projector read from 8 m: his words
 * and the decision large, the lines to choose from as words only, the decision points so far with
 * "what if we had…" on each, and the branches' curves side by side.
 */
export function PresenterHud(p: PresenterHudProps) {
  const t = useT();
  const { caption, own } = useCaptionText(p.captions);
  const optionText = (id: string | null | undefined) => {
    if (id === null) return t('group.choseNothing');
    const o = p.scenario.options.find((x) => x.id === id);
    return o ? t('group.chose', { text: t.tx(o.text) }) : '';
  };
  return (
    <div className="presenter-hud" data-testid="presenter-hud" data-due={p.due ? p.due.n : ''}>
      <header className="presenter-top">
        <h1>
          {t('group.heading')}: {t.tx(p.scenario.title)} · {t('group.branch', { name: p.branchName })}
        </h1>
        <DeliveryControl delivery={p.delivery} onDelivery={p.onDelivery} />
        <button type="button" className="btn" onClick={p.onQuit}>
          {t('group.quit')}
        </button>
      </header>
      <section className="presenter-side" aria-live="polite">
        {p.due && !p.ended ? (
          <div className="decision" data-testid="decision">
            <h2>
              {t('group.decision', { n: p.due.n })} · {mmss(p.due.t)}
            </h2>
            <p className="decision-what">{decisionText(t, p.scenario, p.due)}</p>
            {p.vote}
            <p className="label">{t('group.choose')}</p>
            <ol className="presenter-options" data-testid="presenter-options">
              {p.options.slice(0, 9).map((o, i) => (
                <li key={o.id}>
                  <button type="button" className="btn" data-option={o.id} onClick={() => p.onChoose(o.id)}>
                    <kbd>{i + 1}</kbd> <span>{t.tx(o.text)}</span>
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" className="btn" onClick={p.onGoOn} data-testid="go-on">
              {t('group.goOn')} <kbd>␣</kbd>
            </button>
          </div>
        ) : p.ended ? (
          <div className="decision">
            <button type="button" className="btn primary" onClick={p.onDebrief} data-testid="group-debrief">
              {t('group.debrief')}
            </button>
          </div>
        ) : (
          <div className="decision">
            <p className="label">{t('group.running')}</p>
            <button type="button" className="btn" onClick={p.onStop} data-testid="stop">
              {t('group.stop')} <kbd>␣</kbd>
            </button>
          </div>
        )}
        <Steer {...p} />
        <h2>{t('group.points')}</h2>
        <ol className="points" data-testid="points">
          {p.points.map((d) => (
            <li key={d.n} data-point={d.n}>
              <span className="when">
                {d.n}. {mmss(d.t)}
              </span>{' '}
              {decisionText(t, p.scenario, d)}
              {d.chosen !== undefined && <em> · {optionText(d.chosen)}</em>}
              {d !== p.due && (
                <button type="button" className="btn small" onClick={() => p.onFork(d)} data-fork={d.n}>
                  {t('group.whatIf')}
                </button>
              )}
            </li>
          ))}
        </ol>
        <p className="hint">{t('group.keys')}</p>
      </section>
      {(p.branches.length > 1 || p.ended) && (
        <section className="presenter-compare" aria-label={t('group.compare')}>
          <BranchChart branches={p.branches} scenario={p.scenario} />
        </section>
      )}
      <footer className="presenter-bottom">
        {caption && (
          <p className="subtitle" data-testid="subtitle">
            {caption}
          </p>
        )}
        {own && (
          <p className="subtitle own" data-testid="own-line">
            {t('hud.you')}: {own}
          </p>
        )}
      </footer>
    </div>
  );
}

/** The instructor's controls: have him say a line of this phase, or move his arousal a step. */
function Steer(p: PresenterHudProps) {
  const t = useT();
  const lines = p.scenario.lines.filter(
    (l) => l.on !== 'ending' && (!l.phases || l.phases.includes(p.phaseId)),
  );
  const [lineId, setLineId] = useState(lines[0]?.id ?? '');
  if (p.ended) return null;
  return (
    <details className="steer" data-testid="steer">
      <summary>{t('group.steer')}</summary>
      <div className="row">
        <select value={lineId} onChange={(e) => setLineId(e.target.value)} data-testid="steer-line">
          {lines.map((l) => (
            <option key={l.id} value={l.id}>
              {t.tx(l.text)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn"
          disabled={!lines.some((l) => l.id === lineId)}
          onClick={() => p.onInstruct({ act: 'line', lineId })}
          data-testid="steer-say"
        >
          {t('group.steerSay')}
        </button>
      </div>
      <div className="row">
        <button
          type="button"
          className="btn"
          onClick={() => p.onInstruct({ act: 'nudge', delta: -NUDGE_STEP })}
          data-testid="steer-down"
        >
          {t('group.steerDown')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => p.onInstruct({ act: 'nudge', delta: NUDGE_STEP })}
          data-testid="steer-up"
        >
          {t('group.steerUp')}
        </button>
      </div>
      <p className="hint">{t('group.steerHint')}</p>
    </details>
  );
}
