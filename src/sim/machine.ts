/**
 * The patient as an XState v5 statechart built from scenario data (domain.md §1, design.md §3).
 * `running` holds one child state per scenario phase (each tagged with its assault-cycle phase);
 * endings are final states. Continuous arousal lives in context and is advanced by TICK; phase
 * transitions are eventless and guarded on that context. The context is `{ p }`: one key, so
 * XState's assign copies one reference per tick, while `p` is replaced immutably by dynamics.ts. Each phase has an `attended`/`ignored`
 * child pair whose delayed transition fires when nobody has spoken to the patient for too long.
 */
import { assign, enqueueActions, setup } from 'xstate';
import type { ScenarioSpec as Scenario } from './spec';
import type { EvalState } from './conditions';
import { initialContext, type MachineInput, type PatientContext } from './context';
import { enterEnding, enterPhase, evalState, stepAct, stepInstruct, stepTick, type Step } from './dynamics';
import { compileModel, phaseOf, type PatientModel } from './model';
import { distance } from './proxemics';
import type { SimEffect, SimEvent } from './types';
import type { Act } from './vocabulary';

export const MACHINE_ID = 'patient';
const IGNORED: Act = 'ignored';
const WITHDRAW: Act = 'withdraw';
const NO_EFFECTS: SimEffect[] = [];
/** A trainee must be this close to an exit to leave through it (m). */
export const EXIT_REACH = 1.2;

/** Internal: hands the machine continuous state computed outside it (see Simulation.tick). */
export interface SyncEvent {
  type: 'SYNC';
  p: PatientContext;
}

/** Is transition `index` of the current phase ready? (The guard of the phase's eventless transitions.) */
export function transitionReady(
  model: PatientModel,
  p: PatientContext,
  index: number,
  es?: EvalState,
): boolean {
  const tr = phaseOf(model, p.phaseId).transitions[index];
  if (!tr) return false;
  return tr.forS > 0 ? (p.holds[index] ?? 0) >= tr.forS : tr.when(es ?? evalState(p));
}

/** Could the machine change state now, given this context? False means a TICK only moves continuous values. */
export function discreteChangeDue(model: PatientModel, p: PatientContext): boolean {
  if (p.pending !== null && p.t >= p.pending.at) return true;
  const n = phaseOf(model, p.phaseId).transitions.length;
  if (n === 0) return false;
  const es = evalState(p);
  for (let i = 0; i < n; i++) if (transitionReady(model, p, i, es)) return true;
  return false;
}

