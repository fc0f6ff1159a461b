// The debrief screen: its own chunk, loaded when a run ends or a stored run is opened. Nothing that
// start-up code needs lives here (the freeze overlay is ui/freeze, the labels ui/labels.ts).
export { DebriefView, type DebriefViewProps } from './DebriefView';
