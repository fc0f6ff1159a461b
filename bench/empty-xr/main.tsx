// The baseline of bench/xrFrame.bench.ts: an R3F canvas inside <XR> with the app's XR store
// (controllers, hands and their pointers, shipped profiles) and nothing else, built with the same
// vite setup, so the app's per-XR-frame cost can be printed as a ratio measured in the same run.
import { Canvas, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { XR } from '@react-three/xr';
import { createRoot } from 'react-dom/client';
import { createRoligXrStore } from '../../src/app/xr/xrStore';

// The app's own store factory: the same controllers, hands and pointers on both sides.
const store = createRoligXrStore();

/** Diagnostics only (no per-frame work): the scene on window.__scene, as the app's ?debug=1. */
function Expose() {
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    (window as unknown as { __scene: unknown }).__scene = scene;
  }, [scene]);
  return null;
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <>
    <button type="button" data-testid="enter-vr" onClick={() => void store.enterVR()}>
      Enter VR
    </button>
    <Canvas camera={{ fov: 70, near: 0.05, far: 60, position: [0, 1.65, 0] }}>
      <XR store={store}>
        <Expose />
      </XR>
    </Canvas>
  </>,
);
