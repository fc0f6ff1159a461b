/**
 * The system packages the tests use are named once (issue 17): `.ci/system-packages` is what
 * `.ci/run` installs, the README's set-up section names the same list, and no test starts a program
 * that is neither on that list nor Node's own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const packages = readFileSync(join(ROOT, '.ci', 'system-packages'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(ts|tsx|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

describe('system packages', () => {
  it('the README names exactly the list .ci/run installs', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const setUp = readme.slice(
      readme.indexOf('## Set up'),
      readme.indexOf('\n## ', readme.indexOf('## Set up') + 1),
    );
    const line = setUp.split('\n\n').find((para) => para.startsWith('System packages the tests need:'));
    expect(line, 'the set-up section has a "System packages the tests need:" paragraph').toBeDefined();
    const named = [...line!.split('(')[0]!.matchAll(/`([a-z0-9.+-]+)`/g)].map((m) => m[1]);
    expect(named.sort()).toEqual([...packages].sort());
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toContain('.ci/system-packages');
  });

  it('no test starts a program outside that list', () => {
    const testFiles = [
      ...files(join(ROOT, 'test')),
      ...files(join(ROOT, 'src')),
      ...files(join(ROOT, 'scripts')),
    ]
      // Everything under test/ counts (the media generators live in assets/, run by hand).
      .filter((f) => /\.(test|e2e)\.tsx?$/.test(f) || f.includes(`${join(ROOT, 'test')}/`));
    const allowed = new Set(['npx', 'npm', 'node', ...packages]);
    const started: string[] = [];
    for (const f of testFiles) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(
        /\b(?:execFileSync|execFile|spawnSync|spawn|execSync)\(\s*['"`]([^'"`\s]+)/g,
      ))
        if (!allowed.has(m[1]!)) started.push(`${f.slice(ROOT.length + 1)}: ${m[1]}`);
    }
    expect(started).toEqual([]);
  });
});
