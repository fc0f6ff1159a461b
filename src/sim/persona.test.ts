import { describe, expect, it } from 'vitest';
import { bundledScenarios, loadScenarioFile } from '../scenario/testing';
import { applyPersona, drawPersona, personaOf } from './persona';
import { inputsOf, replay } from './run';
import { runScripted } from './run';

const ed = loadScenarioFile('scenarios/ed-waiting-room.yaml');

describe('"Surprise me": persona variants', () => {
  it.each(bundledScenarios())(
    '$file draws every trait and weight inside its ranges, the same for the same seed',
    ({ scenario }) => {
      const vary = scenario.patient.vary!;
      expect(vary).toBeDefined();
      for (let seed = 1; seed <= 30; seed++) {
        const d = drawPersona(scenario, seed)!;
        expect(drawPersona(scenario, seed)).toEqual(d);
        for (const k of [
          'baselineArousal',
          'initialArousal',
          'halfLifeS',
          'residueGain',
          'helpAfterS',
        ] as const) {
          const r = vary[k];
          if (!r) continue;
          expect(d[k]).toBeGreaterThanOrEqual(r[0] - 0.0005);
          expect(d[k]).toBeLessThanOrEqual(r[1] + 0.0005);
        }
        expect(Object.keys(d.weights).sort()).toEqual(Object.keys(vary.weights ?? {}).sort());
      }
      expect(drawPersona(scenario, 1)).not.toEqual(drawPersona(scenario, 2));
    },
  );

  it('a scenario without ranges has no variant', () => {
    const { vary: _, ...patient } = ed.patient;
    expect(drawPersona({ ...ed, patient }, 1)).toBeNull();
  });

  it('applies the draw: traits in place, weighted rules scaled, help arriving when drawn', () => {
    const d = drawPersona(ed, 5)!;
    const v = applyPersona(ed, d);
    expect(v.patient.baselineArousal).toBe(d.baselineArousal);
    expect(v.patient.halfLifeS).toBe(d.halfLifeS);
    const close = ed.patient.sensitivities.triggers.find((r) => r.id === 'too-close')!;
    const closeV = v.patient.sensitivities.triggers.find((r) => r.id === 'too-close')!;
    expect(closeV.rate).toBeCloseTo(close.rate! * d.weights['too-close']!, 12);
    for (const e of v.endings.filter((x) => x.on === 'help' || x.on === 'alarm'))
      expect(e.afterS).toBe(d.helpAfterS);
    expect(ed.patient.halfLifeS).not.toBe(d.halfLifeS); // the scenario itself is untouched
  });

  it('two seeds of "Surprise me" give measurably different arousal curves for the same inputs', () => {
    // One trainee's inputs (the textbook's, seed 1), replayed against two drawn variants.
    const inputs = inputsOf(runScripted(ed, 'textbook', 1).sim.log);
    const curve = (seed: number) => {
      const sim = replay(ed, 1, inputs, drawPersona(ed, seed));
      return sim.log.flatMap((e) => (e.kind === 'arousal' ? [e.value] : []));
    };
    const a = curve(11);
    const b = curve(12);
    const n = Math.min(a.length, b.length);
    let diff = 0;
    for (let i = 0; i < n; i++) diff += Math.abs(a[i]! - b[i]!);
    expect(diff / n).toBeGreaterThan(0.02);
  });

  it('the run logs its variant first and replays it exactly from the log', () => {
    const { sim } = runScripted(ed, 'textbook', 4, { surprise: true });
    expect(sim.log[0]).toEqual({ t: 0, kind: 'persona', persona: drawPersona(ed, 4) });
    expect(personaOf(sim.log)).toEqual(drawPersona(ed, 4));
    const again = replay(ed, 4, inputsOf(sim.log), personaOf(sim.log));
    expect(again.view.arousal).toBe(sim.view.arousal);
    expect(again.outcome).toEqual(sim.outcome);
  });
});
