/** The `check:scenarios` CLI, run as a real process (two spawns: slow, so kept to these two). */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../test/fixtures/scenarios/scenarioText';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(...files: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/checkScenarios.ts', ...files], { cwd: REPO_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const BROKEN = 'test/fixtures/scenarios/broken.yaml';

describe('npm run check:scenarios', () => {
  it('passes the bundled scenario with a one-line summary', async () => {
    const r = await runCli('scenarios/ed-waiting-room.yaml');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^ok scenarios\/ed-waiting-room\.yaml: ed-waiting-room v1, 6 phases, 7 endings, \d+ cues, .*graph \d+ states \/ \d+ transitions, 0 warnings \(\d+ ms\)$/,
    );
  }, 60_000);

  it('fails a broken file and prints every problem as file:line:col: message', async () => {
    const r = await runCli(BROKEN);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n');
    for (const line of out) expect(line).toMatch(/^test\/fixtures\/scenarios\/broken\.yaml:\d+:\d+: \S/);
    expect(out).toEqual([
      `${BROKEN}:2:1: missing field "patient" in the file: expected object`,
      `${BROKEN}:2:1: missing field "cues" in the file: expected array`,
      `${BROKEN}:2:1: missing field "phases" in the file: expected array`,
      `${BROKEN}:2:1: missing field "lines" in the file: expected array`,
      `${BROKEN}:2:1: missing field "options" in the file: expected array`,
      `${BROKEN}:2:1: missing field "endings" in the file: expected array`,
      `${BROKEN}:8:12: durationS: expected number, got the text "a while"`,
      `${BROKEN}:18:3: setting: unknown key "colour"`,
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  }, 60_000);
});
