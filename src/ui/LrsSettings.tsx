import { isHomePage } from '../debrief';
import { useT } from '../i18n';
import { lrsAllowedNow, lrsEndpoint, updateProfile, useProfile } from './profile';

/**
 * The optional learning record store: address, key, secret and the xAPI account's home page. The
 * page may reach only the LRS that was set when it loaded (scripts/connectPolicy.ts), so a new
 * address asks for a reload before anything is sent to it; statements wait in the queue meanwhile.
 */
export function LrsSettings() {
  const t = useT();
  const { lrs } = useProfile();
  const bad = lrs.endpoint.trim() !== '' && !lrsEndpoint(lrs);
  const homeBad = lrs.homePage.trim() !== '' && !isHomePage(lrs.homePage.trim());
  const needsReload = !bad && !!lrsEndpoint(lrs) && !lrsAllowedNow(lrs);
  return (
    <fieldset className="field lrs">
      <legend>{t('settings.lrs')}</legend>
      <small className="hint">{t('settings.lrsHint')}</small>
      <label className="field">
        {t('settings.lrsEndpoint')}
        <input
          type="url"
          value={lrs.endpoint}
          placeholder="https://lrs.example.org/xapi/"
          onChange={(e) => updateProfile({ lrs: { endpoint: e.target.value } })}
          aria-invalid={bad}
          data-testid="lrs-endpoint"
        />
      </label>
      {bad && (
        <small className="hint error" role="alert">
          {t('settings.lrsBadUrl')}
        </small>
      )}
      {needsReload && (
        <p className="hint" role="status" data-testid="lrs-reload">
          {t('settings.lrsReload')}{' '}
          <button
            type="button"
            className="btn"
            onClick={() => location.reload()}
            data-testid="lrs-reload-now"
          >
            {t('settings.lrsReloadNow')}
          </button>
        </p>
      )}
      <label className="field">
        {t('settings.lrsKey')}
        <input
          value={lrs.key}
          autoComplete="off"
          onChange={(e) => updateProfile({ lrs: { key: e.target.value } })}
          data-testid="lrs-key"
        />
      </label>
      <label className="field">
        {t('settings.lrsSecret')}
        <input
          type="password"
          value={lrs.secret}
          autoComplete="off"
          onChange={(e) => updateProfile({ lrs: { secret: e.target.value } })}
          data-testid="lrs-secret"
        />
      </label>
      <label className="field">
        {t('settings.lrsHomePage')}
        <input
          type="url"
          value={lrs.homePage}
          placeholder={typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`}
          onChange={(e) => updateProfile({ lrs: { homePage: e.target.value } })}
          aria-invalid={homeBad}
          data-testid="lrs-home-page"
        />
        <small className={homeBad ? 'hint error' : 'hint'}>
          {t(homeBad ? 'settings.lrsBadUrl' : 'settings.lrsHomePageHint')}
        </small>
      </label>
    </fieldset>
  );
}
