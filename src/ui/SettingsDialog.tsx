import { LANGS, setLang, useT, type Lang } from '../i18n';
import { SUBTITLE_SIZES, updateSettings, useSettings, type SubtitleSize } from './settings';
import { Dialog } from './Dialog';
import { lrsEndpoint, MAX_PSEUDONYM, updateProfile, useProfile } from './profile';

const LANG_NAMES: Record<Lang, string> = { nb: 'Norsk bokmål', en: 'English' };

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const s = useSettings();
  const profile = useProfile();
  const lrsBad = profile.lrs.endpoint.trim() !== '' && !lrsEndpoint(profile.lrs);
  return (
    <Dialog title={t('settings.heading')} onClose={onClose} testId="settings">
      <label className="field">
        {t('settings.language')}
        <select value={t.lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="language">
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
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
      <label className="check">
        <input
          type="checkbox"
          checked={s.muted}
          onChange={(e) => updateSettings({ muted: e.target.checked })}
          data-testid="mute"
        />
        {t('settings.mute')}
      </label>
      <label className="field">
        {t('settings.subtitleSize')}
        <select
          value={s.subtitleSize}
          onChange={(e) => updateSettings({ subtitleSize: e.target.value as SubtitleSize })}
        >
          {SUBTITLE_SIZES.map((size) => (
            <option key={size} value={size}>
              {t(`settings.subtitleSize.${size}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={s.reducedMotion}
          onChange={(e) => updateSettings({ reducedMotion: e.target.checked })}
        />
        {t('settings.reducedMotion')}
      </label>
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
      <fieldset className="field lrs">
        <legend>{t('settings.lrs')}</legend>
        <small className="hint">{t('settings.lrsHint')}</small>
        <label className="field">
          {t('settings.lrsEndpoint')}
          <input
            type="url"
            value={profile.lrs.endpoint}
            placeholder="https://lrs.example.org/xapi/"
            onChange={(e) => updateProfile({ lrs: { endpoint: e.target.value } })}
            aria-invalid={lrsBad}
            data-testid="lrs-endpoint"
          />
        </label>
        {lrsBad && (
          <small className="hint error" role="alert">
            {t('settings.lrsBadUrl')}
          </small>
        )}
        <label className="field">
          {t('settings.lrsKey')}
          <input
            value={profile.lrs.key}
            autoComplete="off"
            onChange={(e) => updateProfile({ lrs: { key: e.target.value } })}
            data-testid="lrs-key"
          />
        </label>
        <label className="field">
          {t('settings.lrsSecret')}
          <input
            type="password"
            value={profile.lrs.secret}
            autoComplete="off"
            onChange={(e) => updateProfile({ lrs: { secret: e.target.value } })}
            data-testid="lrs-secret"
          />
        </label>
      </fieldset>
      <div className="button-row">
        <button type="button" className="btn primary" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
    </Dialog>
  );
}
