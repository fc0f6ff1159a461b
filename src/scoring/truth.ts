/**
 * The true answer to a SAGAT probe, read from the simulation at the freeze (domain.md §5,
 * Endsley 1995). Levels 1 and 2 read the current state; level 3 asks the machine itself what
 * happens under a hypothetical input (projection.ts), so the answer key is the model.
 */
import type { Probe } from '../scenario';
import type { CueBehaviour, CyclePhase, ProjectionAnswer, RiskBand, Simulation } from '../sim';
import { riskBandOf } from './config';
import { project, type Projection } from './projection';

export type ProbeTruth =
  | { kind: 'cuesPresent'; value: CueBehaviour[] }
  | { kind: 'nearestExit'; value: string }
  | { kind: 'patientHolds'; value: string }
  | { kind: 'phase'; value: CyclePhase }
  | { kind: 'riskBand'; value: RiskBand; cueCount: number }
  | { kind: 'projection'; value: ProjectionAnswer; projection: Projection };

/** The patient holds nothing: the answer value for patientHolds. */
export const NOTHING = 'nothing';

/**
 * `sim` is the run at the freeze (the app's live simulation, or a replay of its log to that time).
 * Projection replays sim.log twice, so it costs about as much as the run so far.
 */
export function probeTruth(sim: Simulation, probe: Probe): ProbeTruth {
  const v = sim.view;
  switch (probe.kind) {
    case 'cuesPresent':
      return { kind: 'cuesPresent', value: [...v.cues] };
    case 'nearestExit':
      return { kind: 'nearestExit', value: sim.context.prox.nearestExitId };
    case 'patientHolds':
      return { kind: 'patientHolds', value: v.holds ?? NOTHING };
    case 'phase':
      return { kind: 'phase', value: v.cycle };
    case 'riskBand':
      return { kind: 'riskBand', value: riskBandOf(v.cues.length), cueCount: v.cues.length };
    case 'projection': {
      const h = probe.hypothetical;
      if (!h) throw new Error(`projection probe ${probe.id} has no hypothetical`);
      const projection = project(sim.scenario, sim.seed, sim.log, h);
      return { kind: 'projection', value: projection.answer, projection };
    }
  }
}
