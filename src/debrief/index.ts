export { DEBRIEF_VERSION, TIMELINE_KINDS, WELLBEING_PRINCIPLES } from './constants';
export {
  DebriefRecordSchema,
  PersonaDrawSchema,
  debriefJsonSchema,
  type DebriefRecord,
  type WellbeingPrinciple,
  type TimelineKind,
} from './record';
export { buildDebrief, CONFIDENTIALITY, type RunInput } from './build';
export { feedback } from './feedback';
export {
  toStatements,
  isoDuration,
  isHomePage,
  accountName,
  XAPI_IDS,
  XAPI_VERSION,
  type Statement,
  type XapiActor,
  type AnswerLabels,
} from './xapi';
export { uuidFrom, randomUuid } from './ids';
export {
  ALL_RUN_METRICS,
  RUN_METRICS,
  median,
  metricValue,
  runChart,
  runSignals,
  type RunChart,
  type RunMetric,
  type RunPoint,
  type RunSignal,
} from './runChart';
