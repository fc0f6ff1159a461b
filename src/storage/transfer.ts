/**
 * Export and import of debrief records (with their input logs, so an imported run can be replayed)
 * as one JSON file. Imported files are untrusted: size-limited, parsed, validated in full, and
 * stored all-or-nothing, so a corrupt or foreign file changes nothing already stored.
 */
import { z } from 'zod';
import { DebriefRecordSchema, PersonaDrawSchema, uuidFrom, type DebriefRecord } from '../debrief';
import type { LogEntry } from '../sim';
import { HAND_POSES, STANCES, TONES } from '../sim';
import { assemble } from './db';
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
  z.strictObject({ type: z.literal('INSTRUCT'), act: z.literal('line'), lineId: z.string().max(80) }),
  z.strictObject({ type: z.literal('INSTRUCT'), act: z.literal('nudge'), delta: z.number().min(-1).max(1) }),
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
  // "Surprise me": the persona variant the run met (the record's persona, sim/persona.ts).
  z.strictObject({
    t: Num,
    kind: z.literal('persona'),
    persona: PersonaDrawSchema,
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

/** What is wrong with a file, as data: the UI says it in the user's language. */
export type ImportProblem =
  | { code: 'tooLarge'; bytes: number; limit: number }
  | { code: 'notJson' }
  | { code: 'notRolig' }
  | { code: 'newerVersion'; version: number }
  | { code: 'unknownVersion'; version: string }
  | { code: 'duplicateInFile'; id: string; first: number; second: number }
  /** `run` counts from 1 (null: the file's own fields); `field` is the path inside it. */
  | { code: 'invalid'; run: number | null; field: string; detail: string };

/** When a run in the file is already stored here: keep the stored one, or keep both. */
export type OnConflict = 'keepMine' | 'keepBoth';

export interface ImportSummary {
  ok: true;
  /** Runs new here, stored under their own id. */
  added: string[];
  /** Runs already stored under their id (or the same run already imported), left as they are. */
  kept: string[];
  /** Of `kept`, the run waiting here to be resumed: never touched by an import. */
  interrupted: string[];
  /** Runs already stored that were kept beside, the file's copy under a new id. */
  copies: { from: string; to: string }[];
}
export type ImportResult = ImportSummary | { ok: false; problems: ImportProblem[] };

/** The size of a string in UTF-8 bytes, without making the bytes. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      n += 4; // a surrogate pair: one code point of four bytes
      i++;
    } else n += 3;
  }
  return n;
}

/** A stable text form of JSON data (keys sorted), to tell the same run from a changed one. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : x,
  );
}

/** Checks a file whole: its problems, or the validated file. Nothing is stored. */
export function readExportFile(
  text: string,
): { ok: true; file: ExportFile } | { ok: false; problems: ImportProblem[] } {
  // At least one byte a character: a string longer than the limit is over it without counting.
  const bytes = text.length > MAX_IMPORT_BYTES ? text.length : utf8Bytes(text);
  if (bytes > MAX_IMPORT_BYTES)
    return { ok: false, problems: [{ code: 'tooLarge', bytes, limit: MAX_IMPORT_BYTES }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: 'notJson' }] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT)
    return { ok: false, problems: [{ code: 'notRolig' }] };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION)
    return { ok: false, problems: [{ code: 'newerVersion', version }] };
  if (version !== EXPORT_VERSION)
    return { ok: false, problems: [{ code: 'unknownVersion', version: String(version).slice(0, 20) }] };
  const parsed = ExportFileSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 10).map((i) => {
        const inRun = i.path[0] === 'runs' && typeof i.path[1] === 'number';
        return {
          code: 'invalid' as const,
          run: inRun ? (i.path[1] as number) + 1 : null,
          field: (inRun ? i.path.slice(2) : i.path).map(String).join('.') || '(file)',
          detail: i.message,
        };
      }),
    };
  const seen = new Map<string, number>();
  const problems: ImportProblem[] = [];
  parsed.data.runs.forEach(({ record }, i) => {
    const first = seen.get(record.id);
    if (first !== undefined)
      problems.push({ code: 'duplicateInFile', id: record.id, first: first + 1, second: i + 1 });
    else seen.set(record.id, i);
  });
  return problems.length ? { ok: false, problems } : { ok: true, file: parsed.data };
}

/**
 * Imports a file of runs. Everything is validated first; a run already stored is never
 * overwritten: it is kept (`keepMine`, the default) or the file's copy is stored beside it under a
 * new id (`keepBoth`); the same run already here (the same record and log) is kept either way, and
 * the interrupted run waiting to be resumed is never touched. All or nothing, in one transaction.
 */
export async function importRuns(
  store: RunStore,
  text: string,
  onConflict: OnConflict = 'keepMine',
): Promise<ImportResult> {
  const read = readExportFile(text);
  if (!read.ok) return read;
  const db = store.db;
  const summary: ImportSummary = { ok: true, added: [], kept: [], interrupted: [], copies: [] };
  await db.transaction('rw', db.runs, db.chunks, async () => {
    const inputsOf = async (id: string) => assemble(await db.chunks.where('runId').equals(id).toArray());
    /** Whether the stored run `id` is this very run (same record and input log). */
    const same = async (id: string, record: DebriefRecord, inputs: readonly unknown[]) => {
      const row = await db.runs.get(id);
      return (
        row?.status === 'ended' &&
        canonical(row.record) === canonical(record) &&
        canonical(await inputsOf(id)) === canonical(inputs)
      );
    };
    for (const { record, inputs } of read.file.runs) {
      const stored = await db.runs.get(record.id);
      if (!stored) {
        await put(record, inputs);
        summary.added.push(record.id);
        continue;
      }
      if (stored.status === 'running') summary.interrupted.push(record.id);
      if (onConflict === 'keepMine' || (await same(record.id, record, inputs))) {
        summary.kept.push(record.id);
        continue;
      }
      // Keep both: the file's copy under an id made from the original's, so importing the same file
      // twice finds its copy and adds no third.
      let n = 1;
      let to = uuidFrom(`${record.id}/copy/${n}`);
      const copy = (id: string) => ({ ...record, id });
      let known = false;
      while (await db.runs.get(to)) {
        if (await same(to, copy(to), inputs)) {
          known = true;
          break;
        }
        to = uuidFrom(`${record.id}/copy/${++n}`);
      }
      if (known) summary.kept.push(record.id);
      else {
        await put(copy(to), inputs);
        summary.copies.push({ from: record.id, to });
      }
    }
    async function put(record: DebriefRecord, inputs: readonly unknown[]) {
      await db.runs.put(runRow(record));
      await db.chunks.put({ runId: record.id, from: 0, entries: inputs as LogEntry[] });
    }
  });
  return summary;
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
    saTotal: record.sa.total ?? undefined,
  };
}
