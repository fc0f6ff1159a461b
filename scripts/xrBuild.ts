/**
 * Build plugins for @pmndrs/xr (used by vite.config.ts): what production builds leave out of it.
 */
import type { Plugin } from 'vite';

/**
 * Production builds never ship the XR emulator (@iwer/devui, @iwer/sem, their synthetic rooms):
 * @pmndrs/xr's lazy `import('./emulate.js')` is replaced by a stub. The app passes emulate: false in
 * production anyway (src/app/xr/xrStore.ts); tests inject IWER themselves. Without this, the emulator
 * chunk also dragged vite's preload helper and the whole XR vendor chunk into the startup chunk.
 */
export function noXrEmulatorInBuild(): Plugin {
  return {
    name: 'rolig-no-xr-emulator',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/@pmndrs[\\/]xr[\\/]dist[\\/]store\.js$/.test(id)) return null;
      const out = code.replace(
        "await import('./emulate.js')",
        "{ emulate() { throw new Error('The XR emulator is not part of production builds'); } }",
      );
      if (out === code) this.error('@pmndrs/xr changed: the emulator import was not found (vite.config.ts)');
      return { code: out, map: null };
    },
  };
}

/**
 * The controller and hand profiles ship with the app (public/profiles) and the app always passes
 * their address (src/app/xr/xrStore.ts), so @pmndrs/xr's default, a CDN, is never used: it is
 * replaced by the app's own folder, so no third-party address is in the bundle (issue 17).
 */
export const XR_PROFILES_CDN = 'https://cdn.jsdelivr.net/npm/@webxr-input-profiles/assets@1.0/dist/profiles/';
export function noXrCdnInBuild(): Plugin {
  return {
    name: 'rolig-no-xr-cdn',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/@pmndrs[\\/]xr[\\/]dist[\\/]index\.js$/.test(id)) return null;
      const out = code.replace(`'${XR_PROFILES_CDN}'`, "'./profiles/'");
      if (out === code)
        this.error('@pmndrs/xr changed: its default profile address was not found (scripts/xrBuild.ts)');
      return { code: out, map: null };
    },
  };
}
