/**
 * npx tsx scripts/makeCourseFixtures.ts
 * Writes test/fixtures/course/: twelve exported runs of one course (one file each, as trainees
 * export them), a week apart, whose SA scores step up after the sixth: a known shift for the run
 * charts' end-to-end test. Each is a real scripted run's record with its score and date set.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDebrief, DebriefRecordSchema, uuidFrom } from '../src/debrief';
import { loadScenarioFile } from '../src/scenario/testing';
import { runScripted } from '../src/sim';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../src/storage/transfer';

const OUT = join(import.meta.dirname, '..', 'test', 'fixtures', 'course');
export const COURSE_SA = [50, 55, 48, 52, 51, 49, 70, 72, 69, 75, 71, 74];

const ed = loadScenarioFile('scenarios/ed-waiting-room.yaml');
mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (f.endsWith('.json')) rmSync(join(OUT, f));
COURSE_SA.forEach((sa, i) => {
  const { sim } = runScripted(ed, 'textbook', i + 1, { hz: 10 });
  const startedAt = new Date(Date.UTC(2026, 0, 5 + 7 * i, 10)).toISOString();
  const built = buildDebrief({
    id: uuidFrom(`course-${i}`),
    scenario: ed,
    seed: i + 1,
    pseudonym: `Deltaker ${i + 1}`,
    startedAt,
    log: sim.log,
    probes: [],
  });
  const record = DebriefRecordSchema.parse({ ...built, sa: { ...built.sa, total: sa } });
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: startedAt,
    runs: [{ record, inputs: [] }],
  };
  writeFileSync(join(OUT, `run-${String(i + 1).padStart(2, '0')}.json`), JSON.stringify(file));
});
console.log(`wrote ${COURSE_SA.length} files to ${OUT}`);
