/**
 * Semantic checks over the built machine with @xstate/graph (design.md §4): every phase reachable,
 * no phase the patient can never leave, a path to a good and to a bad ending, every cue, probe and
 * line able to occur. Continuous context is abstracted into bands so the state space stays small.
 */
import { getAdjacencyMap } from '@xstate/graph';
import type { AnyStateNode } from 'xstate';
import {
  buildPatientMachine,
  compileModel,
  discreteChangeDue,
  stepTick,
  tagMask,
  TONE_FORCE,
  type SimEvent,
  type UtteranceTag,
} from '../sim';
import type { Condition, Scenario } from './schema';
import type { PathKey, Problem } from './problems';
import { posture, type Posture } from './graphPostures';

type At = (path: readonly PathKey[], message: string, severity?: Problem['severity']) => Problem;

export interface GraphReport {
  reachable: Set<string>;
  edges: Map<string, Set<string>>;
  vertices: number;
  transitions: number;
  problems: Problem[];
}

/** Sim time one abstract trainee behaviour lasts, and the tick inside it. */
const MACRO_S = 12;
/** Abstract states explored at most; beyond that the check reports instead of running on. */
const TRAVERSAL_LIMIT = 100_000;
const MICRO_S = 4;

/** An abstract trainee behaviour: hold a posture for MACRO_S seconds, optionally saying one thing or acting. */
interface Macro {
  type: string;
  posture: Posture;
  say?: string;
  act?: SimEvent;
}

/**
 * Strategy-level reachability: the events of the graph are trainee behaviours lasting a few
 * seconds, each expanded into the machine's own TICK/SAY/act events (and the delayed events the
 * clock would fire). The state is abstracted to phase, arousal band and the few flags that gate
 * transitions, so the search stays small while every step is the real machine's transition.
 */
