export { RunChartsScreen, type RunChartsScreenProps } from './RunChartsScreen';
export { RunChartView } from './RunChartView';
