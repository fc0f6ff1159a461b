import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../src/scenario/testing';
import { runScripted } from '../src/sim';
import { applyHold, parseHold } from './hold';

describe('simulate --hold', () => {
  it('parses a held posture, and says which key was wrong and what it takes', () => {
    expect(parseHold('distance=1.0,hands=raised,stance=square,gaze=none,headHeight=1.2')).toEqual({
      distance: 1,
      hands: 'raised',
      stance: 'square',
      gaze: null,
      headHeight: 1.2,
    });
    expect(() => parseHold('hands=waving')).toThrow(
      '--hold hands: expected one of open, hidden, crossed, raised, pointing, got "waving"',
    );
    expect(() => parseHold('distance=far')).toThrow(
      '--hold distance: expected a number from 0.2 to 20, got "far"',
    );
    expect(() => parseHold('elbow=1')).toThrow('unknown key "elbow"');
  });

  it("holds it over the textbook trainee: at arm's length with raised hands the same run goes wrong", () => {
    const ed = loadScenarioFile('scenarios/ed-waiting-room.yaml');
    const plain = runScripted(ed, 'textbook', 1).summary;
    const held = runScripted(ed, 'textbook', 1, {
      override: applyHold(parseHold('distance=0.7,hands=raised')),
    });
    expect(plain.outcomeKind).toBe('good');
    expect(held.summary.outcomeKind).toBe('bad');
    const last = held.sim.context.signals;
    expect(last.hands).toBe('raised');
  });
});
