/**
 * Export and import of debrief records (with their input logs, so an imported run can be replayed)
 * as one JSON file. Imported files are untrusted: size-limited, parsed, validated in full, and
 * stored all-or-nothing, so a corrupt or foreign file changes nothing already stored.
 */
import { z } from 'zod';
import { DebriefRecordSchema, type DebriefRecord } from '../debrief';
import type { LogEntry } from '../sim';
import { HAND_POSES, STANCES, TONES } from '../sim';
import type { RunStore } from './runs';

export const EXPORT_FORMAT = 'rolig-export';
export const EXPORT_VERSION = 1;
/** Largest file accepted (bytes, design): a long run's input log is a few MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const Num = z.number().finite();
const Signals = z.strictObject({
  position: z.tuple([Num, Num]),
  facing: Num,
  headHeight: Num,
  hands: z.enum(HAND_POSES),
  stance: z.enum(STANCES),
  gaze: z.string().max(80).nullable(),
  sudden: z.boolean().optional(),
});
const Act = z.union([
  z.strictObject({ type: z.literal('SAY'), optionId: z.string().max(80), tone: z.enum(TONES).optional() }),
  z.strictObject({ type: z.literal('RAISE_ALARM') }),
  z.strictObject({ type: z.literal('CALL_HELP') }),
  z.strictObject({ type: z.literal('WITHDRAW'), exitId: z.string().max(80) }),
]);
const InputEntry = z.union([
  z.strictObject({ t: Num, kind: z.literal('signals'), signals: Signals }),
  z.strictObject({
    t: Num,
    kind: z.literal('tick'),
    dt: z.number().positive().max(1),
    n: z.number().int().min(1),
  }),
  z.strictObject({
    t: Num,
    kind: z.literal('act'),
    event: Act,
    tone: z.enum(TONES).optional(),
    tags: z.array(z.string().max(40)).max(20).optional(),
  }),
]);

export const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  runs: z
    .array(z.strictObject({ record: DebriefRecordSchema, inputs: z.array(InputEntry).max(2_000_000) }))
    .min(1),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

export async function exportRuns(store: RunStore, ids: readonly string[]): Promise<string> {
  const runs: ExportFile['runs'] = [];
  for (const id of ids) {
    const run = await store.get(id);
    if (!run?.record) continue;
    runs.push({
      record: run.record,
      inputs: (await store.inputs(id)) as ExportFile['runs'][number]['inputs'],
    });
  }
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    runs,
  };
  return JSON.stringify(file);
}

export type ImportResult = { ok: true; imported: string[] } | { ok: false; errors: string[] };

/** Validates everything first, then stores all runs in one transaction. */
export async function importRuns(store: RunStore, text: string): Promise<ImportResult> {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, errors: [`file too large (${Math.round(text.length / 1048576)} MB, limit 50 MB)`] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['not a JSON file'] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT)
    return { ok: false, errors: ['not a Rolig export file'] };
  const parsed = ExportFileSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
    };
  const db = store.db;
  await db.transaction('rw', db.runs, db.chunks, async () => {
    for (const { record, inputs } of parsed.data.runs) {
      await db.chunks.where('runId').equals(record.id).delete();
      await db.runs.put(runRow(record));
      await db.chunks.put({ runId: record.id, from: 0, entries: inputs as LogEntry[] });
    }
  });
  return { ok: true, imported: parsed.data.runs.map((r) => r.record.id) };
}

function runRow(record: DebriefRecord) {
  return {
    id: record.id,
    scenarioId: record.scenario.id,
    scenarioVersion: record.scenario.version,
    seed: record.seed,
    pseudonym: record.pseudonym,
    startedAt: record.startedAt,
    updatedAt: new Date().toISOString(),
    status: 'ended' as const,
    simTime: record.durationS,
    freezesDone: new Set(record.probes.map((p) => p.freeze)).size,
    probes: [],
    record,
    outcome: record.outcome?.id ?? null,
    saTotal: record.sa.total,
  };
}
