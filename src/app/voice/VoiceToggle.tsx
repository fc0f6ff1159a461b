import { useId } from 'react';
import { useT } from '../../i18n';
import { setVoiceEnabled, useVoice } from './voice';

/** Opt-in for the microphone tone reading, with the consent text, and the live reading when on. */
export function VoiceToggle({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const v = useVoice();
  const id = useId();
  const tone = v.reading?.tone ?? null;
  return (
    <div className="voice-toggle" data-testid="voice-toggle">
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={v.on}
          onChange={(e) => void setVoiceEnabled(e.target.checked)}
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
