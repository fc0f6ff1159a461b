/**
 * Builds the debrief record from a run: scenario, seed, the input log and the answers given at the
 * freezes. The run is re-simulated (scoring/trace.ts), so the record is the same for the same inputs.
 */
import type { Scenario } from '../scenario';
import { personaOf, type LogEntry } from '../sim';
import {
  freezeChoices,
  processIndicators,
  saScore,
  techniqueChecklist,
  traceRun,
  type ProbeResult,
  type Trace,
} from '../scoring';
import { feedback } from './feedback';
import { DEBRIEF_VERSION } from './constants';
import type { DebriefRecord } from './record';

export interface RunInput {
  id: string;
  scenario: Scenario;
  seed: number;
  pseudonym: string;
  /** The device's random id (src/ui/profile.ts), for the xAPI account; absent in older records. */
  device?: string;
  startedAt: string;
  log: readonly LogEntry[];
  probes: readonly ProbeResult[];
}

/** The no-blame, confidentiality statement every record carries (domain.md §6). */
export const CONFIDENTIALITY = {
  nb: 'Denne debriefen er for læring, ikke for vurdering av deg som person. Den lagres bare på denne enheten, og du bestemmer selv om den deles. Ingen skal få skyld for det som skjedde i scenarioet.',
  en: 'This debrief is for learning, not for judging you as a person. It is stored only on this device, and you decide whether to share it. Nobody is to blame for what happened in the scenario.',
};

const SAMPLE_S = 0.5;

/** The first call for help or alarm, as the engine judged it (sim/dynamics.ts stepAct). */
function responseOf(trace: Trace) {
  const r = trace.sim.context.response;
  return r ? { response: { ...r, t: Math.round(r.t * 1000) / 1000 } } : {};
}
const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function buildDebrief(run: RunInput): DebriefRecord {
  const trace = traceRun(run.scenario, run.seed, run.log);
  const persona = personaOf(run.log);
  const sc = run.scenario;
  const process = processIndicators(trace);
  const sa = saScore(run.probes, process);
  const checklist = techniqueChecklist(trace, process);
  const { wentWell, tryNext } = feedback(checklist, process);
  const ending = trace.sim.outcome;
  const intense =
    trace.ticks.some((s) => s.cycle === 'crisis') || ending?.id === 'assault' || ending?.kind === 'bad';
  const optionLabel = (id?: string) => sc.options.find((o) => o.id === id)?.text;
  return {
    format: 'rolig-debrief',
    version: DEBRIEF_VERSION,
    id: run.id,
    scenario: { id: sc.id, version: sc.version, title: sc.title, role: sc.role },
    seed: run.seed,
    pseudonym: run.pseudonym,
    ...(run.device ? { device: run.device } : {}),
    startedAt: run.startedAt,
    durationS: r3(trace.durationS),
    outcome: ending ? { id: ending.id, kind: ending.kind, title: ending.title, ...responseOf(trace) } : null,
    ...(persona ? { persona } : {}),
    intense,
    timeline: timeline(trace, run.probes),
    arousal: sampled(trace, (s) => [r3(s.t), r3(s.arousal)]),
    distance: sampled(trace, (s) => [r3(s.t), r3(s.distance), s.safeDistance]),
    positions: sampled(trace, (s) => [
      r3(s.t),
      r3(s.trainee[0]),
      r3(s.trainee[1]),
      r3(s.patient[0]),
      r3(s.patient[1]),
    ]),
    phases: phaseBands(trace),
    cues: process.cues.map((c) => ({
      behaviour: c.behaviour,
      shownAt: r3(c.shownAt),
      noticedAt: c.noticedAt === null ? null : r3(c.noticedAt),
      latencyS: c.latencyS === null ? null : r3(c.latencyS),
    })),
    probes: run.probes.map((p) => {
      const probe = sc.probes.find((q) => q.id === p.probeId);
      const choices = probe && freezeChoices(sc, probe, p.truth, run.seed, p.freeze).options;
      return {
        freeze: p.freeze,
        t: r3(p.t),
        probeId: p.probeId,
        level: p.level,
        kind: p.truth.kind,
        question: probe?.question ?? { nb: p.probeId, en: p.probeId },
        truth: p.truth.value,
        answer: p.answer,
        correct: p.correct,
        ...(choices
          ? {
              choices: choices.map((c) =>
                c.label ? { value: c.value, label: c.label } : { value: c.value },
              ),
            }
          : {}),
      };
    }),
    sa: {
      total: sa.total,
      evidence: sa.evidence,
      weights: sa.weights,
      probes: sa.probes,
      process: { score: process.score, indicators: process.scores },
    },
    technique: checklist.map((i) => ({
      domain: i.domain,
      status: i.status,
      score: i.score,
      evidence: i.evidence.slice(0, 50).map((e) => {
        const label = optionLabel(e.optionId);
        return {
          ...e,
          t: r3(e.t),
          ...(e.toT !== undefined ? { toT: r3(e.toT) } : {}),
          ...(label ? { label } : {}),
        };
      }),
    })),
    metrics: {
      tooCloseS: r3(process.tooCloseS),
      blockingS: r3(process.blockingS),
      ownExitClearS: r3(process.ownExitClearS),
      minDistance: trace.ticks.length ? r3(Math.min(...trace.ticks.map((s) => s.distance))) : null,
      exits: process.exits.map((e) => ({
        id: e.id,
        firstCheckedAt: e.firstCheckedAt === null ? null : r3(e.firstCheckedAt),
      })),
    },
    wentWell,
    tryNext,
    reflection: { reactions: '', whatHappened: '', keep: '', change: '' },
    instructorComments: '',
    wellbeing: { offered: intense, answers: {}, wantsPause: false },
    confidentiality: CONFIDENTIALITY,
  };
}