export function analyzeScenario(scenario: Scenario, at: At): GraphReport {
  // Noise off: the graph asks what the model can do, not what one seed did.
  // No noise, and relevance held neutral: what he last asked and how often each kind of line was
  // said are run history the abstract states do not keep. Neutral is what a trainee meets whose
  // every line answers him, so the check over-approximates (a phase it calls unreachable is).
  const quiet: Scenario = {
    ...scenario,
    patient: {
      ...scenario.patient,
      noise: 0,
      relevance: { ignoredAskFactor: 1, ignoredAskImpulse: 0, repeatFactor: 1, passedOverGrowth: 0 },
      // The recovery floor needs when the crisis was left, which the abstract states drop; off,
      // it can only make coming down easier (over-approximation again).
      recovery: { ...scenario.patient.recovery, halfLifeS: 0 },
    },
  };
  const model = compileModel(quiet);
  const machine = buildPatientMachine(quiet, model);
  const saidMask = tagMask(saidBeforeTags(quiet));
  const ignoredEvent = new Map<string, string>();
  let timeLimitEvent: string | null = null;
  const visit = (node: AnyStateNode) => {
    for (const d of node.after) {
      const type = String(d.eventType);
      if (type.includes('timeLimit')) timeLimitEvent = type;
      else if (node.parent?.parent?.key === 'running') ignoredEvent.set(node.parent.key, type);
    }
    for (const child of Object.values(node.states)) visit(child as AnyStateNode);
  };
  visit(machine.root);

  const harsh = quiet.options.filter(
    (o) => TONE_FORCE[o.tone] >= TONE_FORCE.raised || o.tags.some((t) => HARSH.includes(t)),
  );
  const macros: Macro[] = [
    { type: 'good', posture: 'good' },
    ...quiet.options
      .filter((o) => !harsh.includes(o))
      .map((o) => ({ type: `good+${o.id}`, posture: 'good' as const, say: o.id })),
    { type: 'hostile', posture: 'hostile' },
    ...harsh.map((o) => ({ type: `hostile+${o.id}`, posture: 'hostile' as const, say: o.id })),
    { type: 'blocking', posture: 'blocking' },
    { type: 'far', posture: 'far' },
    { type: 'alarm', posture: 'far', act: { type: 'RAISE_ALARM' } },
    { type: 'help', posture: 'far', act: { type: 'CALL_HELP' } },
    ...quiet.setting.exits.map((e) => ({
      type: `withdraw:${e.id}`,
      posture: 'exit' as const,
      act: { type: 'WITHDRAW' as const, exitId: e.id },
    })),
  ];

  type Snap = ReturnType<typeof machine.getInitialSnapshot>;
  const ignoredS = quiet.patient.ignoredAfterS;
  const logic = {
    ...machine,
    getInitialSnapshot: machine.getInitialSnapshot.bind(machine),
    getPersistedSnapshot: machine.getPersistedSnapshot.bind(machine),
    transition: (snap: Snap, macro: Macro, scope: Parameters<typeof machine.transition>[2]): Snap => {
      // Like Simulation.tick: quiet ticks run the machine's pure step here and the machine is
      // handed the context (SYNC) only when a guard could fire or an event must be processed.
      let s = snap;
      let p = s.context.p;
      const flush = () => {
        if (p !== s.context.p && s.status !== 'done') s = machine.transition(s, { type: 'SYNC', p }, scope);
        p = s.context.p;
      };
      const send = (e: SimEvent | { type: string }) => {
        flush();
        if (s.status !== 'done') s = machine.transition(s, e as SimEvent, scope);
        p = s.context.p;
      };
      const exitId = macro.act?.type === 'WITHDRAW' ? macro.act.exitId : null;
      for (let k = 0; k < MACRO_S / MICRO_S && s.status !== 'done'; k++) {
        const quietFor = p.t - Math.max(p.lastUtteranceAt, p.phaseEnteredAt);
        p = stepTick(model, p, MICRO_S, posture(model, p, macro.posture, exitId, k)).ctx;
        if (discreteChangeDue(model, p)) flush();
        if (Math.floor((quietFor + MICRO_S) / ignoredS) > Math.floor(quietFor / ignoredS)) {
          const ev = ignoredEvent.get(p.phaseId);
          if (ev) send({ type: ev });
        }
        if (timeLimitEvent && p.t >= quiet.durationS) send({ type: timeLimitEvent });
        if (k === 0 && macro.say) send({ type: 'SAY', optionId: macro.say });
        if (k === 0 && macro.act && macro.act.type !== 'WITHDRAW') send(macro.act);
      }
      if (macro.act?.type === 'WITHDRAW') send(macro.act);
      flush();
      return s;
    },
  };

  const stateName = (value: unknown): string =>
    typeof value === 'string'
      ? value
      : (Object.keys((value as { running?: object }).running ?? {})[0] ?? '?');

  let map: Record<string, { state: Snap; transitions: Record<string, { event: Macro; state: Snap }> }>;
  try {
    map = explore();
  } catch (e) {
    const message = /limit/i.test((e as Error).message)
      ? `the scenario has too many distinct situations to check (more than ${TRAVERSAL_LIMIT} abstract states): use fewer saidBefore tags, shorter help delays or fewer phases`
      : `the reachability check failed: ${(e as Error).message.split('\n')[0]}`;
    return {
      reachable: new Set(),
      edges: new Map(),
      vertices: 0,
      transitions: 0,
      problems: [at(['phases'], message)],
    };
  }

  function explore() {
    return getAdjacencyMap(logic as never, {
      input: { seed: 1 },
      events: (snap: Snap) => (snap.status === 'done' ? [] : macros),
      serializeEvent: (e: Macro) => e.type,
      limit: TRAVERSAL_LIMIT,
      serializeState: (snap: Snap) => {
        const c = snap.context.p;
        return [
          stateName(snap.value),
          Math.round(c.arousal / 0.05),
          c.pending ? `${c.pending.ending}@${Math.ceil((c.pending.at - c.t) / MACRO_S)}` : '',
          c.alarmRaisedAt === null ? 0 : 1,
          c.helpCalledAt === null ? 0 : 1,
          c.saidTags & saidMask,
          c.holds.map((h) => (h > 0 ? 1 : 0)).join(''),
        ].join('|');
      },
    }) as Record<string, { state: Snap; transitions: Record<string, { event: Macro; state: Snap }> }>;
  }

  const reachable = new Set<string>();
  const edges = new Map<string, Set<string>>();
  let transitions = 0;
  for (const vertex of Object.values(map)) {
    const from = stateName(vertex.state.value);
    reachable.add(from);
    for (const edge of Object.values(vertex.transitions)) {
      transitions++;
      const to = stateName(edge.state.value);
      reachable.add(to);
      // Endings reached by the trainee's acts or the clock are not the patient leaving a phase.
      if (to !== from && model.endings.get(to)?.on === undefined) {
        let set = edges.get(from);
        if (!set) edges.set(from, (set = new Set()));
        set.add(to);
      }
    }
  }
  return {
    reachable,
    edges,
    vertices: Object.keys(map).length,
    transitions,
    problems: graphProblems(quiet, reachable, edges, at),
  };
}

