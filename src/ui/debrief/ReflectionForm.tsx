import { useT } from '../../i18n';
import type { DebriefRecord } from '../../debrief';
import { WELLBEING_PRINCIPLES } from '../../debrief';

export interface ReflectionFormProps {
  record: DebriefRecord;
  onChange: (r: DebriefRecord) => void;
}

const PEARLS = ['reactions', 'whatHappened', 'keep', 'change'] as const;

/** PEARLS reflection prompts, the wellbeing check-in after an intense run (never scored), instructor comments. */
export function ReflectionForm({ record, onChange }: ReflectionFormProps) {
  const t = useT();
  const wb = record.wellbeing;
  return (
    <>
      {wb.offered && (
        <section className="card wellbeing" aria-labelledby="wb-h" data-testid="wellbeing">
          <h2 id="wb-h">{t('debrief.wellbeing')}</h2>
          <p className="hint">{t('debrief.wellbeingIntro')}</p>
          {WELLBEING_PRINCIPLES.map((p) => (
            <fieldset key={p} className="scale">
              <legend>{t(`wellbeing.${p}`)}</legend>
              {[1, 2, 3, 4, 5].map((v) => (
                <label key={v}>
                  <input
                    type="radio"
                    name={`wb-${p}`}
                    checked={wb.answers[p] === v}
                    onChange={() =>
                      onChange({ ...record, wellbeing: { ...wb, answers: { ...wb.answers, [p]: v } } })
                    }
                  />
                  {v}
                </label>
              ))}
            </fieldset>
          ))}
          <label className="check">
            <input
              type="checkbox"
              checked={wb.wantsPause}
              onChange={(e) => onChange({ ...record, wellbeing: { ...wb, wantsPause: e.target.checked } })}
            />
            {t('debrief.wellbeingPause')}
          </label>
          <p>{t('debrief.wellbeingSupport')}</p>
        </section>
      )}
      <section className="card reflection" aria-labelledby="refl-h">
        <h2 id="refl-h">{t('debrief.reflection')}</h2>
        {PEARLS.map((k) => (
          <label key={k} className="field">
            <span>{t(`debrief.pearls.${k}`)}</span>
            <textarea
              rows={3}
              maxLength={5000}
              value={record.reflection[k]}
              data-testid={`pearls-${k}`}
              onChange={(e) =>
                onChange({ ...record, reflection: { ...record.reflection, [k]: e.target.value } })
              }
            />
          </label>
        ))}
        <label className="field">
          <span>{t('debrief.instructor')}</span>
          <textarea
            rows={3}
            maxLength={10000}
            value={record.instructorComments}
            onChange={(e) => onChange({ ...record, instructorComments: e.target.value })}
          />
        </label>
      </section>
    </>
  );
}
