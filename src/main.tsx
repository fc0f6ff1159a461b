import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, registerServiceWorker } from './app';
import { readRunParams } from './app/params';
import { runScreenModule } from './app/runScreenModule';
import { fetchSceneById } from './app/sceneFetch';
import './ui/styles.css';

// A deep link straight into a run (?scenario=…&enter=1): fetch the run's code and the scene's
// packed geometry now, in parallel with React's first render.
const params = readRunParams();
if (params.enter && params.scenario && !params.inspector) {
  runScreenModule.get().catch(() => undefined);
  void fetchSceneById(params.scenario);
}

const root = document.getElementById('root');
if (!root) throw new Error('Rolig: #root missing in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
