export { HistoryScreen, type HistoryScreenProps } from './HistoryScreen';
export { downloadText, exportName } from './download';
