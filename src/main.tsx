import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App, registerServiceWorker } from './app';
import './ui/styles.css';

// The CSP forbids eval: tell zod not to probe `new Function` (which would log a CSP violation).
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('Rolig: #root missing in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
