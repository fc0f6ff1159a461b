/**
 * npx tsx assets/generateAudio.ts [--force]
 *
 * Produces every audio file the app plays, under public/audio/ (committed, so users need no speech
 * tools): a voice clip per patient line of every scenarios/*.yaml in nb and en (espeak-ng + sox),
 * instructors' own recordings from assets/recordings/ (a line's `audio:` names them),
 * the room ambience, the personal alarm, help arriving and a door (sox synthesis), and
 * public/audio/manifest.json with each file's duration, size and recipe hash.
 *
 * Idempotent: a file whose recipe (text, voice parameters, generator version) hashes the same as in
 * the manifest and still exists is skipped. Clips of lines that no longer exist are removed.
 * Needs Debian's `espeak-ng`, `sox` and `libsox-fmt-all` (Ogg Vorbis).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { AudioManifest, AudioManifestEntry as ManifestEntry } from '../src/audio/manifest';
import { parseScenario, type Scenario } from '../src/scenario';
import { sfxRecipes, voiceFor, type Voice } from './voiceParams';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'public', 'audio');
const MANIFEST = join(OUT, 'manifest.json');
/** Bump when the pipeline changes in a way that should regenerate every file. */
const GENERATOR_VERSION = 2;
const LANGS = ['nb', 'en'] as const;
const ESPEAK_VOICE: Record<(typeof LANGS)[number], string> = { nb: 'nb', en: 'en' };

interface Job {
  file: string;
  hash: string;
  make: (out: string, tmp: string) => Promise<void>;
}

const hashOf = (...parts: unknown[]) =>
  createHash('sha256')
    .update(JSON.stringify([GENERATOR_VERSION, ...parts]))
    .digest('hex')
    .slice(0, 16);

function loadScenarios(): Scenario[] {
  const dir = join(ROOT, 'scenarios');
  const out: Scenario[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.yaml'))
    .sort()) {
    const r = parseScenario(readFileSync(join(dir, f), 'utf8'), `scenarios/${f}`);
    if (r.ok) out.push(r.scenario);
    else console.warn(`skipping scenarios/${f}: it does not load (npm run check:scenarios)`);
  }
  return out;
}

/** sox effects that trim leading and trailing silence (trim the start, reverse, trim, reverse back). */
const TRIM_SILENCE = ['silence', '1', '0.02', '0.5%', 'reverse', 'silence', '1', '0.02', '0.5%', 'reverse'];

/** Instructors' own recordings: assets/recordings/<asset id>.<nb|en>.<wav|ogg|flac|mp3>. */
const RECORDINGS = join(ROOT, 'assets', 'recordings');

function recordingJobs(): Job[] {
  if (!existsSync(RECORDINGS)) return [];
  const jobs: Job[] = [];
  for (const f of readdirSync(RECORDINGS).sort()) {
    const m = /^([A-Za-z0-9_-]+)\.(nb|en)\.(wav|ogg|flac|mp3)$/.exec(f);
    if (!m) {
      if (!f.startsWith('.') && f !== 'README.md')
        console.warn(`skipping assets/recordings/${f}: name it <asset id>.<nb|en>.<wav|ogg|flac|mp3>`);
      continue;
    }
    const src = join(RECORDINGS, f);
    const content = createHash('sha256').update(readFileSync(src)).digest('hex');
    jobs.push({
      file: `recorded/${m[1]}.${m[2]}.ogg`,
      hash: hashOf('recording', content),
      // Same shape as the generated clips: mono 22.05 kHz Ogg, silence trimmed, loudness normalised.
      make: async (out) => {
        await run('sox', [
          src,
          '-r',
          '22050',
          '-c',
          '1',
          '-C',
          '3',
          out,
          ...TRIM_SILENCE,
          'highpass',
          '80',
          'gain',
          '-n',
          '-3',
          'pad',
          '0.05',
          '0.1',
        ]);
      },
    });
  }
  return jobs;
}

function voiceJobs(scenarios: Scenario[]): Job[] {
  const jobs: Job[] = [];
  for (const s of scenarios) {
    for (const line of s.lines) {
      const voice = voiceFor(s, line);
      for (const lang of LANGS) {
        const text = line.text[lang];
        jobs.push({
          file: `voice/${s.id}/${line.id}.${lang}.ogg`,
          hash: hashOf(text, lang, voice),
          make: (out, tmp) => speak(text, lang, voice, out, tmp),
        });
      }
    }
  }
  return jobs;
}

