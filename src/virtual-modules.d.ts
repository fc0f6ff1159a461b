/** Modules that vite plugins generate (see vite.config.ts). */
declare module 'virtual:rolig-scenarios' {
  import type { ScenarioEntry } from './ui';
  /** scenarios/*.yaml, each loaded and validated at build time (scripts/scenarioModule.ts). */
  const entries: ScenarioEntry[];
  export default entries;
}

declare module 'virtual:rolig-scene-assets' {
  /**
   * Each bundled scenario's packed scene data (scripts/sceneAssets.ts), by scenario id: a path
   * relative to the page. Empty in the dev server.
   */
  const files: Record<string, string>;
  export default files;
}