const HARSH: UtteranceTag[] = ['command', 'threat', 'refuse', 'dismiss'];

function graphProblems(
  s: Scenario,
  reachable: Set<string>,
  edges: Map<string, Set<string>>,
  at: At,
): Problem[] {
  const out: Problem[] = [];
  s.phases.forEach((p, i) => {
    if (!reachable.has(p.id)) out.push(at(['phases', i, 'id'], `phase "${p.id}" can never be reached`));
    else if (!edges.get(p.id)?.size)
      out.push(
        at(
          ['phases', i, 'transitions'],
          `dead end: the patient never leaves phase "${p.id}" (only the time limit or the trainee's acts end it)`,
        ),
      );
  });
  const kinds = (kind: string) => s.endings.filter((e) => e.kind === kind && reachable.has(e.id));
  if (kinds('good').length === 0) out.push(at(['endings'], 'no path leads to a good ending'));
  if (kinds('bad').length === 0 && s.endings.some((e) => e.kind === 'bad'))
    out.push(at(['endings'], 'no path leads to a bad ending'));
  s.endings.forEach((e, i) => {
    if (!reachable.has(e.id) && e.on !== 'timeout')
      out.push(at(['endings', i, 'id'], `ending "${e.id}" can never be reached`, 'warning'));
  });
  const live = s.phases.filter((p) => reachable.has(p.id));
  s.cues.forEach((c, i) => {
    if (!live.some((p) => p.cues.includes(c.id)))
      out.push(at(['cues', i, 'id'], `cue "${c.id}" is never shown: no reachable phase lists it`));
  });
  s.probes.forEach((probe, i) => {
    const phases = live.filter((p) => !probe.phases || probe.phases.includes(p.id));
    if (phases.length === 0)
      out.push(at(['probes', i], `probe "${probe.id}" can never be asked: none of its phases is reachable`));
    if (probe.kind === 'cuesPresent' && !phases.some((p) => p.cues.length > 0))
      out.push(
        at(['probes', i, 'kind'], `probe "${probe.id}" asks about cues, but none of its phases shows any`),
      );
    if (probe.kind === 'patientHolds' && !phases.some((p) => p.holds))
      out.push(
        at(
          ['probes', i, 'kind'],
          `probe "${probe.id}" asks what the patient holds, but they never hold anything`,
          'warning',
        ),
      );
  });
  const saidTags = new Set(s.options.flatMap((o) => o.tags));
  s.lines.forEach((l, i) => {
    if (l.phases && !l.phases.some((p) => reachable.has(p)))
      out.push(
        at(
          ['lines', i, 'phases'],
          `line "${l.id}" can never be said: none of its phases is reachable`,
          'warning',
        ),
      );
    if (l.replyTo && !l.replyTo.some((t) => saidTags.has(t)))
      out.push(at(['lines', i, 'replyTo'], `line "${l.id}" answers tags no option has`, 'warning'));
  });
  return out;
}

function saidBeforeTags(s: Scenario) {
  const tags: NonNullable<Condition['saidBefore']> extends infer T
    ? (T extends (infer U)[] ? U : T)[]
    : never = [];
  const walk = (c: Condition) => {
    if (c.saidBefore) tags.push(...(Array.isArray(c.saidBefore) ? c.saidBefore : [c.saidBefore]));
    [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])].forEach(walk);
  };
  for (const r of [...s.patient.sensitivities.triggers, ...s.patient.sensitivities.calming]) walk(r.when);
  for (const p of s.phases) for (const t of p.transitions) walk(t.when);
  return tags;
}
