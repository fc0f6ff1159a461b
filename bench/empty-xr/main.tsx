// The baseline of bench/xrFrame.bench.ts: an R3F canvas inside <XR> with the app's XR store options
// (controllers, hands and their pointers, shipped profiles) and nothing else, built with the same
// vite setup, so the app's per-XR-frame cost can be printed as a ratio measured in the same run.
import { Canvas } from '@react-three/fiber';
import { createXRStore, XR } from '@react-three/xr';
import { createRoot } from 'react-dom/client';

const store = createXRStore({
  emulate: false,
  offerSession: false,
  enterGrantedSession: false,
  baseAssetPath: new URL('profiles/', location.href).href,
  defaultControllerProfileId: 'oculus-touch-v3',
  handTracking: true,
  controller: { teleportPointer: true },
  hand: { teleportPointer: true },
  frameRate: 'high',
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <>
    <button type="button" data-testid="enter-vr" onClick={() => void store.enterVR()}>
      Enter VR
    </button>
    <Canvas camera={{ fov: 70, near: 0.05, far: 60, position: [0, 1.65, 0] }}>
      <XR store={store} />
    </Canvas>
  </>,
);
