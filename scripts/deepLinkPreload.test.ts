import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deepLinkAssets, deepLinkScript, withDeepLinkScript } from './deepLinkPreload';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], css: string[] = []) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});
const bundle = {
  'assets/index-a.js': chunk('assets/index-a.js', '/r/src/main.tsx', ['assets/react-b.js']),
  'assets/react-b.js': chunk('assets/react-b.js', null, []),
  'assets/RunScreen-c.js': chunk(
    'assets/RunScreen-c.js',
    '/r/src/app/RunScreen.tsx',
    ['assets/three-d.js', 'assets/react-b.js'],
    ['assets/run-e.css'],
  ),
  'assets/three-d.js': chunk('assets/three-d.js', null, ['assets/react-b.js']),
  'assets/lazy-f.js': chunk('assets/lazy-f.js', '/r/src/lazy.ts', []),
  'scenes/ed-waiting-room-0123456789.bin.gz': {
    type: 'asset' as const,
    fileName: 'scenes/ed-waiting-room-0123456789.bin.gz',
  },
  'icon.svg': { type: 'asset' as const, fileName: 'icon.svg' },
};
const RUN = /[\\/]src[\\/]app[\\/]RunScreen\.tsx$/;

/** Runs the inline script against a fake document at `search`; returns the links it added. */
function run(script: string, search: string) {
  const added: Record<string, string>[] = [];
  const document = {
    createElement: () => ({}) as Record<string, string>,
    head: { appendChild: (l: Record<string, string>) => added.push(l) },
  };
  runInNewContext(script, { document, location: { search }, URLSearchParams });
  return added;
}

describe('deep-link preload (index.html)', () => {
  it('lists the run screen’s chunk and all it imports, its stylesheets and the scene packs', () => {
    const a = deepLinkAssets(bundle, RUN);
    expect(a.modules).toEqual(['./assets/RunScreen-c.js', './assets/three-d.js', './assets/react-b.js']);
    expect(a.styles).toEqual(['./assets/run-e.css']);
    expect(a.scenes).toEqual({ 'ed-waiting-room': './scenes/ed-waiting-room-0123456789.bin.gz' });
    expect(() => deepLinkAssets(bundle, /Nowhere\.tsx$/)).toThrow(/no chunk/);
  });

  it('preloads them on a deep link into a run only', () => {
    const script = deepLinkScript(deepLinkAssets(bundle, RUN));
    const links = run(script, '?scenario=ed-waiting-room&enter=1&seed=1');
    expect(links.map((l) => [l.rel, l.href, l.as ?? ''])).toEqual([
      ['modulepreload', './assets/RunScreen-c.js', ''],
      ['modulepreload', './assets/three-d.js', ''],
      ['modulepreload', './assets/react-b.js', ''],
      ['preload', './assets/run-e.css', 'style'],
      ['preload', './scenes/ed-waiting-room-0123456789.bin.gz', 'fetch'],
    ]);
    // fetch() and module scripts are CORS requests: the preloads must be too, or they go unused.
    expect(links.every((l) => l.crossOrigin === '')).toBe(true);
    // A scenario with no packed scene: the code alone.
    expect(run(script, '?scenario=other&enter=1').map((l) => l.href)).not.toContain(
      './scenes/ed-waiting-room-0123456789.bin.gz',
    );
    // The briefing, the start screen, the inspector and a malformed id preload nothing.
    for (const q of [
      '?scenario=ed-waiting-room',
      '',
      '?scenario=ed-waiting-room&enter=1&inspector=1',
      '?scenario=1x&enter=1',
    ])
      expect(run(script, q)).toEqual([]);
  });

  it('lets the script run under the page’s Content-Security-Policy by its hash, and nothing else inline', () => {
    const html = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'" /><title>R</title><script type="module" src="./assets/index-a.js"></script></head>`;
    const script = deepLinkScript(deepLinkAssets(bundle, RUN));
    const out = withDeepLinkScript(html, script);
    const hash = createHash('sha256').update(script).digest('base64');
    expect(out).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(out).not.toContain('unsafe-inline');
    // After the entry's own tags, so the entry is asked for first.
    expect(out.indexOf(`<script>${script}</script>`)).toBeGreaterThan(out.indexOf('index-a.js'));
    expect(() => withDeepLinkScript('<head></head>', script)).toThrow(/Content-Security-Policy/);
  });
});
