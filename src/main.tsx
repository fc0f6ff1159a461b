// First: a deep link into a run starts fetching the run's code before anything else is evaluated.
import './app/loading/deepLink';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, registerServiceWorker } from './app';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Rolig: #root missing in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
