/** Public API of the session layer: one headless run, as every driver and test uses it. */
export { RunSession, type ResumeState, type RunSessionOptions, type SessionStore } from './runSession';
export {
  RunClock,
  FixedStep,
  SIM_STEP,
  MAX_FRAME_DT,
  frameTime,
  createTickBlend,
  beforeTick,
  type TickBlend,
} from './clock';
export { FreezeSchedule, type Freeze, type FreezeQuestion } from './freezes';
export {
  RunFeed,
  CaptionStore,
  Store,
  captionSeconds,
  type Caption,
  type Captions,
  type RunStatus,
} from './feed';
export { Autosaver, type AutosavePort, type SavedState } from './autosave';
export { runWithFreezes } from './scripted';
export {
  DecisionWatch,
  forkAt,
  summarizeBranch,
  type BranchSummary,
  type DecisionPoint,
  type DecisionReason,
} from './walkthrough';
