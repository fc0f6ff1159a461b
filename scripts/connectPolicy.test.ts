import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { connectPolicyScript, withConnectPolicy } from './connectPolicy';

/** Runs the inline script with `stored` as the LRS settings; returns the meta elements it added. */
function run(stored: string | null) {
  const added: Record<string, string>[] = [];
  const document = {
    createElement: () => {
      const el: Record<string, string> & { setAttribute?: (a: string, b: string) => void } = {};
      el.setAttribute = (a: string, b: string) => void (el[a] = b);
      return el;
    },
    head: { appendChild: (m: Record<string, string>) => added.push(m) },
  };
  const localStorage = { getItem: (k: string) => (k === 'rolig.lrs' ? stored : null) };
  runInNewContext(connectPolicyScript(), { document, localStorage, URL, JSON });
  return added.map(({ content, ...rest }) => ({
    what: rest['http-equiv'] ?? rest.name,
    content,
  }));
}

describe('connect policy (index.html)', () => {
  it('allows the configured LRS’s origin only, and says which', () => {
    expect(run(JSON.stringify({ endpoint: 'https://lrs.example.org/xapi/statements' }))).toEqual([
      { what: 'Content-Security-Policy', content: "connect-src 'self' blob: https://lrs.example.org" },
      { what: 'rolig-connect', content: 'https://lrs.example.org' },
    ]);
  });

  it('allows nothing more when no usable LRS is set', () => {
    for (const stored of [
      null,
      '{}',
      'not json',
      JSON.stringify({ endpoint: 'javascript:alert(1)' }),
      JSON.stringify({ endpoint: 42 }),
    ])
      expect(run(stored)).toEqual([
        { what: 'Content-Security-Policy', content: "connect-src 'self' blob:" },
        { what: 'rolig-connect', content: '' },
      ]);
  });

  it('goes right after index.html’s policy, which allows it by its hash', () => {
    const html = withConnectPolicy(readFileSync('index.html', 'utf8'), connectPolicyScript());
    const hash = createHash('sha256').update(connectPolicyScript()).digest('base64');
    expect(html).toContain(`script-src 'self' 'sha256-${hash}'`);
    const policy = html.indexOf('http-equiv="Content-Security-Policy"');
    const script = html.indexOf(`<script>${connectPolicyScript()}</script>`);
    expect(policy).toBeGreaterThan(-1);
    expect(script).toBeGreaterThan(policy);
    // Nothing that loads or runs between the policy and the script.
    expect(html.slice(policy, script)).not.toMatch(/<script|<link/);
  });
});
