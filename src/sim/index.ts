export { Simulation, type Outcome, type SimView, type SimulationOptions } from './simulation';
export { buildPatientMachine, MACHINE_ID, EXIT_REACH, type PatientMachine } from './machine';
export { compileModel, type PatientModel } from './model';
export { initialContext, initialSignals, type PatientContext } from './context';
export * from './proxemics';
export * from './types';
export * from './vocabulary';
export { Rng } from './rng';
export { optionOrder } from './menuOrder';
export { applyPersona, drawPersona, personaOf, type PersonaDraw, type PersonaRanges } from './persona';
export { runScripted, replay, inputsOf, isInput, summarize, type RunSummary, type RunOptions } from './run';
export {
  createPolicy,
  SCRIPTED_TRAINEES,
  TRAINEE_POLICIES,
  type ScriptedTrainee,
  type TraineePolicyName,
  type TraineePolicy,
} from './trainees';
export { GAMING_DESCRIPTIONS, GAMING_POLICIES, type GamingPolicyName } from './gaming';
export type * from './spec';
export {
  tagMask,
  gazeTargetsMentioned,
  phasesMentioned,
  usesInstant,
  compileCondition,
  type Predicate,
} from './conditions';
export { stepAct, stepTick } from './dynamics';
export { discreteChangeDue } from './machine';
