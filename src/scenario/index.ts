export { parseScenario, MAX_FILE_BYTES, type LoadResult, type LoadOptions } from './load';
export { formatProblem, type Problem } from './problems';
export * from './schema';
