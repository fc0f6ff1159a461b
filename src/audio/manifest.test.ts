/** Every line of every bundled scenario has a committed voice clip in nb and en (assets/generateAudio.ts). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario';
import { AMBIENCE_FILE, isAudioManifest, SOUND_FILES, voiceClipPath } from './manifest';

const AUDIO = join(process.cwd(), 'public', 'audio');
const manifest: unknown = JSON.parse(readFileSync(join(AUDIO, 'manifest.json'), 'utf8'));
const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

describe('public/audio/manifest.json', () => {
  it('is a manifest whose every file exists with its recorded size and a duration', () => {
    expect(isAudioManifest(manifest)).toBe(true);
    if (!isAudioManifest(manifest)) return;
    for (const [file, m] of Object.entries(manifest.files)) {
      expect(existsSync(join(AUDIO, file)), file).toBe(true);
      expect(statSync(join(AUDIO, file)).size, file).toBe(m.bytes);
      expect(m.duration, file).toBeGreaterThan(0.2);
    }
    for (const f of [AMBIENCE_FILE, ...Object.values(SOUND_FILES)])
      expect(manifest.files[f], f).toBeDefined();
  });

  it.each(files)('has a clip in nb and en for every line of scenarios/%s', (f) => {
    const r = parseScenario(readFileSync(join('scenarios', f), 'utf8'), f);
    expect(r.ok).toBe(true);
    if (!r.ok || !isAudioManifest(manifest)) return;
    const missing = r.scenario.lines.flatMap((l) =>
      (['nb', 'en'] as const)
        .map((lang) => voiceClipPath(r.scenario.id, l.id, lang))
        .filter((p) => !manifest.files[p]),
    );
    expect(missing, 'run: npx tsx assets/generateAudio.ts').toEqual([]);
  });
});
