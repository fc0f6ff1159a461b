/**
 * The form fields the settings dialog and the instructor's run panel share: a labelled select over
 * a fixed list of values, and a labelled checkbox. The label wraps the control (no ids to keep in
 * step), so a screen reader names each control by its text.
 */
import type { ReactNode } from 'react';

export function SelectField<V extends string>({
  label,
  value,
  values,
  word,
  onChange,
  className,
  testId,
  optionLang,
}: {
  label: ReactNode;
  value: V;
  values: readonly V[];
  /** What each value is called in the UI. */
  word: (v: V) => string;
  onChange: (v: V) => void;
  className?: string;
  testId?: string;
  /** The language each option's own text is in (a language menu names each in its own). */
  optionLang?: (v: V) => string;
}) {
  return (
    <label className={className}>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as V)} data-testid={testId}>
        {values.map((v) => (
          <option key={v} value={v} lang={optionLang?.(v)}>
            {word(v)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
  testId,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
      />
      {label}
    </label>
  );
}
