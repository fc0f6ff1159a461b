export { RoligDb, assemble, isInput, type StoredRun, type LogChunk } from './db';
export { RunStore, type RunMeta } from './runs';
export {
  exportRuns,
  importRuns,
  readExportFile,
  utf8Bytes,
  ExportFileSchema,
  MAX_IMPORT_BYTES,
  EXPORT_FORMAT,
  type ExportFile,
  type ImportResult,
  type ImportProblem,
  type ImportSummary,
  type OnConflict,
} from './transfer';
export {
  LrsOutbox,
  OutboxDb,
  basicAuth,
  readLimited,
  MAX_RESPONSE_CHARS,
  type LrsTarget,
  type FlushResult,
  type QueuedStatement,
} from './lrs';
