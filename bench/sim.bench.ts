/**
 * npm run bench: the headless core's budgets (issue #2), printed as ratios measured in this run.
 * Not a timed test: it reports, it does not fail on a slow machine.
 *   1. Simulation at 90 ticks per simulated second vs real time (budget: >= 1000x faster).
 *   2. One sim tick vs a bare XState actor.send of a trivial event (budget: <= 5x).
 *   3. The semantic graph check of each bundled scenario (budget: < 2 s).
 */
import { createActor, createMachine } from 'xstate';
import { analyzeScenario } from '../src/scenario/graph';
import { initialSignals, runScripted, Simulation } from '../src/sim';
import { bundledScenarios } from '../src/scenario/testing';

const scenarios = bundledScenarios();
const now = () => performance.now();

function timeSends(n: number): number {
  const trivial = createMachine({ id: 'trivial', initial: 'idle', states: { idle: { on: { PING: {} } } } });
  const actor = createActor(trivial).start();
  actor.subscribe(() => {});
  for (let i = 0; i < 10_000; i++) actor.send({ type: 'PING' });
  const t0 = now();
  for (let i = 0; i < n; i++) actor.send({ type: 'PING' });
  return ((now() - t0) * 1e6) / n; // ns per send
}

function timeTicks(n: number): number {
  const { scenario } = scenarios[0]!;
  const long = { ...scenario, durationS: 3600, patient: { ...scenario.patient, ignoredAfterS: 600 } };
  const sim = new Simulation(long, { seed: 1 });
  const s = initialSignals(sim.model);
  s.position = [
    scenario.setting.patientStart.position[0] + 2.2,
    scenario.setting.patientStart.position[1] + 1,
  ];
  const dt = 1 / 90;
  for (let i = 0; i < 5_000; i++) sim.tick(dt, s);
  const t0 = now();
  for (let i = 0; i < n; i++) sim.tick(dt, s);
  return ((now() - t0) * 1e6) / n;
}

console.log('Rolig headless core benchmark (node %s)\n', process.version);
const sendNs = timeSends(200_000);
const tickNs = timeTicks(100_000);
console.log(
  `tick vs bare actor.send: ${(tickNs / 1000).toFixed(2)} µs / ${(sendNs / 1000).toFixed(2)} µs = ${(tickNs / sendNs).toFixed(2)}x (budget <= 5x)`,
);

for (const { file, scenario } of scenarios) {
  let simulated = 0;
  const t0 = now();
  for (const trainee of ['textbook', 'provocative', 'passive', 'random'] as const)
    for (let seed = 1; seed <= 5; seed++)
      simulated += runScripted(scenario, trainee, seed, { hz: 90 }).summary.durationS;
  const wall = (now() - t0) / 1000;
  console.log(
    `${file}: ${simulated.toFixed(0)} s simulated at 90 Hz in ${wall.toFixed(2)} s = ${(simulated / wall).toFixed(0)}x real time (budget >= 1000x)`,
  );
  const g0 = now();
  const report = analyzeScenario(scenario, (path, message) => ({
    file,
    line: 0,
    col: 0,
    message: `${path.join('.')}: ${message}`,
  }));
  const g = now() - g0;
  console.log(
    `${file}: graph check ${g.toFixed(0)} ms for ${report.vertices} states / ${report.transitions} transitions = ${(g / 2000).toFixed(2)} of the 2 s budget`,
  );
}