function sampled<T>(trace: Trace, f: (s: Trace['ticks'][number]) => T): T[] {
  const out: T[] = [];
  let next = 0;
  const last = trace.ticks[trace.ticks.length - 1];
  for (const s of trace.ticks) {
    if (s.t + 1e-9 >= next || s === last) {
      out.push(f(s));
      next = s.t + SAMPLE_S;
    }
  }
  return out;
}

function phaseBands(trace: Trace): DebriefRecord['phases'] {
  const out: DebriefRecord['phases'] = [];
  const sc = trace.sim.scenario;
  for (const s of trace.ticks) {
    const cur = out[out.length - 1];
    if (cur && cur.phaseId === s.phaseId) cur.to = r3(s.t);
    else {
      const label = sc.phases.find((p) => p.id === s.phaseId)?.label ?? { nb: s.phaseId, en: s.phaseId };
      out.push({ from: r3(s.t - s.dt), to: r3(s.t), phaseId: s.phaseId, cycle: s.cycle, label });
    }
  }
  return out;
}

function timeline(trace: Trace, probes: readonly ProbeResult[]): DebriefRecord['timeline'] {
  const sc = trace.sim.scenario;
  const out: DebriefRecord['timeline'] = [];
  for (const e of trace.sim.log) {
    if (e.kind === 'act') {
      const ev = e.event;
      if (ev.type === 'SAY') {
        const o = sc.options.find((x) => x.id === ev.optionId);
        out.push({ t: r3(e.t), kind: 'say', ref: ev.optionId, ...(o ? { label: o.text } : {}) });
      } else if (ev.type === 'RAISE_ALARM') out.push({ t: r3(e.t), kind: 'alarm' });
      else if (ev.type === 'CALL_HELP') out.push({ t: r3(e.t), kind: 'help' });
      else if (ev.type === 'INSTRUCT' && ev.act === 'line') {
        const line = sc.lines.find((x) => x.id === ev.lineId);
        out.push({
          t: r3(e.t),
          kind: 'instructor',
          ref: `line:${ev.lineId}`,
          ...(line ? { label: line.text } : {}),
        });
      } else if (ev.type === 'INSTRUCT') {
        const d = `${ev.delta > 0 ? '+' : '−'}${Math.abs(ev.delta).toFixed(2)}`;
        out.push({
          t: r3(e.t),
          kind: 'instructor',
          ref: `nudge:${ev.delta}`,
          label: { nb: `uro ${d.replace('.', ',')}`, en: `arousal ${d}` },
        });
      } else out.push({ t: r3(e.t), kind: 'withdraw', ref: ev.exitId });
    } else if (e.kind === 'effect') {
      const f = e.effect;
      if (f.type === 'phase') {
        const p = sc.phases.find((x) => x.id === f.phase);
        out.push({ t: r3(e.t), kind: 'phase', ref: f.phase, ...(p ? { label: p.label } : {}) });
      } else if (f.type === 'cue') {
        const c = sc.cues.find((x) => x.id === f.cueId);
        out.push({
          t: r3(e.t),
          kind: 'cue',
          ref: f.behaviour,
          on: f.on,
          ...(c ? { label: c.description } : {}),
        });
      } else if (f.type === 'ending') {
        const en = sc.endings.find((x) => x.id === f.ending);
        out.push({ t: r3(e.t), kind: 'ending', ref: f.ending, ...(en ? { label: en.title } : {}) });
      }
    }
  }
  const freezes = new Map<number, number>();
  for (const p of probes) freezes.set(p.freeze, p.t);
  for (const [i, t] of freezes) out.push({ t: r3(t), kind: 'freeze', ref: String(i) });
  return out.sort((a, b) => a.t - b.t).slice(0, 5000);
}
