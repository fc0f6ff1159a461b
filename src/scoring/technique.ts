/**
 * The technique checklist: Project BETA's ten domains (Richmond et al. 2012; domain.md §2) scored
 * from what the trainee said (each option's `beta` tags, its tags and tone) and from body language
 * (hands open, angled stance, distance kept), each item with its evidence (time and what happened).
 */
import {
  BETA_DOMAINS,
  TONE_FORCE,
  type BetaDomain,
  type LogEntry,
  type ScenarioSpec,
  type Tone,
} from '../sim';
import { SCORING } from './config';
import type { ProcessIndicators } from './process';
import type { Trace } from './trace';

export type EvidenceKind = 'said' | 'provocation' | 'tooClose' | 'handsOpen' | 'angled';

export interface Evidence {
  /** Sim time (s). */
  t: number;
  kind: EvidenceKind;
  optionId?: string;
  tone?: Tone;
  /** End of an episode (s). */
  toT?: number;
  /** A share (0-1) or a distance (m), depending on kind. */
  value?: number;
  safeDistance?: number;
}

export type ItemStatus = 'met' | 'partly' | 'notYet' | 'na';

export interface ChecklistItem {
  domain: BetaDomain;
  status: ItemStatus;
  /** 0-1, or null when the domain could not be observed in this run. */
  score: number | null;
  evidence: Evidence[];
}

export interface Utterance {
  t: number;
  optionId: string;
  tone: Tone;
  tags: string[];
  beta: BetaDomain[];
}

/** Tags that provoke (BETA domain 2: no commands, threats or dismissal). */
const PROVOKING_TAGS = new Set(['command', 'threat', 'dismiss']);
/** Tones from here up are provoking whatever the words (design). */
const PROVOKING_TONE = TONE_FORCE.commanding;
/** Within this distance (m, Hall's social zone) body language is judged; further away it hardly reads. */
const BODY_RANGE_M = 3.6;

export function utterancesOf(scenario: ScenarioSpec, log: readonly LogEntry[]): Utterance[] {
  const out: Utterance[] = [];
  for (const e of log) {
    if (e.kind !== 'act' || e.event.type !== 'SAY') continue;
    const option = scenario.options.find((o) => o.id === (e.event as { optionId: string }).optionId);
    if (!option) continue;
    out.push({
      t: e.t,
      optionId: option.id,
      tone: e.tone ?? option.tone,
      tags: option.tags,
      beta: option.beta,
    });
  }
  return out;
}

const status = (score: number | null): ItemStatus =>
  score === null
    ? 'na'
    : score >= SCORING.checklist.met
      ? 'met'
      : score >= SCORING.checklist.partly
        ? 'partly'
        : 'notYet';

const item = (domain: BetaDomain, score: number | null, evidence: Evidence[]): ChecklistItem => ({
  domain,
  status: status(score),
  score,
  evidence,
});

export function techniqueChecklist(trace: Trace, process: ProcessIndicators): ChecklistItem[] {
  const said = utterancesOf(trace.sim.scenario, trace.sim.log);
  const saidAs = (d: BetaDomain): Evidence[] =>
    said
      .filter((u) => u.beta.includes(d))
      .map((u) => ({ t: u.t, kind: 'said', optionId: u.optionId, tone: u.tone }));
  const near = trace.ticks.filter((s) => s.distance < BODY_RANGE_M);
  const body = near.length ? near : trace.ticks;
  const bodyS = body.reduce((a, s) => a + s.dt, 0);
  const shareOf = (pred: (s: (typeof body)[number]) => boolean) =>
    bodyS > 0 ? body.reduce((a, s) => a + (pred(s) ? s.dt : 0), 0) / bodyS : 1;
  const handsOpen = shareOf((s) => s.hands === 'open');
  const angled = shareOf((s) => s.stance === 'angled');
  const provocations = said.filter(
    (u) => u.tags.some((t) => PROVOKING_TAGS.has(t)) || TONE_FORCE[u.tone] >= PROVOKING_TONE,
  );
  const escalated = trace.ticks.some((s) => s.cycle === 'escalation' || s.cycle === 'crisis');

  const items: Record<BetaDomain, () => ChecklistItem> = {
    respectSpace: () =>
      item(
        'respectSpace',
        process.scores.safeDistance,
        process.tooCloseEpisodes.map((e) => ({
          t: e.from,
          toT: e.to,
          kind: 'tooClose',
          value: e.minDistance!,
          safeDistance: e.safeDistance!,
        })),
      ),
    dontProvoke: () =>
      item('dontProvoke', (handsOpen + angled + (1 - provocations.length / Math.max(1, said.length))) / 3, [
        { t: 0, kind: 'handsOpen', value: handsOpen },
        { t: 0, kind: 'angled', value: angled },
        ...provocations.map((u): Evidence => ({
          t: u.t,
          kind: 'provocation',
          optionId: u.optionId,
          tone: u.tone,
        })),
      ]),
    verbalContact: () => {
      const ev = saidAs('verbalContact');
      const first = said[0]?.t;
      const at = ev[0]?.t;
      const score =
        at === undefined || first === undefined ? 0 : at - first <= SCORING.verbalContactEarlyS ? 1 : 0.5;
      return item('verbalContact', score, ev);
    },
    limits: () => {
      const ev = saidAs('limits');
      if (!ev.length) return item('limits', escalated ? 0 : null, ev);
      const calm = ev.every((e) => TONE_FORCE[e.tone!] <= TONE_FORCE.firm);
      return item('limits', calm ? 1 : 0.5, ev);
    },
    // Domain 10 (debrief the patient and staff afterwards) happens after the run: this debrief.
    debrief: () => item('debrief', null, []),
    concise: () => saidItem('concise'),
    identifyWants: () => saidItem('identifyWants'),
    listen: () => saidItem('listen'),
    agree: () => saidItem('agree'),
    choices: () => saidItem('choices'),
  };
  function saidItem(d: BetaDomain): ChecklistItem {
    const ev = saidAs(d);
    return item(d, ev.length ? 1 : 0, ev);
  }
  return BETA_DOMAINS.map((d) => items[d]());
}
