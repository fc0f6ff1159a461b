/**
 * npm run simulate -- <scenario.yaml> --trainee <textbook|provocative|passive|random|a gaming script> --seed <n> [--runs <k>] [--hz <n>] [--surprise] [--hold distance=1.0,hands=raised,...] [--json]
 * Plays a scenario headlessly with a scripted trainee. --surprise: each run meets the persona variant
 * its seed draws from the scenario's `patient.vary` ("Surprise me"). --hold holds a posture over what the
 * trainee does (scripts/hold.ts). --json prints one JSON object per run.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, parseScenario } from '../src/scenario';
import { runScripted, SCRIPTED_TRAINEES, type ScriptedTrainee } from '../src/sim';
import { applyHold, parseHold, type Hold } from './hold';
import { describeLog } from './timeline';

const usage =
  'usage: npm run simulate -- <scenario.yaml> --trainee <' +
  SCRIPTED_TRAINEES.join('|') +
  '> --seed <n> [--runs <k>] [--hz <n>] [--surprise] [--hold distance=1.0,hands=raised,...] [--json]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      trainee: { type: 'string', default: 'textbook' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '1' },
      hz: { type: 'string', default: '30' },
      json: { type: 'boolean', default: false },
      surprise: { type: 'boolean', default: false },
      hold: { type: 'string', default: '' },
      lang: { type: 'string', default: 'nb' },
    },
  });
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const file = positionals[0];
const trainee = values.trainee as ScriptedTrainee;
const seed = Number(values.seed);
const runs = Number(values.runs);
const hz = Number(values.hz);
if (!file || !SCRIPTED_TRAINEES.includes(trainee) || !Number.isInteger(seed) || !(runs >= 1) || !(hz > 0)) {
  console.error(usage);
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  console.error(`${file}: cannot read: ${(e as Error).message}`);
  process.exit(2);
}
let hold: Hold = {};
try {
  hold = parseHold(values.hold);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const loaded = parseScenario(text, file);
if (!loaded.ok) {
  for (const p of loaded.problems) console.error(formatProblem(p));
  process.exit(1);
}
for (let i = 0; i < runs; i++) {
  const { sim, summary } = runScripted(loaded.scenario, trainee, seed + i, {
    hz,
    surprise: values.surprise,
    ...(Object.keys(hold).length ? { override: applyHold(hold) } : {}),
  });
  if (values.json) console.log(JSON.stringify(summary));
  else {
    console.log(`# ${summary.scenario} · ${trainee} · seed ${summary.seed}`);
    if (sim.persona) console.log(`persona variant: ${JSON.stringify(sim.persona)}`);
    console.log(describeLog(sim, values.lang === 'en' ? 'en' : 'nb'));
    console.log(
      `=> ${summary.outcome} (${summary.outcomeKind}) after ${summary.durationS.toFixed(1)} s, peak arousal ${summary.peakArousal}\n`,
    );
  }
}
