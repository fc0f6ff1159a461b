/**
 * npm run check:scenarios [-- files...]
 * Checks scenario files (default: every scenarios/*.yaml) and prints problems as file:line:col: message.
 * Exits 1 if any file has an error, 0 otherwise with a one-line summary per file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isAudioManifest, recordedAssetIds } from '../src/audio/manifest';
import { checkScenarioText, hasErrors } from '../src/scenario/check';
import { formatProblem } from '../src/scenario/problems';
import { MAX_FILE_BYTES } from '../src/scenario/load';

const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args
    : readdirSync('scenarios')
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => join('scenarios', f));
if (files.length === 0) {
  console.error('no scenario files found in scenarios/');
  process.exit(1);
}
/** Recordings a line's `audio:` may name: those `npm run audio` put in public/audio/manifest.json. */
function knownAssets(): Set<string> {
  const path = join('public', 'audio', 'manifest.json');
  if (!existsSync(path)) return new Set();
  const m: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return isAudioManifest(m) ? recordedAssetIds(m) : new Set();
}
const assets = knownAssets();

let failed = 0;
for (const path of files) {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    if (statSync(path).size > MAX_FILE_BYTES * 4)
      throw new Error(`file is larger than ${MAX_FILE_BYTES} bytes`);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    console.log(`${file}:1:1: cannot read the file: ${(e as Error).message}`);
    failed++;
    continue;
  }
  const r = checkScenarioText(text, file, { knownAssets: assets });
  for (const p of r.problems) console.log(formatProblem(p));
  if (hasErrors(r) || !r.scenario) {
    failed++;
    continue;
  }
  const s = r.scenario;
  const warnings = r.problems.length;
  console.log(
    `ok ${file}: ${s.id} v${s.version}, ${s.phases.length} phases, ${s.endings.length} endings, ${s.cues.length} cues, ` +
      `${s.lines.length} lines, ${s.options.length} options, ${s.probes.length} probes; ` +
      `graph ${r.graph?.vertices ?? 0} states / ${r.graph?.transitions ?? 0} transitions, ` +
      `${warnings} warning${warnings === 1 ? '' : 's'} (${Math.round(r.ms)} ms)`,
  );
}
process.exit(failed > 0 ? 1 : 0);
