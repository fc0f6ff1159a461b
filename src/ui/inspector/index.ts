export { InspectorPage, type InspectorPageProps } from './InspectorPage';
export { describeCondition } from './describeCondition';
