import { useT } from '../i18n';
import type { UtteranceOption } from '../scenario';

export interface UtteranceMenuProps {
  options: readonly UtteranceOption[];
  onSay: (optionId: string) => void;
  disabled?: boolean;
}

/**
 * The lines the trainee can say now, numbered for keys 1-9 and 0: words only (issue 20). How a line
 * is said is the delivery control's (BodyState) or the microphone's, never printed beside it.
 */
export function UtteranceMenu({ options, onSay, disabled }: UtteranceMenuProps) {
  const t = useT();
  return (
    <nav aria-label={t('hud.say')}>
      <ol className="menu" data-testid="utterance-menu">
        {options.slice(0, 10).map((o, i) => (
          <li key={o.id}>
            <button
              type="button"
              className="btn"
              disabled={disabled}
              onClick={() => onSay(o.id)}
              data-option={o.id}
              aria-keyshortcuts={String((i + 1) % 10)}
            >
              <kbd className="num">{(i + 1) % 10}</kbd>
              <span>{t.tx(o.text)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
