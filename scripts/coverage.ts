/**
 * npm run coverage [-- --seeds 50] [files...]: what the scripted trainees reach in each scenario
 * over N seeds (the scenario inspector's coverage, in the terminal): states, cues, lines and probes
 * reached at least once, and how the runs ended.
 */
import { parseArgs } from 'node:util';
import { computeCoverage, coverageJobs, coverageSummary, runJob } from '../src/ui/inspector/coverage';
import { bundledScenarios, loadScenarioFile } from '../src/scenario/testing';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seeds: { type: 'string', default: '50' } },
});
const seeds = Number(values.seeds);
const list =
  positionals.length > 0
    ? positionals.map((file) => ({ file, scenario: loadScenarioFile(file) }))
    : bundledScenarios();
for (const { file, scenario } of list) {
  const t0 = performance.now();
  const runs = coverageJobs(seeds).map((job) => runJob(scenario, job));
  const c = computeCoverage(scenario, runs);
  const s = coverageSummary(c);
  const pct = (k: keyof typeof s) => `${s[k].reached}/${s[k].of}`;
  const missed = c.rows.filter((r) => r.total === 0).map((r) => `${r.kind}:${r.id}`);
  const outcomes = c.outcomes.filter((o) => o.total > 0).map((o) => `${o.id} ${o.total}`);
  console.log(
    `${file}: ${c.totalRuns} runs (${seeds} seeds x 4 trainees) in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
      `states ${pct('state')}, cues ${pct('cue')}, lines ${pct('line')}, probes ${pct('probe')}; ` +
      `outcomes: ${outcomes.join(', ')}${missed.length ? `; never reached: ${missed.join(', ')}` : ''}`,
  );
}
