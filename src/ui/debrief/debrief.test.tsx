import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDebrief, DebriefRecordSchema, uuidFrom } from '../../debrief';
import { drawPersona, runScripted, Simulation } from '../../sim';
import { runWithFreezes } from '../../session';
import { forgiving, loadScenarioFile } from '../../scenario/testing';
import { mmss } from '../labels';
import { DebriefView } from './DebriefView';

afterEach(cleanup);

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');
const record = buildDebrief({
  id: uuidFrom('ui'),
  scenario,
  seed: 1,
  pseudonym: 'Kari',
  startedAt: '2025-03-04T10:00:00.000Z',
  log: runScripted(scenario, 'provocative', 1, { hz: 30 }).sim.log,
  probes: [],
});
// The passive trainee with its SAGAT freezes answered as the truth says: a scored run.
const answered = runWithFreezes(scenario, 'passive', 3, (_p, truth) => truth.value);
const scored = buildDebrief({
  id: uuidFrom('ui-scored'),
  scenario,
  seed: 3,
  pseudonym: 'Kari',
  startedAt: '2025-03-04T10:00:00.000Z',
  log: answered.sim.log,
  probes: answered.probes,
});

describe('DebriefView', () => {
  it('shows what went well before what to try, the SA breakdown, chart markers and a table alternative', () => {
    render(<DebriefView record={record} onChange={() => {}} onBack={() => {}} />);
    const well = screen.getByTestId('went-well');
    const next = screen.getByTestId('try-next');
    expect(well.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The assault came before any question: too little evidence for a score, and it says so.
    expect(record.sa.total).toBeNull();
    expect(screen.getByTestId('sa-score').dataset.total).toBe('');
    expect(screen.getByTestId('sa-not-scored').textContent).toContain(
      String(Math.round(record.sa.evidence!.observedS)),
    );
    const markers = screen.getByTestId('arousal-chart').querySelectorAll('[role="button"]');
    expect(markers.length).toBeGreaterThan(3);
    fireEvent.focus(markers[0]!);
    expect(screen.getByTestId('marker-detail').textContent).toMatch(/\d:\d\d/);
    expect(screen.getByTestId('timeline-table').querySelectorAll('tbody tr')).toHaveLength(
      record.timeline.length,
    );
    expect(screen.getByTestId('checklist').querySelectorAll('li')).toHaveLength(10);
    // An assault is intense: the wellbeing check-in is offered.
    expect(screen.getByTestId('wellbeing')).toBeTruthy();
  });

  it('gives a scored run its total and the evidence it rests on', () => {
    expect(scored.sa.total).not.toBeNull();
    render(<DebriefView record={scored} onChange={() => {}} onBack={() => {}} />);
    expect(screen.getByTestId('sa-score').dataset.total).toBe(String(Math.round(scored.sa.total!)));
    expect(screen.queryByTestId('sa-not-scored')).toBeNull();
    expect(screen.getByTestId('sa-score').textContent).toContain(String(answered.probes.length));
  });

  it('says when a good ending came only after a crisis, and when the crisis was', () => {
    const lenient = forgiving(loadScenarioFile('scenarios/psych-ward-leave.yaml'));
    const after = buildDebrief({
      id: uuidFrom('ui-after-crisis'),
      scenario: lenient,
      seed: 1,
      pseudonym: 'Kari',
      startedAt: '2025-03-04T10:00:00.000Z',
      log: runScripted(lenient, 'provokeThenTalk', 1).sim.log,
      probes: [],
    });
    render(<DebriefView record={after} onChange={() => {}} onBack={() => {}} />);
    expect(screen.getByTestId('debrief-view').dataset.kind).toBe('afterCrisis');
    const crisis = after.phases.find((p) => p.cycle === 'crisis')!;
    expect(screen.getByTestId('crisis-note').textContent).toContain(mmss(crisis.from));
    // A good ending without a crisis has no such note.
    cleanup();
    render(<DebriefView record={scored} onChange={() => {}} onBack={() => {}} />);
    expect(screen.queryByTestId('crisis-note')).toBeNull();
  });

  it('says which variant of the persona a "Surprise me" run met, beside the file\'s own values', () => {
    const { sim } = runScripted(scenario, 'textbook', 4, { surprise: true });
    const varied = buildDebrief({
      id: uuidFrom('ui-surprise'),
      scenario,
      seed: 4,
      pseudonym: 'Kari',
      startedAt: '2025-03-04T10:00:00.000Z',
      log: sim.log,
      probes: [],
    });
    expect(varied.persona).toEqual(drawPersona(scenario, 4));
    expect(DebriefRecordSchema.parse(JSON.parse(JSON.stringify(varied)))).toEqual(varied);
    render(<DebriefView record={varied} scenario={scenario} onChange={() => {}} onBack={() => {}} />);
    const note = screen.getByTestId('persona-note');
    const half = note.querySelector('[data-trait="halfLifeS"]')!.textContent;
    expect(half).toContain(`${Math.round(varied.persona!.halfLifeS!)} s`);
    expect(half).toContain(`${scenario.patient.halfLifeS} s`);
    expect(note.querySelector('[data-rule="too-close"]')!.textContent).toContain('Står for nær');
    // A run with the scenario's own persona has no such note.
    cleanup();
    render(<DebriefView record={scored} onChange={() => {}} onBack={() => {}} />);
    expect(screen.queryByTestId('persona-note')).toBeNull();
  });

  it('never hides that the instructor steered: a note with the count, each act in the timeline', () => {
    const sim = new Simulation(scenario, { seed: 6 });
    sim.instruct({ act: 'nudge', delta: 0.1 });
    sim.instruct({ act: 'line', lineId: scenario.lines.find((l) => l.on === 'idle')!.id });
    for (let i = 0; i < 100; i++) sim.tick(0.1, sim.context.signals);
    const steered = buildDebrief({
      id: uuidFrom('ui-steered'),
      scenario,
      seed: 6,
      pseudonym: 'Kari',
      startedAt: '2025-03-04T10:00:00.000Z',
      log: sim.log,
      probes: [],
    });
    render(<DebriefView record={steered} onChange={() => {}} onBack={() => {}} />);
    expect(screen.getByTestId('instructed-note').textContent).toContain('2 ganger');
    expect(screen.getByTestId('timeline-table').textContent).toContain('Veilederen: uro +0,10');
    cleanup();
    render(<DebriefView record={scored} onChange={() => {}} onBack={() => {}} />);
    expect(screen.queryByTestId('instructed-note')).toBeNull();
  });

  it('edits reflections and wellbeing through onChange', () => {
    const onChange = vi.fn();
    render(<DebriefView record={record} onChange={onChange} onBack={() => {}} />);
    fireEvent.change(screen.getByTestId('pearls-keep'), { target: { value: 'Avstand' } });
    expect(onChange.mock.calls[0]![0].reflection.keep).toBe('Avstand');
  });
});
