/**
 * A scripted run with SAGAT freezes answered by a rule: the tests' and tools' run, on the same
 * freeze protocol and clock as a trainee's (no test-framework imports).
 */
import type { Probe, Scenario } from '../scenario';
import type { ProbeAnswer, ProbeResult, ProbeTruth } from '../scoring';
import { createPolicy, Simulation, type TraineePolicyName } from '../sim';
import { FreezeSchedule } from './freezes';

export function runWithFreezes(
  scenario: Scenario,
  trainee: TraineePolicyName,
  seed: number,
  answer: (probe: Probe, truth: ProbeTruth) => ProbeAnswer | null,
  hz = 30,
): { sim: Simulation<Scenario>; probes: ProbeResult[] } {
  const sim = new Simulation(scenario, { seed });
  const policy = createPolicy(trainee, sim.model, seed);
  const freezes = new FreezeSchedule(scenario, seed);
  const dt = 1 / hz;
  for (let i = 0; i < (scenario.durationS + 5) * hz && !sim.done; i++) {
    const f = freezes.due(sim);
    if (f) freezes.answer(f.questions.map((q) => answer(q.probe, q.truth)));
    for (const act of policy.step({ t: sim.time, dt, view: sim.view, options: sim.availableOptions() }))
      sim.apply(act);
    if (sim.done) break;
    sim.tick(dt, policy.signals);
  }
  return { sim, probes: freezes.probes };
}
