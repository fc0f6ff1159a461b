import './freeze.css';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import type { Probe } from '../../scenario';
import type { AnswerChoices, ProbeAnswer } from '../../scoring';
import { answerLabel } from '../labels';

export interface FreezeQuestion {
  probe: Probe;
  choices: AnswerChoices;
}

export interface FreezeOverlayProps {
  questions: FreezeQuestion[];
  onSubmit: (answers: (ProbeAnswer | null)[]) => void;
}

/**
 * A SAGAT freeze (domain.md §5): an opaque neutral screen hides the scene while the simulation is
 * stopped; 2-4 multiple-choice questions; the run resumes exactly where it stopped on submit.
 */
export function FreezeOverlay({ questions, onSubmit }: FreezeOverlayProps) {
  const t = useT();
  const [answers, setAnswers] = useState<(ProbeAnswer | null)[]>(() =>
    questions.map((q) => (q.choices.multiple ? [] : null)),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (i: number, value: string, checked: boolean) =>
    setAnswers((prev) =>
      prev.map((a, j) => {
        if (j !== i) return a;
        if (!questions[i]!.choices.multiple) return value;
        const list = Array.isArray(a) ? a : [];
        return checked ? [...list, value] : list.filter((x) => x !== value);
      }),
    );
  return (
    <div
      className="freeze"
      role="dialog"
      aria-modal="true"
      aria-labelledby="freeze-heading"
      data-testid="freeze-overlay"
      onKeyDown={(e) => e.stopPropagation()}
      onKeyUp={(e) => e.stopPropagation()}
    >
      <form
        className="freeze-card"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(answers);
        }}
      >
        <h2 id="freeze-heading" ref={heading} tabIndex={-1}>
          {t('freeze.heading')}
        </h2>
        <p className="hint">{t('freeze.intro')}</p>
        {questions.map((q, i) => (
          <fieldset key={q.probe.id} data-testid="freeze-question" data-probe={q.probe.id}>
            <legend>{t.tx(q.probe.question)}</legend>
            {q.choices.multiple && <p className="hint">{t('freeze.pickAll')}</p>}
            {q.choices.options.map((o) => (
              <label key={o.value} className="choice">
                <input
                  type={q.choices.multiple ? 'checkbox' : 'radio'}
                  name={`q-${q.probe.id}`}
                  value={o.value}
                  checked={
                    q.choices.multiple ? (answers[i] as string[]).includes(o.value) : answers[i] === o.value
                  }
                  onChange={(e) => set(i, o.value, e.target.checked)}
                />
                {answerLabel(t, q.probe.kind, o.value, o.label)}
              </label>
            ))}
          </fieldset>
        ))}
        <div className="button-row">
          <button type="submit" className="btn primary" data-testid="freeze-submit">
            {t('freeze.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
