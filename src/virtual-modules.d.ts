/** Modules that vite plugins generate (see vite.config.ts). */
declare module 'virtual:rolig-scenarios' {
  import type { ScenarioEntry } from './ui';
  /** scenarios/*.yaml, each loaded and validated at build time (scripts/scenarioModule.ts). */
  const entries: ScenarioEntry[];
  export default entries;
}
