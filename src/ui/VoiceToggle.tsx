import { useId } from 'react';
import { useT } from '../i18n';

/** The microphone's state as the toggle shows it (input/voice's VoiceState). */
export interface VoiceToggleState {
  on: boolean;
  error: boolean;
  reading: { tone: 'calm' | 'raised' | 'shouting'; speechS: number } | null;
}

/** Opt-in for the microphone tone reading, with the consent text, and the live reading when on. */
export function VoiceToggle({
  voice: v,
  onEnable,
  compact = false,
}: {
  voice: VoiceToggleState;
  onEnable: (on: boolean) => void;
  compact?: boolean;
}) {
  const t = useT();
  const id = useId();
  const tone = v.reading?.tone ?? null;
  return (
    <div className="voice-toggle" data-testid="voice-toggle">
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={v.on}
          onChange={(e) => onEnable(e.target.checked)}
          data-testid="voice-enable"
        />{' '}
        {t('voice.enable')}
      </label>
      {!compact && <p className="voice-consent">{t('voice.consent')}</p>}
      {v.error && <p role="alert">{t('voice.denied')}</p>}
      {v.on && (
        <p
          aria-live="polite"
          data-testid="voice-tone"
          data-tone={tone ?? ''}
          data-speech={v.reading ? Math.floor(v.reading.speechS) : 0}
        >
          {t('voice.tone', { tone: t(tone ? `voice.tone.${tone}` : 'voice.tone.none') })}
        </p>
      )}
    </div>
  );
}
