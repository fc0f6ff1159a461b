import { useT } from '../i18n';

/** Progress while the 3D part loads; value 0..1, or undefined while the size is unknown. */
export function LoadingBar({ value }: { value?: number }) {
  const t = useT();
  return (
    <div className="loading" data-testid="loading" role="status">
      <div style={{ display: 'grid', gap: '0.8em', justifyItems: 'center' }}>
        <p>{t('loading.label')}</p>
        <progress max={1} value={value} aria-label={t('loading.label')} />
      </div>
    </div>
  );
}
