import { useT, type MessageKey } from '../i18n';
import { Dialog } from './Dialog';

/** Every desktop control, as key labels (physical keys, shown for a Nordic/US layout alike). */
const ROWS: [keys: string[], label: MessageKey][] = [
  [['W', 'A', 'S', 'D', '↑', '←', '↓', '→'], 'help.move'],
  [['Shift'], 'help.fast'],
  [['🖱'], 'help.look'],
  [['Q', 'E'], 'help.turn'],
  [['C'], 'help.crouch'],
  [['Z', 'X', 'V', 'R', 'T'], 'help.handsKeys'],
  [['H'], 'help.handsCycle'],
  [['G'], 'help.stance'],
  [['1', '…', '9', '0'], 'help.say'],
  [['B'], 'help.delivery'],
  [['L'], 'help.alarm'],
  [['K'], 'help.callHelp'],
  [['U'], 'help.leave'],
  [['P', 'Esc'], 'help.pause'],
  [['F1', '?'], 'help.helpKey'],
];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <Dialog title={t('help.heading')} onClose={onClose} testId="help-overlay">
      <table className="keys">
        <tbody>
          {ROWS.map(([keys, label]) => (
            <tr key={label}>
              <td>
                {keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" className="btn primary" onClick={onClose}>
          {t('help.close')}
        </button>
      </div>
    </Dialog>
  );
}
