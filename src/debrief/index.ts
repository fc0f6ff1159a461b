export { DEBRIEF_VERSION, TIMELINE_KINDS, WELLBEING_PRINCIPLES } from './constants';
export {
  DebriefRecordSchema,
  debriefJsonSchema,
  type DebriefRecord,
  type WellbeingPrinciple,
  type TimelineKind,
} from './record';
export { buildDebrief, CONFIDENTIALITY, type RunInput } from './build';
export { feedback } from './feedback';
export { toStatements, isoDuration, XAPI_IDS, XAPI_VERSION, type Statement } from './xapi';
export { uuidFrom, randomUuid } from './ids';
