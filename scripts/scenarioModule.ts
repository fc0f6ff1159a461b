/**
 * Vite plugin: `virtual:rolig-scenarios` is scenarios/*.yaml loaded and validated at build time
 * (the same loader as the start screen used at run time: positions, schema, references), emitted as
 * JSON. The app's startup chunk then carries neither yaml nor zod, and nothing is parsed before the
 * first frame (issue #3). Broken files still become entries with their problems (error cards).
 * In the dev server, editing, adding or removing a scenario file reloads the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type * as Entries from '../src/app/scenarioEntries';

const ID = 'virtual:rolig-scenarios';
const RESOLVED = `\0${ID}`;

/** scenarios/*.yaml as the start screen's entries, each loaded and validated (`watch`: each file). */
export async function loadScenarioEntries(root: string, watch?: (file: string) => void) {
  // The loader (yaml, zod, the schema) is imported through tsx when needed, not bundled into the
  // vite config: the config stays small and vite's config loader has nothing to resolve.
  const url = pathToFileURL(join(root, 'src/app/scenarioEntries.ts')).href;
  const { parseEntries } = (await tsImport(url, import.meta.url)) as typeof Entries;
  const dir = join(root, 'scenarios');
  const sources: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
    const path = join(dir, f);
    watch?.(path);
    sources[`/scenarios/${f}`] = readFileSync(path, 'utf8');
  }
  return parseEntries(sources);
}

export function scenarioModule(): Plugin {
  let root = process.cwd();
  let dir = join(root, 'scenarios');
  return {
    name: 'rolig-scenarios',
    configResolved(config) {
      root = config.root;
      dir = join(root, 'scenarios');
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      const entries = await loadScenarioEntries(root, (f) => this.addWatchFile(f));
      // JSON.parse of one string literal is faster to load than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(entries))});`;
    },
    configureServer(server) {
      const reload = (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.yaml')) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(dir);
      server.watcher.on('add', reload).on('unlink', reload).on('change', reload);
    },
  };
}
