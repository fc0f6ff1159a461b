/**
 * The committed microphone recordings (test/fixtures/voice/, made by assets/generateVoiceFixtures.ts) as files for
 * Chromium's fake microphone. The fake microphone plays its file once, so a whole run of shouting is
 * the recording repeated: done here, in node, by copying the WAV's samples (no audio tool needed).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'voice');
const dir = mkdtempSync(join(tmpdir(), 'rolig-voice-'));

/** The `fmt ` chunk and the samples of a RIFF/WAVE file. */
export function readWav(buf: Buffer): { fmt: Buffer; data: Buffer } {
  if (buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error('not a RIFF/WAVE file');
  let fmt: Buffer | null = null;
  let data: Buffer | null = null;
  for (let at = 12; at + 8 <= buf.length;) {
    const id = buf.toString('ascii', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    const body = buf.subarray(at + 8, Math.min(buf.length, at + 8 + size));
    if (id === 'fmt ') fmt = body;
    else if (id === 'data') data = body;
    at += 8 + size + (size % 2);
  }
  if (!fmt || !data) throw new Error('a WAV file without fmt or data chunk');
  return { fmt, data };
}

export function writeWav(fmt: Buffer, data: Buffer): Buffer {
  const head = Buffer.alloc(12 + 8 + fmt.length + 8);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(4 + 8 + fmt.length + 8 + data.length, 4);
  head.write('WAVE', 8, 'ascii');
  head.write('fmt ', 12, 'ascii');
  head.writeUInt32LE(fmt.length, 16);
  fmt.copy(head, 20);
  head.write('data', 20 + fmt.length, 'ascii');
  head.writeUInt32LE(data.length, 24 + fmt.length);
  return Buffer.concat([head, data]);
}

/** A committed recording (`calm` or `shout`), played `1 + repeat` times over, as a file path. */
export function voiceWav(name: 'calm' | 'shout', repeat = 0): string {
  const { fmt, data } = readWav(readFileSync(join(FIXTURES, `${name}.wav`)));
  const out = join(dir, `${name}-${repeat}.wav`);
  writeFileSync(out, writeWav(fmt, Buffer.concat(Array.from({ length: repeat + 1 }, () => data))));
  return out;
}
