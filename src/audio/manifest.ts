/** public/audio/manifest.json, written by assets/generateAudio.ts: every audio file with its length. */
export interface AudioManifestEntry {
  /** Seconds. */
  duration: number;
  bytes: number;
  /** Hash of the recipe that made it (the generator skips unchanged files). */
  hash: string;
}

export interface AudioManifest {
  version: 1;
  /** Keyed by the path under public/audio/, e.g. `voice/ed-waiting-room/enter-waiting.nb.ogg`. */
  files: Record<string, AudioManifestEntry>;
}

export type AudioLang = 'nb' | 'en';
export type SoundName = 'alarm' | 'helpArrives' | 'door';

export const AMBIENCE_FILE = 'ambience-hospital.ogg';
export const SOUND_FILES: Record<SoundName, string> = {
  alarm: 'alarm.ogg',
  helpArrives: 'help-arrives.ogg',
  door: 'door.ogg',
};

/** The clip of one patient line in one language, as a path under public/audio/. */
export const voiceClipPath = (scenarioId: string, lineId: string, lang: AudioLang): string =>
  `voice/${scenarioId}/${lineId}.${lang}.ogg`;

/**
 * An instructor's own recording named by a line's `audio:` asset id, as a path under public/audio/
 * (`npm run audio` encodes assets/recordings/<id>.<lang>.wav|ogg|flac|mp3 to it).
 */
export const recordedClipPath = (assetId: string, lang: AudioLang): string =>
  `recorded/${assetId}.${lang}.ogg`;

/** The asset ids that have a recording in at least one language (what `audio:` may name). */
export function recordedAssetIds(m: AudioManifest): Set<string> {
  const ids = new Set<string>();
  for (const f of Object.keys(m.files)) {
    const hit = /^recorded\/(.+)\.(nb|en)\.ogg$/.exec(f);
    if (hit) ids.add(hit[1]!);
  }
  return ids;
}

export function isAudioManifest(v: unknown): v is AudioManifest {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as { version?: unknown }).version === 1 &&
    typeof (v as { files?: unknown }).files === 'object' &&
    (v as { files?: unknown }).files !== null
  );
}

/** Fetch the manifest from the app's own origin (`base` is the audio folder URL, with a trailing /). */
export async function loadAudioManifest(base: string): Promise<AudioManifest | null> {
  try {
    const res = await fetch(`${base}manifest.json`);
    if (!res.ok) return null;
    const json: unknown = await res.json();
    return isAudioManifest(json) ? json : null;
  } catch {
    return null;
  }
}
