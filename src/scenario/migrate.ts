/**
 * Migrations between scenario format versions. Version 1 is the first; each future version adds a
 * step here that rewrites the previous version's data, so old files keep loading.
 */
import { FORMAT_VERSION } from './schema';

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;
const steps: Record<number, Migration> = {};

export function migrate(
  data: Record<string, unknown>,
): { ok: true; data: Record<string, unknown> } | { ok: false; message: string } {
  let version = data.version;
  if (version === undefined) return { ok: true, data }; // the schema reports the missing field
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, message: `version: expected a format version number (current: ${FORMAT_VERSION})` };
  if (version > FORMAT_VERSION)
    return {
      ok: false,
      message: `version: this file is format version ${version}, newer than this Rolig understands (${FORMAT_VERSION}); update Rolig`,
    };
  let out = data;
  while (version < FORMAT_VERSION) {
    const step = steps[version];
    if (!step) return { ok: false, message: `version: no migration from format version ${version}` };
    out = step(out);
    version += 1;
  }
  return { ok: true, data: out };
}
