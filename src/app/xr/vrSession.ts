/**
 * Immersive-VR support and session start. The briefing's "Enter VR" must request the session inside
 * the click (browsers require a user gesture), before the 3D run screen has even loaded; the run
 * screen then adopts the pending session into three's WebXRManager (AdoptPendingSession).
 * No @react-three/xr import here: this module sits in the startup chunk.
 */
import { useEffect, useState } from 'react';

/** Floor-level tracking (the floor is the real floor, scale 1:1); hands and room bounds when offered. */
export const VR_SESSION_INIT: XRSessionInit = {
  requiredFeatures: ['local-floor'],
  optionalFeatures: ['bounded-floor', 'hand-tracking', 'layers'],
};

let pending: Promise<XRSession> | null = null;

/** True once navigator.xr says immersive-vr is supported (false on desktops without a headset). */
export function useVrSupported(): boolean {
  const [ok, setOk] = useState(false);
  useEffect(() => {
    let live = true;
    const xr = typeof navigator !== 'undefined' ? navigator.xr : undefined;
    xr?.isSessionSupported('immersive-vr')
      .then((v) => live && setOk(v))
      .catch(() => live && setOk(false));
    return () => {
      live = false;
    };
  }, []);
  return ok;
}

/** Call from a click handler: starts the immersive session now and keeps it for the run screen. */
export function requestVrSession(): Promise<XRSession> {
  const xr = navigator.xr;
  if (!xr) return Promise.reject(new Error('WebXR not available'));
  const p = xr.requestSession('immersive-vr', VR_SESSION_INIT);
  pending = p;
  p.catch(() => {
    if (pending === p) pending = null;
  });
  return p;
}

/** The session requested from the briefing, once (the run screen takes it). */
export function takePendingSession(): Promise<XRSession> | null {
  const p = pending;
  pending = null;
  return p;
}
