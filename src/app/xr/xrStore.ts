import { createXRStore } from '@react-three/xr';

/** Controller and hand profiles are shipped in public/profiles (npm run profiles): no CDN at run time. */
export function profilesBaseUrl(href: string = location.href): string {
  return new URL('profiles/', href).href;
}

/**
 * The app's XR store. The emulator (@iwer/devui, @iwer/sem) is for `vite` dev only: production
 * passes emulate: false so it is never loaded (tests inject IWER themselves, stack-notes.md).
 */
export function createRoligXrStore() {
  return createXRStore({
    emulate: import.meta.env.DEV ? 'metaQuest3' : false,
    offerSession: false,
    enterGrantedSession: false,
    baseAssetPath: profilesBaseUrl(),
    defaultControllerProfileId: 'oculus-touch-v3',
    handTracking: true,
    // Left hand moves (teleport arc to the floor), right hand points at panels and snap-turns; nothing
    // in Rolig is grabbed, so no grab pointers. Fewer pointers: less hit-testing and fewer draws a frame.
    controller: {
      left: { teleportPointer: true, grabPointer: false },
      right: { teleportPointer: false, grabPointer: false },
    },
    hand: {
      left: { teleportPointer: true, grabPointer: false },
      right: { teleportPointer: false, grabPointer: false },
    },
    frameRate: 'high',
  });
}

export type RoligXrStore = ReturnType<typeof createRoligXrStore>;
