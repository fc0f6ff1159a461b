import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n';
import { BodyState } from './BodyState';
import { BriefingScreen } from './BriefingScreen';
import { EndScreen } from './EndScreen';
import { SimStatus } from './SimStatus';
import { StartScreen } from './StartScreen';
import { UtteranceMenu } from './UtteranceMenu';
import { loadTestScenario } from './testScenario';
import type { ScenarioEntry } from './types';

const scenario = loadTestScenario();
const entries: ScenarioEntry[] = [
  { file: 'scenarios/ed-waiting-room.yaml', ok: true, scenario },
  {
    file: 'scenarios/broken.yaml',
    ok: false,
    problems: [{ file: 'scenarios/broken.yaml', line: 3, col: 5, message: 'unknown key' }],
  },
];

beforeEach(() => setLang('nb'));
afterEach(cleanup);

describe('StartScreen', () => {
  it('lists scenarios with title, setting, difficulty and duration, and an error card for a broken file', () => {
    const onChoose = vi.fn();
    render(<StartScreen entries={entries} onChoose={onChoose} onSettings={() => {}} onHelp={() => {}} />);
    const card = screen.getByTestId('scenario-card');
    expect(within(card).getByRole('heading').textContent).toBe(scenario.title.nb);
    expect(card.textContent).toContain(scenario.setting.label.nb);
    expect(card.textContent).toContain('Middels');
    expect(card.textContent).toContain(`${Math.round(scenario.durationS / 60)} min`);
    expect(screen.getByTestId('scenario-error').textContent).toContain(
      'scenarios/broken.yaml:3:5: unknown key',
    );
    fireEvent.click(within(card).getByRole('button'));
    expect(onChoose).toHaveBeenCalledWith(scenario.id);
  });

  it('switches to English', () => {
    setLang('en');
    render(<StartScreen entries={entries} onChoose={() => {}} onSettings={() => {}} onHelp={() => {}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Choose a scenario');
    expect(screen.getByTestId('scenario-card').textContent).toContain(scenario.title.en);
  });
});

describe('BriefingScreen', () => {
  it('shows the source text, risk flags and V-RISK-10 history with labels', () => {
    const onEnter = vi.fn();
    render(<BriefingScreen scenario={scenario} onEnter={onEnter} onBack={() => {}} />);
    const main = screen.getByTestId('briefing-screen');
    expect(main.textContent).toContain(scenario.briefing.text.nb);
    for (const f of scenario.briefing.riskFlags) expect(main.textContent).toContain(f.nb);
    expect(scenario.briefing.history.length).toBeGreaterThan(0);
    expect(main.querySelectorAll('.history tr')).toHaveLength(scenario.briefing.history.length);
    expect(main.textContent).not.toMatch(/vrisk\./);
    fireEvent.click(screen.getByTestId('enter-room'));
    expect(onEnter).toHaveBeenCalled();
  });
});

describe('UtteranceMenu', () => {
  it('numbers the options and shows their words only, no tone; a click says that option', () => {
    const onSay = vi.fn();
    const options = scenario.options;
    render(<UtteranceMenu options={options} onSay={onSay} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(Math.min(10, options.length));
    expect(buttons[0]?.textContent).toContain('1');
    // Each button holds its number and its words, nothing more: no tone label, no tone attribute.
    buttons.forEach((b, i) => {
      expect(b.textContent).toBe(`${(i + 1) % 10}${options[i]!.text.nb}`);
      expect(b.outerHTML).not.toMatch(/tone/);
    });
    fireEvent.click(buttons[1]!);
    expect(onSay).toHaveBeenCalledWith(options[1]?.id);
  });
});

describe('BodyState', () => {
  it('shows the delivery of the next line beside the body language, and switches it', () => {
    const onDelivery = vi.fn();
    const noop = () => {};
    render(
      <BodyState
        hands="open"
        stance="angled"
        crouched={false}
        delivery="firm"
        onHands={noop}
        onStance={noop}
        onCrouch={noop}
        onDelivery={onDelivery}
      />,
    );
    const group = within(screen.getByTestId('delivery'));
    const buttons = group.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['rolig', 'bestemt', 'hevet stemme']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false']);
    fireEvent.click(buttons[2]!);
    expect(onDelivery).toHaveBeenCalledWith('raised');
  });
});

describe('SimStatus and EndScreen', () => {
  it('exposes phase and outcome as data attributes in a polite live region', () => {
    const { rerender } = render(
      <SimStatus phase="waiting" phaseLabel="Venter" cycle="baseline" outcome={null} outcomeLabel={null} />,
    );
    const s = screen.getByTestId('sim-status');
    expect(s.getAttribute('aria-live')).toBe('polite');
    expect(s.dataset.phase).toBe('waiting');
    expect(s.textContent).toBe('Fase: Venter');
    rerender(
      <SimStatus
        phase="waiting"
        phaseLabel="Venter"
        cycle="baseline"
        outcome="deEscalated"
        outcomeLabel="Rolig"
      />,
    );
    expect(s.dataset.outcome).toBe('deEscalated');
    expect(s.textContent).toBe('Utfall: Rolig');
  });

  it('shows the ending with retry and back', () => {
    const ending = scenario.endings.find((e) => e.kind === 'good')!;
    const onRetry = vi.fn();
    render(<EndScreen ending={ending} time={125} onRetry={onRetry} onBack={() => {}} />);
    const main = screen.getByTestId('end-screen');
    expect(main.textContent).toContain(ending.title.nb);
    expect(main.textContent).toContain('2:05');
    fireEvent.click(screen.getByText('Prøv igjen'));
    expect(onRetry).toHaveBeenCalled();
    expect(screen.getByText('Tilbake')).toBeTruthy();
  });
});
