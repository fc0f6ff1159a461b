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
