import { LANGS, setLang, useT, type Lang } from '../i18n';
import { SUBTITLE_SIZES, updateSettings, useSettings, type SubtitleSize } from './settings';
import { Dialog } from './Dialog';
import { CheckField, SelectField } from './fields';
import { LrsSettings } from './LrsSettings';
import { MAX_PSEUDONYM, updateProfile, useProfile } from './profile';

const LANG_NAMES: Record<Lang, string> = { nb: 'Norsk bokmål', en: 'English' };

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const s = useSettings();
  const profile = useProfile();
  return (
    <Dialog title={t('settings.heading')} onClose={onClose} testId="settings">
      <SelectField
        className="field"
        label={t('settings.language')}
        value={t.lang}
        values={LANGS}
        word={(l) => LANG_NAMES[l]}
        optionLang={(l) => l}
        onChange={setLang}
        testId="language"
      />
      <label className="field">
        {t('settings.volume')} ({Math.round(s.volume * 100)} %)
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={s.volume}
          onChange={(e) => updateSettings({ volume: Number(e.target.value) })}
        />
      </label>
      <CheckField
        label={t('settings.mute')}
        checked={s.muted}
        onChange={(muted) => updateSettings({ muted })}
        testId="mute"
      />
      <SelectField
        className="field"
        label={t('settings.subtitleSize')}
        value={s.subtitleSize}
        values={SUBTITLE_SIZES}
        word={(size: SubtitleSize) => t(`settings.subtitleSize.${size}`)}
        onChange={(subtitleSize) => updateSettings({ subtitleSize })}
      />
      <CheckField
        label={t('settings.reducedMotion')}
        checked={s.reducedMotion}
        onChange={(reducedMotion) => updateSettings({ reducedMotion })}
      />
      <label className="field">
        {t('settings.seatedHeight')}: {s.seatedHeight.toFixed(2)}
        <input
          type="range"
          min={0.8}
          max={1.5}
          step={0.05}
          value={s.seatedHeight}
          onChange={(e) => updateSettings({ seatedHeight: Number(e.target.value) })}
        />
      </label>
      <label className="field">
        {t('settings.pseudonym')}
        <input
          value={profile.pseudonym}
          maxLength={MAX_PSEUDONYM}
          autoComplete="off"
          onChange={(e) => updateProfile({ pseudonym: e.target.value })}
          data-testid="pseudonym"
        />
        <small className="hint">{t('settings.pseudonymHint')}</small>
      </label>
      <LrsSettings />
      <div className="button-row">
        <button type="button" className="btn primary" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
    </Dialog>
  );
}
