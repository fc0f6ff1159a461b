import { useT } from '../i18n';
import type { UtteranceOption } from '../scenario';
import { BodyState, type BodyStateProps } from './BodyState';
import { UtteranceMenu } from './UtteranceMenu';
import { useSettings } from './settings';

export interface HudProps {
  /** The patient's current line, already in the UI language. */
  subtitle: string | null;
  /** What the trainee just said. */
  ownLine: string | null;
  options: readonly UtteranceOption[];
  onSay: (optionId: string) => void;
  body: BodyStateProps;
  paused: boolean;
  onPause: () => void;
  onAlarm: () => void;
  onCallHelp: () => void;
  onShowHelp: () => void;
  onQuit: () => void;
  onSettings: () => void;
  /** The exit the trainee stands at, if any (label in the UI language). */
  nearExit: string | null;
  onLeave: () => void;
  pointerLocked: boolean;
}

/** The in-run HUD: minimal, with large subtitles and choices readable on a projector. */
export function Hud(p: HudProps) {
  const t = useT();
  const { subtitleSize } = useSettings();
  return (
    <div className={`hud sub-${subtitleSize}`} data-testid="hud">
      <div className="hud-body">
        <BodyState {...p.body} />
      </div>
      <div className="hud-actions">
        <button
          type="button"
          className="btn danger"
          onClick={p.onAlarm}
          aria-keyshortcuts="L"
          data-testid="alarm"
        >
          {t('hud.alarm')} <kbd>L</kbd>
        </button>
        <button
          type="button"
          className="btn warn"
          onClick={p.onCallHelp}
          aria-keyshortcuts="K"
          data-testid="call-help"
        >
          {t('hud.help')} <kbd>K</kbd>
        </button>
        <button type="button" className="btn" onClick={p.onPause} aria-keyshortcuts="P" data-testid="pause">
          {t(p.paused ? 'hud.resume' : 'hud.pause')} <kbd>P</kbd>
        </button>
        <button type="button" className="btn" onClick={p.onShowHelp} aria-keyshortcuts="F1">
          {t('hud.controls')}
        </button>
      </div>
      <div className="hud-middle">
        {p.paused && (
          <div className="hud-panel" style={{ textAlign: 'center' }}>
            <p className="paused-banner">{t('hud.paused')}</p>
            <div className="button-row">
              <button type="button" className="btn primary" onClick={p.onPause}>
                {t('hud.resume')}
              </button>
              <button type="button" className="btn" onClick={p.onSettings}>
                {t('start.settings')}
              </button>
              <button type="button" className="btn" onClick={p.onQuit}>
                {t('hud.quit')}
              </button>
            </div>
          </div>
        )}
      </div>
      <div className="hud-bottom">
        {p.nearExit && (
          <button
            type="button"
            className="btn primary"
            onClick={p.onLeave}
            aria-keyshortcuts="U"
            data-testid="leave"
          >
            {t('hud.leave', { exit: p.nearExit })} <kbd>U</kbd>
          </button>
        )}
        {p.subtitle && (
          <p className="subtitle" data-testid="subtitle" lang={t.lang}>
            {p.subtitle}
          </p>
        )}
        {p.ownLine && (
          <p className="subtitle own" data-testid="own-line">
            {t('hud.you')}: {p.ownLine}
          </p>
        )}
        {!p.pointerLocked && <p className="hint">{t('hud.clickToLook')}</p>}
      </div>
      <div className="hud-menu">
        <UtteranceMenu options={p.options} onSay={p.onSay} disabled={p.paused} />
      </div>
    </div>
  );
}
