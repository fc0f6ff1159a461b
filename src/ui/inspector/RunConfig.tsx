import { useId } from 'react';
import { HAND_POSES, STANCES, TONES, TRAINEE_POLICIES, type TraineePolicyName } from '../../sim';
import { CheckField, SelectField } from '../fields';
import { valueWord } from './describeCondition';
import { useInspectorT } from './messages';
import { DEFAULT_INPUTS, type GazeMode, type ManualInputs, type RunSpec } from './runs';

const GAZES: GazeMode[] = ['mixed', 'face', 'hands', 'away'];

/** The what-if form of one run: fixed inputs (sliders, toggles) or a scripted trainee, and a seed. */
export function RunConfig({ spec, onChange }: { spec: RunSpec; onChange: (s: RunSpec) => void }) {
  const t = useInspectorT();
  const id = useId();
  const inputs: ManualInputs = spec.mode === 'manual' ? spec.inputs : DEFAULT_INPUTS;
  const set = (patch: Partial<ManualInputs>) =>
    onChange({ mode: 'manual', seed: spec.seed, inputs: { ...inputs, ...patch } });
  return (
    <fieldset className="insp-form">
      <legend className="visually-hidden">{t('mode')}</legend>
      <div className="insp-seg" role="radiogroup" aria-label={t('mode')}>
        {(['manual', 'scripted'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={spec.mode === m}
              onChange={() =>
                onChange(
                  m === 'manual'
                    ? { mode: 'manual', seed: spec.seed, inputs }
                    : { mode: 'scripted', seed: spec.seed, trainee: 'textbook' },
                )
              }
            />
            {t(m)}
          </label>
        ))}
      </div>
      {spec.mode === 'scripted' ? (
        <label>
          {t('trainee')}
          <select
            value={spec.trainee}
            onChange={(e) => onChange({ ...spec, trainee: e.target.value as TraineePolicyName })}
          >
            {TRAINEE_POLICIES.map((p) => (
              <option key={p} value={p}>
                {t(`trainee.${p}`)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <>
          <label>
            {t('distance', { v: inputs.distance.toFixed(1) })}
            <input
              type="range"
              min={0.3}
              max={6}
              step={0.1}
              value={inputs.distance}
              onChange={(e) => set({ distance: Number(e.target.value) })}
            />
          </label>
          <label>
            {inputs.talkEveryS > 0 ? t('talkEvery', { v: inputs.talkEveryS }) : t('silent')}
            <input
              type="range"
              min={0}
              max={30}
              step={1}
              value={inputs.talkEveryS}
              onChange={(e) => set({ talkEveryS: Number(e.target.value) })}
            />
          </label>
          <SelectField
            label={t('tone')}
            value={inputs.tone}
            values={TONES}
            word={(v) => valueWord(v, t.lang)}
            onChange={(v) => set({ tone: v })}
          />
          <SelectField
            label={t('hands')}
            value={inputs.hands}
            values={HAND_POSES}
            word={(v) => valueWord(v, t.lang)}
            onChange={(v) => set({ hands: v })}
          />
          <SelectField
            label={t('stance')}
            value={inputs.stance}
            values={STANCES}
            word={(v) => valueWord(v, t.lang)}
            onChange={(v) => set({ stance: v })}
          />
          <SelectField
            label={t('gaze')}
            value={inputs.gaze}
            values={GAZES}
            word={(g) => t(`gaze.${g}`)}
            onChange={(gaze) => set({ gaze })}
          />
          <CheckField
            label={t('blockExit')}
            checked={inputs.blockExit}
            onChange={(blockExit) => set({ blockExit })}
          />
        </>
      )}
      <label>
        {t('seed')}
        <input
          type="number"
          min={0}
          max={999999999}
          step={1}
          value={spec.seed}
          onChange={(e) => onChange({ ...spec, seed: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
        />
      </label>
    </fieldset>
  );
}
