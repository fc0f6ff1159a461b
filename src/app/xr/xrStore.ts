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
    controller: { teleportPointer: true },
    hand: { teleportPointer: true },
    frameRate: 'high',
  });
}

export type RoligXrStore = ReturnType<typeof createRoligXrStore>;
