import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, registerServiceWorker } from './app';
import { runScreenModule } from './app/App';
import { readRunParams } from './app/params';
import { bundledScenarios } from './app/scenarios';
import { prepareScene } from './app/scenePrefetch';
import './ui/styles.css';

// A deep link straight into a run (?scenario=…&enter=1): start fetching the 3D part (three, R3F,
// the scene) now, in parallel with React's first render, instead of when the run screen mounts.
const params = readRunParams();
if (params.enter && params.scenario && !params.inspector) {
  runScreenModule.get().catch(() => {});
  // …and the scene's packed geometry, while that loads.
  const linked = bundledScenarios().find((e) => e.ok && e.scenario.id === params.scenario);
  if (linked?.ok) void prepareScene(linked.scenario);
}

const root = document.getElementById('root');
if (!root) throw new Error('Rolig: #root missing in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
