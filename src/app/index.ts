export { App } from './App';
export { registerServiceWorker } from './registerSw';
