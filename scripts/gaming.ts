/**
 * npm run gaming -- [--seeds <n>] [--dir scenarios]
 * The gaming table of issue 21: every gaming script (src/sim/gaming.ts) over every scenario in the
 * folder, `seeds` seeds each; per cell the endings reached (by kind) and the SA score the debrief
 * gives (no probe answered). A sound model shows no good ending with a high score.
 */
import { parseArgs } from 'node:util';
import { bundledScenarios } from '../src/scenario/testing';
import { scriptedSa } from '../src/scoring';
import { GAMING_DESCRIPTIONS, GAMING_POLICIES, runScripted } from '../src/sim';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: '20' }, dir: { type: 'string', default: 'scenarios' } },
});
const seeds = Number(values.seeds);
const scenarios = bundledScenarios(values.dir);
console.log(`| script | ${scenarios.map((s) => s.scenario.id).join(' | ')} |`);
console.log(`|---|${scenarios.map(() => '---').join('|')}|`);
for (const policy of GAMING_POLICIES) {
  const cells = scenarios.map(({ scenario }) => {
    const kinds = new Map<string, number>();
    const sa: number[] = [];
    let unscored = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const { sim, summary } = runScripted(scenario, policy, seed);
      kinds.set(summary.outcomeKind, (kinds.get(summary.outcomeKind) ?? 0) + 1);
      const score = scriptedSa(scenario, sim);
      if (score.total === null) unscored++;
      else sa.push(score.total);
    }
    const k = [...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ');
    const range = sa.length
      ? `SA ${Math.round(Math.min(...sa))}-${Math.round(Math.max(...sa))}`
      : 'SA not scored';
    return `${k}; ${range}${unscored && sa.length ? ` (${unscored} not scored)` : ''}`;
  });
  console.log(`| ${policy}: ${GAMING_DESCRIPTIONS[policy]} | ${cells.join(' | ')} |`);
}
