import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDebrief, uuidFrom } from '../../debrief';
import { setLang } from '../../i18n';
import { traceRun } from '../../scoring';
import { Simulation, type TraineeSignals } from '../../sim';
import { loadScenarioFile } from '../../scenario/testing';
import { degreesOff, planDirection } from './plan';
import { ReplayView } from './ReplayView';

const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');
const { traineeStart, patientStart } = scenario.setting;
const [tx, tz] = traineeStart.position;
const [px, pz] = patientStart.position;
/** Sim yaw from the trainee's start toward the patient's start (0 = +z, forward (sin, cos)). */
const towardPatient = Math.atan2(px - tx, pz - tz);

/** A short run standing still at the start with a fixed facing: its input log and debrief record. */
function standing(facing: number) {
  const sim = new Simulation(scenario, { seed: 1 });
  const signals: TraineeSignals = {
    position: [tx, tz],
    facing,
    headHeight: 1.65,
    hands: 'open',
    stance: 'angled',
    gaze: null,
  };
  for (let i = 0; i < 60; i++) sim.tick(1 / 30, signals);
  const inputs = sim.log.filter((e) => ['signals', 'tick', 'act'].includes(e.kind));
  const record = buildDebrief({
    id: uuidFrom(`facing-${facing}`),
    scenario,
    seed: 1,
    pseudonym: 'Kari',
    startedAt: '2025-03-04T10:00:00.000Z',
    log: sim.log,
    probes: [],
  });
  return { inputs, record };
}

/** Unit direction on the plan from a marker's centre to its facing wedge's tip (the first point). */
function noseDirection(who: 'trainee' | 'patient'): [number, number] {
  const disc = screen.getByTestId(`replay-${who}`);
  const [tip] = screen.getByTestId(`replay-${who}-facing`).getAttribute('points')!.split(' ');
  const [x, y] = tip!.split(',').map(Number) as [number, number];
  const dx = x - Number(disc.getAttribute('cx'));
  const dy = y - Number(disc.getAttribute('cy'));
  const len = Math.hypot(dx, dy);
  return [dx / len, dy / len];
}

/** Unit direction on the plan from the trainee's disc to the patient's. */
function traineeToPatient(): [number, number] {
  const at = (id: string) =>
    ['cx', 'cy'].map((a) => Number(screen.getByTestId(id).getAttribute(a))) as [number, number];
  const [ax, ay] = at('replay-trainee');
  const [bx, by] = at('replay-patient');
  const len = Math.hypot(bx - ax, by - ay);
  return [(bx - ax) / len, (by - ay) / len];
}

const dot = (a: [number, number], b: [number, number]) => a[0] * b[0] + a[1] * b[1];

async function showReplay(facing: number) {
  const { inputs, record } = standing(facing);
  render(<ReplayView record={record} scenario={scenario} loadInputs={async () => inputs} />);
  await waitFor(() => expect(screen.getByTestId('replay').dataset.source).toBe('inputs'));
  return { inputs, record };
}

beforeEach(() => setLang('en'));
afterEach(() => {
  cleanup();
  setLang('nb');
});

describe('replay facing', () => {
  it('points the trainee’s wedge at the patient when the trainee faces him, and says so', async () => {
    await showReplay(towardPatient);
    // Within 2° of the line between the two discs.
    expect(dot(noseDirection('trainee'), traineeToPatient())).toBeGreaterThan(Math.cos((2 * Math.PI) / 180));
    expect(screen.getByTestId('replay-trainee-cone')).toBeTruthy();
    // The patient is up and to the left of the trainee's start on the plan (x right, z down).
    expect(screen.getByTestId('replay-trainee-facing-text').textContent).toBe(
      'up and left on the plan, 0° from the patient',
    );
    expect(screen.getByTestId<HTMLInputElement>('replay-scrubber').getAttribute('aria-valuetext')).toContain(
      'You face: up and left on the plan, 0° from the patient',
    );
  });

  it('points it away when the trainee turns his back, and states 180° in nb too', async () => {
    setLang('nb');
    await showReplay(towardPatient + Math.PI);
    expect(dot(noseDirection('trainee'), traineeToPatient())).toBeLessThan(-Math.cos((2 * Math.PI) / 180));
    expect(screen.getByTestId('replay-trainee-facing-text').textContent).toBe(
      'ned og til høyre på planen, 180° fra pasienten',
    );
  });

  it('draws the patient’s facing from the re-simulation (start facing +z is down on the plan)', async () => {
    const { inputs } = await showReplay(towardPatient);
    const first = traceRun(scenario, 1, inputs).ticks[0]!;
    expect(patientStart.facingDeg).toBe(0);
    const nose = noseDirection('patient');
    expect(dot(nose, [Math.sin(first.patientFacing), Math.cos(first.patientFacing)])).toBeGreaterThan(0.999);
    expect(dot(nose, [0, 1])).toBeGreaterThan(Math.cos((10 * Math.PI) / 180));
    const toTrainee = degreesOff(first.patientFacing, [px, pz], [tx, tz]);
    expect(screen.getByTestId('replay-patient-facing-text').textContent).toBe(
      `down on the plan, ${toTrainee}° from you`,
    );
  });

  it('draws no facing and says “–” when only the record’s position samples are at hand', () => {
    const { record } = standing(towardPatient);
    render(<ReplayView record={record} scenario={scenario} />);
    expect(screen.getByTestId('replay').dataset.source).toBe('record');
    expect(screen.queryByTestId('replay-trainee-facing')).toBeNull();
    expect(screen.getByTestId('replay-trainee-facing-text').textContent).toBe('–');
  });

  it('names the eight plan directions (x right, z down)', () => {
    const deg = (d: number) => (d * Math.PI) / 180;
    expect(planDirection(0)).toBe('debrief.dir.down');
    expect(planDirection(deg(90))).toBe('debrief.dir.right');
    expect(planDirection(deg(180))).toBe('debrief.dir.up');
    expect(planDirection(deg(-90))).toBe('debrief.dir.left');
    expect(planDirection(deg(135))).toBe('debrief.dir.upRight');
    expect(degreesOff(0, [0, 0], [1, 0])).toBe(90);
  });
});
