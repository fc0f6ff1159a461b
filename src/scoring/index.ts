export { SCORING, safeDistance, riskBandOf } from './config';
export { traceRun, cueMask, cuesOfMask, type Trace, type TickSample } from './trace';
export { probeTruth, NOTHING, type ProbeTruth } from './truth';
export { project, compare, type Projection, type Branch, type Hypothetical } from './projection';
export { scheduleFreezes, eligibleProbes, pickProbes } from './freeze';
export {
  answerChoices,
  freezeChoices,
  isCorrect,
  type AnswerChoices,
  type AnswerOption,
  type ProbeAnswer,
} from './answers';
export {
  processIndicators,
  noticeScore,
  INDICATORS,
  type ProcessIndicators,
  type IndicatorId,
  type CueNotice,
  type Episode,
} from './process';
export {
  techniqueChecklist,
  utterancesOf,
  type ChecklistItem,
  type Evidence,
  type EvidenceKind,
  type ItemStatus,
  type Utterance,
} from './technique';
export { saScore, type SaScore, type ProbeResult, type LevelScore } from './sa';
export { scriptedSa } from './scripted';
