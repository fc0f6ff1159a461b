import type { DebriefRecord } from '../../debrief';
import { useT } from '../../i18n';
import type { Scenario } from '../../scenario';

type Persona = NonNullable<DebriefRecord['persona']>;
const TRAITS = ['baselineArousal', 'initialArousal', 'halfLifeS', 'residueGain', 'helpAfterS'] as const;

/**
 * Which variant of the persona the run met ("Surprise me", issue 20): each drawn trait beside the
 * scenario's own value, and each rule that weighed more or less than written, by its label.
 */
export function PersonaNote({ persona, scenario }: { persona: Persona; scenario?: Scenario | undefined }) {
  const t = useT();
  const own = (k: (typeof TRAITS)[number]): number | undefined => {
    if (!scenario) return undefined;
    if (k === 'helpAfterS') return scenario.endings.find((e) => e.on === 'help' || e.on === 'alarm')?.afterS;
    return scenario.patient[k];
  };
  const rules = scenario
    ? [...scenario.patient.sensitivities.triggers, ...scenario.patient.sensitivities.calming]
    : [];
  const fmt = (k: string, v: number) => (k.endsWith('S') ? `${Math.round(v)} s` : v.toFixed(2));
  return (
    <section className="card persona" aria-labelledby="persona-h" data-testid="persona-note">
      <h2 id="persona-h">{t('debrief.persona')}</h2>
      <p>{t('debrief.personaIntro')}</p>
      <ul>
        {TRAITS.filter((k) => persona[k] !== undefined).map((k) => {
          const file = own(k);
          return (
            <li key={k} data-trait={k}>
              {t(`debrief.persona.${k}`)}: <strong>{fmt(k, persona[k]!)}</strong>
              {file !== undefined && ` (${t('debrief.personaFile', { value: fmt(k, file) })})`}
            </li>
          );
        })}
        {Object.entries(persona.weights).map(([id, w]) => {
          const rule = rules.find((r) => r.id === id);
          return (
            <li key={id} data-rule={id}>
              {rule?.label ? t.tx(rule.label) : id}: <strong>×{w.toFixed(2)}</strong>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
