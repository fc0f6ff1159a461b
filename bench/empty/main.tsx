// The baseline of bench/render.bench.ts: an empty R3F canvas with the app's camera, built with the
// same vite setup, so the app's costs can be printed as ratios measured in the same run.
import { Canvas } from '@react-three/fiber';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(
  <Canvas camera={{ fov: 70, near: 0.05, far: 60, position: [0, 1.65, 0] }} />,
);
