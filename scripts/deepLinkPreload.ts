/**
 * Vite plugin: on a deep link straight into a run (?scenario=…&enter=1), the run's code starts
 * loading while the page's HTML is parsed, not once the entry chunk has arrived and run
 * (src/app/deepLink.ts asks for it then). A small inline script at the end of index.html's head
 * adds the module preloads of the run screen's chunk and everything it imports, and a preload of
 * the scenario's packed scene; vite's own preload helper later finds those links and adds none of
 * its own. The Content-Security-Policy allows that one script by its hash (no 'unsafe-inline').
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { SCENARIO_ID } from '../src/app/params.ts';

/** What the inline script needs: the run's module chunks and stylesheets, and the scene packs by scenario id. */
export interface DeepLinkAssets {
  modules: string[];
  styles: string[];
  scenes: Record<string, string>;
}

/**
 * The inline script: the same test as src/app/params.ts (`enter=1`, a valid SCENARIO_ID, not the
 * inspector), then one link a file. Paths are relative to the document, as vite's are (base './').
 */
export function deepLinkScript(a: DeepLinkAssets): string {
  return (
    `(()=>{const q=new URLSearchParams(location.search),s=q.get('scenario');` +
    `if(q.get('enter')!=='1'||q.get('inspector')==='1'||!s||!${SCENARIO_ID}.test(s))return;` +
    `const add=(rel,href,as)=>{const l=document.createElement('link');l.rel=rel;l.href=href;l.crossOrigin='';if(as)l.as=as;document.head.appendChild(l)};` +
    `for(const f of ${JSON.stringify(a.modules)})add('modulepreload',f);` +
    `for(const f of ${JSON.stringify(a.styles)})add('preload',f,'style');` +
    `const p=${JSON.stringify(a.scenes)}[s];if(p)add('preload',p,'fetch')})()`
  );
}

/** index.html with the script at the end of its head, and its Content-Security-Policy allowing it by hash. */
export function withDeepLinkScript(html: string, script: string): string {
  const hash = createHash('sha256').update(script).digest('base64');
  const csp = "script-src 'self'";
  if (!html.includes(csp)) throw new Error(`index.html: the Content-Security-Policy has no "${csp}"`);
  if (!html.includes('</head>')) throw new Error('index.html: no </head>');
  return html
    .replace(csp, `${csp} 'sha256-${hash}'`)
    .replace('</head>', `  <script>${script}</script>\n  </head>`);
}

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}
type OutputLike = ChunkLike | { type: 'asset'; fileName: string };

/** The run screen's chunk and its static imports (transitively), their stylesheets, and the scene packs. */
export function deepLinkAssets(bundle: Record<string, OutputLike>, entryModule: RegExp): DeepLinkAssets {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk');
  const root = chunks.find((c) => c.facadeModuleId !== null && entryModule.test(c.facadeModuleId));
  if (!root) throw new Error(`deep-link preload: no chunk for ${entryModule} in the bundle`);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const modules: string[] = [];
  const styles = new Set<string>();
  const visit = (c: ChunkLike) => {
    if (modules.includes(c.fileName)) return;
    modules.push(c.fileName);
    for (const css of c.viteMetadata?.importedCss ?? []) styles.add(css);
    for (const i of c.imports) {
      const d = byName.get(i);
      if (d) visit(d);
    }
  };
  visit(root);
  const scenes: Record<string, string> = {};
  for (const f of Object.values(bundle)) {
    const m = f.type === 'asset' ? /^scenes\/(.+)-[0-9a-f]{10}\.bin\.gz$/.exec(f.fileName) : null;
    if (m) scenes[m[1]!] = `./${f.fileName}`;
  }
  return { modules: modules.map((f) => `./${f}`), styles: [...styles].map((f) => `./${f}`), scenes };
}

export function deepLinkPreload(entryModule = /[\\/]src[\\/]app[\\/]run[\\/]RunScreen\.tsx$/): Plugin {
  return {
    name: 'rolig-deep-link-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const assets = deepLinkAssets(ctx.bundle, entryModule);
        // The entry's own modulepreloads and stylesheets are in the HTML already.
        const listed = (f: string) => html.includes(`"${f}"`);
        assets.modules = assets.modules.filter((f) => !listed(f));
        assets.styles = assets.styles.filter((f) => !listed(f));
        return withDeepLinkScript(html, deepLinkScript(assets));
      },
    },
  };
}