async function speak(text: string, lang: 'nb' | 'en', v: Voice, out: string, tmp: string): Promise<void> {
  const txt = join(tmp, 'line.txt');
  const wav = join(tmp, 'line.wav');
  writeFileSync(txt, text, 'utf8');
  const espeakArgs = ['-v', `${ESPEAK_VOICE[lang]}+${v.variant}`, '-b', '1', '-s', String(v.speed)];
  espeakArgs.push('-p', String(v.pitch), '-a', String(v.amplitude), '-g', String(v.gap));
  await run('espeak-ng', [...espeakArgs, '-f', txt, '-w', wav]);
  // Trim leading/trailing silence, roughen escalated lines, warm the tone, normalise, encode.
  await run('sox', [
    wav,
    '-r',
    '22050',
    '-c',
    '1',
    '-C',
    '-1',
    out,
    ...TRIM_SILENCE,
    ...v.sox,
    'highpass',
    '90',
    'gain',
    '-n',
    String(v.gainDb),
    'pad',
    '0.05',
    '0.1',
  ]);
}

function sfxJobs(): Job[] {
  return sfxRecipes().map((r) => ({
    file: r.file,
    hash: hashOf(r.steps),
    make: async (out, tmp) => {
      for (const step of r.steps) {
        const args = step.map((a) => (a === '$OUT' ? out : a.startsWith('$T/') ? join(tmp, a.slice(3)) : a));
        await run('sox', args);
      }
    },
  }));
}

async function duration(file: string): Promise<number> {
  const { stdout } = await run('sox', ['--i', '-D', file]);
  return Math.round(Number(stdout.trim()) * 1000) / 1000;
}

function readManifest(): AudioManifest {
  try {
    const m = JSON.parse(readFileSync(MANIFEST, 'utf8')) as AudioManifest;
    return m && typeof m.files === 'object' ? m : { version: 1, files: {} };
  } catch {
    return { version: 1, files: {} };
  }
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

function removeEmptyDirs(dir: string): void {
  if (!existsSync(dir)) return;
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) removeEmptyDirs(p);
  }
  if (dir !== OUT && readdirSync(dir).length === 0) rmdirSync(dir);
}

async function pool<T>(items: T[], n: number, fn: (t: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async (_, w) => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, w);
      }
    }),
  );
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const scenarios = loadScenarios();
  const jobs = [...sfxJobs(), ...voiceJobs(scenarios), ...recordingJobs()];
  const old = readManifest();
  const files: Record<string, ManifestEntry> = {};
  const tmpRoot = mkdtempSync(join(tmpdir(), 'rolig-audio-'));
  let made = 0;
  try {
    await pool(jobs, 4, async (job, w) => {
      const out = join(OUT, job.file);
      const prev = old.files[job.file];
      if (!force && prev && prev.hash === job.hash && existsSync(out)) {
        files[job.file] = prev;
        return;
      }
      const tmp = join(tmpRoot, String(w));
      mkdirSync(tmp, { recursive: true });
      mkdirSync(dirname(out), { recursive: true });
      await job.make(out, tmp);
      files[job.file] = { duration: await duration(out), bytes: statSync(out).size, hash: job.hash };
      made++;
    });
  } finally {
    rmSync(tmpRoot, { recursive: true, force: true });
  }
  // Remove clips of lines (or scenarios) that no longer exist.
  let removed = 0;
  for (const p of listFiles(OUT)) {
    const rel = relative(OUT, p).split('\\').join('/');
    if (rel === 'manifest.json' || files[rel]) continue;
    if (rel.endsWith('.ogg')) {
      rmSync(p);
      removed++;
    }
  }
  removeEmptyDirs(OUT);
  const sorted: AudioManifest = { version: 1, files: {} };
  for (const k of Object.keys(files).sort()) sorted.files[k] = files[k]!;
  writeFileSync(MANIFEST, JSON.stringify(sorted, null, 1) + '\n');
  const total = Object.values(files).reduce((a, f) => a + f.bytes, 0);
  console.log(
    `public/audio: ${jobs.length} files (${made} generated, ${jobs.length - made} unchanged, ${removed} removed), ` +
      `${(total / 1024).toFixed(0)} KiB from ${scenarios.length} scenario(s)`,
  );
}

await main();
