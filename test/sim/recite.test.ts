/**
 * Reciting the menu (issue 21): a trainee who says every calm option in file order, whatever the
 * patient says, never earns the good ending. His replies vary by seed and so does what they ask,
 * so the file order cannot answer him, and every ask passed over stings more than the last.
 */
import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../src/scenario/testing';
import { runScripted } from '../../src/sim';

const SEEDS = 200;

describe.each(bundledScenarios())('$file', ({ scenario }) => {
  it(`reciteMenu ends well in none of ${SEEDS} seeds`, () => {
    const good: number[] = [];
    for (let seed = 1; seed <= SEEDS; seed++)
      if (runScripted(scenario, 'reciteMenu', seed).summary.outcomeKind === 'good') good.push(seed);
    expect(good, 'seeds that ended well').toEqual([]);
  });
});

describe.each(bundledScenarios())('$file: what is on offer follows the situation', ({ scenario }) => {
  it('in a crisis no introduction, open question or choice is on the menu, and fewer lines than at the start', () => {
    const offered = (cycle: string) => {
      const phase = scenario.phases.find((p) => p.cycle === cycle)!.id;
      return scenario.options.filter((o) => !o.phases || o.phases.includes(phase));
    };
    const crisis = offered('crisis');
    expect(crisis.length).toBeLessThan(offered('baseline').length);
    for (const o of crisis)
      expect(
        o.tags.filter((t) => ['introduce', 'question', 'listen', 'choice'].includes(t)),
        o.id,
      ).toEqual([]);
  });
});
