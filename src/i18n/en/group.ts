import type { group as nb } from '../nb/group';

/** English: the group walkthrough on a projector (issue 19). */
export const group: Record<keyof typeof nb, string> = {
  'group.start': 'Group walkthrough (projector)',
  'group.startHint':
    'The run stops when the patient says something or a warning sign appears. The group discusses and chooses what to say, and can try another choice from any stop.',
  'group.heading': 'Group walkthrough',
  'group.branch': 'Branch {name}',
  'group.decision': 'Decision point {n}',
  'group.reason.line': 'He says: "{text}"',
  'group.reason.cue': 'Warning sign: {text}',
  'group.reason.stop': 'Stopped by the facilitator',
  'group.choose': 'What do we say? (number or click)',
  'group.goOn': 'Go on without saying anything',
  'group.stop': 'Stop here',
  'group.keys': 'Space: stop / go on · 1–9: choose · B: voice',
  'group.running': 'Playing …',
  'group.points': 'Decision points',
  'group.chose': 'chose: {text}',
  'group.choseNothing': 'said nothing',
  'group.whatIf': 'What if we had …',
  'group.compare': 'The branches side by side',
  'group.ongoing': 'ongoing',
  'group.forkedAt': 'from point {n}',
  'group.ended': 'Ended: {text}',
  'group.debrief': 'Group debrief',
  'group.quit': 'End the walkthrough',
  'group.chart': 'Arousal over time for each branch',
};
