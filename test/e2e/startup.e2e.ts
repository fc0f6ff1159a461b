/**
 * What the start screen costs before the trainee does anything: the scripts index.html names and
 * every chunk they import statically (a dynamic import() is not followed). A screen meant to load
 * on its own (the run, the debrief, the inspector) that start-up code reaches through a barrel
 * lands here, and so does the simulation (xstate) a start screen never runs.
 */
import { describe, expect, it } from 'vitest';
import { BASE } from './browser';

/** Bytes of start-up JavaScript allowed (it was 388.6 kB at the architecture step, 2026-12). */
const STARTUP_BUDGET = 420_000;

const STATIC_IMPORT = /(?:import|export)\s*(?:[^"'();]*?from\s*)?["']\.\/([^"']+\.js)["']/g;

async function startupScripts(): Promise<Map<string, string>> {
  const html = await (await fetch(BASE)).text();
  const pending = [...html.matchAll(/<script[^>]*src="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(pending.length).toBeGreaterThan(0);
  const seen = new Map<string, string>();
  while (pending.length) {
    const path = pending.pop()!;
    if (seen.has(path)) continue;
    const res = await fetch(new URL(path, BASE));
    expect(res.status, path).toBe(200);
    const code = await res.text();
    seen.set(path, code);
    for (const m of code.matchAll(STATIC_IMPORT)) pending.push(`assets/${m[1]}`);
  }
  return seen;
}

describe('start-up JavaScript', () => {
  it('stays within its budget and carries neither the simulation nor three', async () => {
    const scripts = await startupScripts();
    const bytes = [...scripts.values()].reduce((n, code) => n + new TextEncoder().encode(code).length, 0);
    const names = [...scripts.keys()].join(', ');
    expect(bytes, `start-up scripts: ${names}`).toBeLessThan(STARTUP_BUDGET);
    for (const [path, code] of scripts) {
      expect(code.includes('xstate.init'), `${path} carries xstate`).toBe(false);
      expect(code.includes('WebGLRenderer'), `${path} carries three`).toBe(false);
    }
  });
});
