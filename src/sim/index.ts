export { Simulation, type SimView, type SimulationOptions } from './simulation';
export { buildPatientMachine, MACHINE_ID, EXIT_REACH, type PatientMachine } from './machine';
export { compileModel, type PatientModel } from './model';
export { initialSignals, type PatientContext } from './context';
export * from './proxemics';
export * from './types';
export * from './vocabulary';
export { Rng } from './rng';
export { runScripted, replay, inputsOf, isInput, summarize, type RunSummary, type RunOptions } from './run';
export { createPolicy, TRAINEE_POLICIES, type TraineePolicyName, type TraineePolicy } from './trainees';
export type * from './spec';
export {
  tagMask,
  gazeTargetsMentioned,
  phasesMentioned,
  usesInstant,
  compileCondition,
  type Predicate,
} from './conditions';
export { stepTick } from './dynamics';
export { discreteChangeDue } from './machine';
