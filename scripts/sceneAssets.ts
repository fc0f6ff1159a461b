/**
 * Vite plugin: packs each bundled scenario's scene geometry (the room and the patient's body,
 * src/scene/pack/sceneData.ts) at build time into `scenes/<id>-<hash>.bin.gz`, and makes
 * `virtual:rolig-scene-assets` map scenario ids to those files. A run fetches its file instead of
 * building the geometry before its first frame (issue #3); gzip takes the ~1 MB of plain arrays
 * per scenario to ~100 KB. In the dev server (and tests) the map is empty and runs build the scene.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type * as SceneData from '../src/scene/pack/sceneData';
import { loadScenarioEntries } from './scenarioModule.ts';

const ID = 'virtual:rolig-scene-assets';
const RESOLVED = `\0${ID}`;

export function sceneAssets(): Plugin {
  let root = process.cwd();
  let build = false;
  return {
    name: 'rolig-scene-assets',
    configResolved(config) {
      root = config.root;
      build = config.command === 'build';
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      if (!build) return 'export default {};';
      const url = pathToFileURL(join(root, 'src/scene/pack/sceneData.ts')).href;
      const { packedScene } = (await tsImport(url, import.meta.url)) as typeof SceneData;
      const files: Record<string, string> = {};
      for (const e of await loadScenarioEntries(root)) {
        if (!e.ok) continue;
        const source = gzipSync(packedScene(e.scenario), { level: 9 });
        const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
        const fileName = `scenes/${e.scenario.id}-${hash}.bin.gz`;
        this.emitFile({ type: 'asset', fileName, source });
        files[e.scenario.id] = fileName;
      }
      return `export default ${JSON.stringify(files)};`;
    },
  };
}
