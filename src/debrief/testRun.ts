/** A scripted run with SAGAT freezes answered by a rule, for the debrief tests (no test-framework imports). */
import type { Probe, Scenario } from '../scenario';
import { createPolicy, Simulation, type TraineePolicyName } from '../sim';
import {
  isCorrect,
  pickProbes,
  probeTruth,
  scheduleFreezes,
  type ProbeAnswer,
  type ProbeResult,
  type ProbeTruth,
} from '../scoring';

export function runWithFreezes(
  scenario: Scenario,
  trainee: TraineePolicyName,
  seed: number,
  answer: (probe: Probe, truth: ProbeTruth) => ProbeAnswer | null,
  hz = 30,
): { sim: Simulation; probes: ProbeResult[] } {
  const sim = new Simulation(scenario, { seed });
  const policy = createPolicy(trainee, sim.model, seed);
  const freezes = scheduleFreezes(scenario, seed);
  const probes: ProbeResult[] = [];
  const dt = 1 / hz;
  let next = 0;
  for (let i = 0; i < (scenario.durationS + 5) * hz && !sim.done; i++) {
    if (next < freezes.length && sim.time >= freezes[next]!) {
      for (const probe of pickProbes(scenario, sim.view.phaseId, seed, next)) {
        const truth = probeTruth(sim, probe);
        const a = answer(probe, truth);
        probes.push({
          freeze: next,
          t: sim.time,
          probeId: probe.id,
          level: probe.level,
          truth,
          answer: a,
          correct: isCorrect(truth, a),
        });
      }
      next++;
    }
    for (const act of policy.step({ t: sim.time, dt, view: sim.view, options: sim.availableOptions() }))
      sim.apply(act);
    if (sim.done) break;
    sim.tick(dt, policy.signals);
  }
  return { sim, probes };
}
