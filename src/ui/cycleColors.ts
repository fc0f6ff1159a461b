/** Diagram and chart colours: assault-cycle phases as in the debrief timeline, endings by kind. */
import type { CyclePhase, OutcomeKind } from '../sim';

export const CYCLE_FILL: Record<CyclePhase, string> = {
  baseline: '#e3efe6',
  escalation: '#fbecc8',
  crisis: '#f6d0cc',
  recovery: '#dde8f5',
  postCrisis: '#ece6f3',
};
export const CYCLE_STROKE: Record<CyclePhase, string> = {
  baseline: '#3d7a55',
  escalation: '#b7791f',
  crisis: '#b83232',
  recovery: '#2f5f98',
  postCrisis: '#6b4f96',
};
export const ENDING_FILL: Record<OutcomeKind, string> = {
  disproportionate: '#8a5a00',
  afterCrisis: '#6b4f96',
  good: '#2f7d4f',
  safe: '#2b5f9e',
  bad: '#b02a2a',
  neutral: '#5f6b7a',
};
export const PATH = '#c26a00';