export function buildPatientMachine(scenario: Scenario, model: PatientModel = compileModel(scenario)) {
  let cachedCtx: PatientContext | null = null;
  let cachedEs: EvalState | null = null;
  const es = (ctx: PatientContext): EvalState => {
    if (ctx !== cachedCtx || !cachedEs) {
      cachedCtx = ctx;
      cachedEs = evalState(ctx);
    }
    return cachedEs;
  };
  const phaseTarget = (id: string) =>
    model.endings.has(id) ? `#${MACHINE_ID}.${id}` : `#${MACHINE_ID}.running.${id}`;

  const apply = (
    enqueue: { assign: (a: () => { p: PatientContext }) => void; emit: (e: SimEffect) => void },
    s: Step,
  ) => {
    enqueue.assign(() => ({ p: s.ctx }));
    for (const e of s.effects) enqueue.emit(e);
  };

  const machine = setup({
    types: {
      context: {} as { p: PatientContext },
      events: {} as SimEvent | SyncEvent,
      input: {} as MachineInput,
      emitted: {} as SimEffect,
    },
    actions: {
      // The hot path: a plain assign. Effects of a tick (rare: a pose change, an idle line) travel
      // in p.tickEffects and the Simulation dispatches them, avoiding enqueue overhead per tick.
      tick: assign(({ context, event }) => {
        if (event.type !== 'TICK') return context;
        const step = stepTick(model, context.p, event.dt, event.signals);
        step.ctx.tickEffects = step.effects.length > 0 ? step.effects : NO_EFFECTS;
        return { p: step.ctx };
      }),
      sync: assign(({ context, event }) => (event.type === 'SYNC' ? { p: event.p } : context)),
      act: enqueueActions(({ context, enqueue }, params: { act: Act }) => {
        apply(enqueue, stepAct(model, context.p, params.act));
      }),
      say: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'SAY') return;
        const option = model.options.get(event.optionId);
        if (!option) return;
        // How it was said is the trainee's (the delivery control or the microphone, issue 20); a
        // line said without one (the scripted trainees, the graph check) in the tone it is written in.
        const tone = event.tone ?? option.tone;
        apply(enqueue, stepAct(model, context.p, 'say', { tone, tags: option.tags, optionId: option.id }));
      }),
      instruct: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'INSTRUCT') return;
        apply(enqueue, stepInstruct(model, context.p, event));
      }),
      schedule: enqueueActions(({ context, enqueue }, params: { on: 'alarm' | 'help' }) => {
        if (context.p.pending) return;
        const ending = model.scenario.endings.find(
          (e) => e.on === params.on && (!e.phases || e.phases.includes(context.p.phaseId)),
        );
        if (ending)
          enqueue.assign({
            p: { ...context.p, pending: { ending: ending.id, at: context.p.t + (ending.afterS ?? 0) } },
          });
      }),
      enterPhase: enqueueActions(({ context, enqueue }, params: { phase: string }) => {
        apply(enqueue, enterPhase(model, context.p, params.phase));
      }),
      enterEnding: enqueueActions(({ context, enqueue }, params: { ending: string }) => {
        apply(enqueue, enterEnding(model, context.p, params.ending));
      }),
    },
    guards: {
      transitionReady: ({ context }, params: { index: number }) =>
        transitionReady(model, context.p, params.index, es(context.p)),
      pendingDue: ({ context }, params: { ending: string }) =>
        context.p.pending !== null &&
        context.p.pending.ending === params.ending &&
        context.p.t >= context.p.pending.at,
      canWithdraw: ({ context, event }, params: { phases: string[] | null }) => {
        if (event.type !== 'WITHDRAW') return false;
        if (params.phases && !params.phases.includes(context.p.phaseId)) return false;
        const exit = model.exits.find((e) => e.id === event.exitId);
        return exit !== undefined && distance(exit.position, context.p.signals.position) <= EXIT_REACH;
      },
      knownOption: ({ event }) => event.type === 'SAY' && model.options.has(event.optionId),
    },
    delays: {
      ignoredAfter: scenario.patient.ignoredAfterS * 1000,
      timeLimit: scenario.durationS * 1000,
    },
  });

  const timeout = scenario.endings.find((e) => e.on === 'timeout');
  const actEndings = (on: 'alarm' | 'help') =>
    scenario.endings
      .filter((e) => e.on === on)
      .map((e) => ({
        guard: { type: 'pendingDue' as const, params: { ending: e.id } },
        target: phaseTarget(e.id),
      }));

  const phaseStates = Object.fromEntries(
    scenario.phases.map((phase) => [
      phase.id,
      {
        tags: [phase.cycle],
        entry: { type: 'enterPhase' as const, params: { phase: phase.id } },
        initial: 'attended',
        states: {
          attended: { after: { ignoredAfter: 'ignored' } },
          ignored: { entry: { type: 'act' as const, params: { act: IGNORED } }, always: 'attended' },
        },
        always: phase.transitions.map((tr, index) => ({
          guard: { type: 'transitionReady' as const, params: { index } },
          target: phaseTarget(tr.to),
        })),
        on: { SAY: { guard: 'knownOption' as const, target: '.attended', actions: 'say' as const } },
      },
    ]),
  );

  const endingStates = Object.fromEntries(
    scenario.endings.map((e) => [
      e.id,
      {
        type: 'final' as const,
        tags: ['ending', e.kind],
        entry: { type: 'enterEnding' as const, params: { ending: e.id } },
      },
    ]),
  );

  return machine.createMachine({
    id: MACHINE_ID,
    context: ({ input }) => ({ p: initialContext(model, input.seed) }),
    initial: 'running',
    states: {
      running: {
        initial: scenario.phases[0]?.id ?? 'missing',
        ...(timeout ? { after: { timeLimit: phaseTarget(timeout.id) } } : {}),
        on: {
          TICK: { actions: 'tick' },
          SYNC: { actions: 'sync' },
          INSTRUCT: { actions: 'instruct' },
          RAISE_ALARM: {
            actions: [
              { type: 'act', params: { act: 'alarm' } },
              { type: 'schedule', params: { on: 'alarm' } },
            ],
          },
          CALL_HELP: {
            actions: [
              { type: 'act', params: { act: 'help' } },
              { type: 'schedule', params: { on: 'help' } },
            ],
          },
          WITHDRAW: scenario.endings
            .filter((e) => e.on === 'withdraw')
            .map((e) => ({
              guard: { type: 'canWithdraw' as const, params: { phases: e.phases ?? null } },
              target: phaseTarget(e.id),
              actions: { type: 'act' as const, params: { act: WITHDRAW } },
            })),
        },
        always: [...actEndings('alarm'), ...actEndings('help')],
        states: phaseStates,
      },
      ...endingStates,
    },
  });
}

export type PatientMachine = ReturnType<typeof buildPatientMachine>;
