/**
 * The model behaves as domain.md says, on every bundled scenario: good practice ends well,
 * provocation escalates, and tone, distance and blocking each change the arousal curve alone.
 */
import { describe, expect, it } from 'vitest';
import { initialSignals } from '../../src/sim/context';
import { inTheWay, nearestExit } from '../../src/sim/proxemics';
import { runScripted } from '../../src/sim/run';
import { Simulation } from '../../src/sim/simulation';
import { bundledScenarios } from '../../src/scenario/testing';
import type { Tone } from '../../src/sim/vocabulary';
import type { Scenario } from '../../src/scenario';
import type { Vec2 } from '../../src/sim/types';

const SEEDS = 200;
const scenarios = bundledScenarios();

describe.each(scenarios)('$file', ({ scenario }) => {
  it.each([
    ['', false],
    [', each seed meeting its own persona variant ("Surprise me")', true],
  ])(`textbook trainee ends well in at least 95% of ${SEEDS} seeds%s`, (_, surprise) => {
    let good = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { summary } = runScripted(scenario, 'textbook', seed, { surprise });
      if (summary.outcomeKind === 'good' || summary.outcomeKind === 'safe') good++;
    }
    expect(good / SEEDS).toBeGreaterThanOrEqual(0.95);
  });

  it(`provocative trainee reaches crisis in at least 95% of ${SEEDS} seeds`, () => {
    const crisisIds = new Set(scenario.phases.filter((p) => p.cycle === 'crisis').map((p) => p.id));
    let crisis = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { summary } = runScripted(scenario, 'provocative', seed);
      if (summary.phases.some((p) => crisisIds.has(p))) crisis++;
    }
    expect(crisis / SEEDS).toBeGreaterThanOrEqual(0.95);
  });

  it('can end badly: the provocative trainee reaches a bad ending in at least one of 50 seeds', () => {
    const bad = new Set(scenario.endings.filter((e) => e.kind === 'bad').map((e) => e.id));
    let reached = 0;
    for (let seed = 1; seed <= 50; seed++)
      if (bad.has(runScripted(scenario, 'provocative', seed).summary.outcome)) reached++;
    expect(reached).toBeGreaterThan(0);
  });

  it('tone alone changes the arousal curve', () => {
    const calm = meanArousal(scenario, { tone: 'calm' });
    const shout = meanArousal(scenario, { tone: 'shouting' });
    expect(shout - calm).toBeGreaterThan(0.03);
  });

  it('shouting provokes more than a raised voice, and a raised voice more than calm', () => {
    const calm = meanArousal(scenario, { tone: 'calm' });
    const raised = meanArousal(scenario, { tone: 'raised' });
    const shout = meanArousal(scenario, { tone: 'shouting' });
    expect(raised - calm).toBeGreaterThan(0.005);
    expect(shout - raised).toBeGreaterThan(0.005);
  });

  it('distance alone changes the arousal curve', () => {
    expect(
      meanArousal(scenario, { distance: 0.8 }) - meanArousal(scenario, { distance: 2.5 }),
    ).toBeGreaterThan(0.03);
  });

  it("blocking the patient's way out alone changes the arousal curve", () => {
    expect(
      meanArousal(scenario, { blocking: true }) - meanArousal(scenario, { blocking: false }),
    ).toBeGreaterThan(0.01);
  });
});

interface Variation {
  tone?: Tone;
  distance?: number;
  blocking?: boolean;
}

/** A fixed trainee: stands still at a set spot, every 8 s says a calm line that answers him (or the next in turn). */
function meanArousal(scenario: Scenario, v: Variation, seconds = 60, seeds = 10): number {
  let total = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const sim = new Simulation(scenario, { seed });
    const patient = sim.view.patientPosition;
    const exit = nearestExit(patient, sim.model.exits).position;
    const d = v.distance ?? 1.6;
    const toExit = Math.atan2(exit[0] - patient[0], exit[1] - patient[1]);
    // Same distance either way; blocking stands on the exit line, not blocking stands off it.
    let spot: Vec2 = [patient[0] + Math.sin(toExit) * d, patient[1] + Math.cos(toExit) * d];
    if (!v.blocking) {
      for (let k = 1; k < 24; k++) {
        const a = toExit + (k * Math.PI) / 12;
        const c: Vec2 = [patient[0] + Math.sin(a) * d, patient[1] + Math.cos(a) * d];
        const b = sim.model.bounds;
        if (c[0] < b.minX || c[0] > b.maxX || c[1] < b.minZ || c[1] > b.maxZ) continue;
        if (!sim.model.exits.some((e) => inTheWay(c, patient, e.position))) {
          spot = c;
          break;
        }
      }
    }
    const signals = {
      ...initialSignals(sim.model),
      position: spot,
      facing: toExit + Math.PI,
      gaze: 'patient.face',
    };
    const calm = scenario.options.filter((o) => o.tone === 'calm');
    let sum = 0;
    let n = 0;
    for (let t = 0, k = 0; t < seconds && !sim.done; t += 0.1, k++) {
      if (k % 80 === 0 && calm.length > 0) {
        // Answer what he last asked for when a calm line does (the model weighs relevance), else the next.
        const asks = sim.model.lines.get(sim.view.lastLineId ?? '')?.asks ?? [];
        const fit = calm.find((o) => o.tags.some((tag) => asks.includes(tag)));
        sim.say((fit ?? calm[(k / 80) % calm.length]!).id, v.tone ?? 'calm');
      }
      sim.tick(0.1, signals);
      sum += sim.view.arousal;
      n++;
    }
    total += sum / Math.max(1, n);
  }
  return total / seeds;
}
