export { parseScenario, MAX_FILE_BYTES, type LoadResult, type LoadOptions } from './load';
export { formatProblem, type Problem } from './problems';
export * from './schema';
export { checkScenarioText, hasErrors, type CheckResult } from './check';
export { analyzeScenario, type GraphReport } from './graph';
