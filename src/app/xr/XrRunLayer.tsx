/**
 * <XR> beside the run's scene (mounted only once VR is wanted, useXrRun): adopts a session requested
 * on the briefing, enters VR when Enter VR waited for it, and while presenting adds the headset
 * world (the run screen then drops its desktop driver).
 */
import { useThree } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { useEffect } from 'react';
import type { RoligXrStore } from './xrStore';
import type { XrRun } from './useXrRun';
import { XrWorld, type XrWorldProps } from './XrWorld';

function AdoptPendingSession({ pending }: { pending: Promise<XRSession> }) {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    let live = true;
    pending
      .then((session) => (live ? gl.xr.setSession(session) : session.end()))
      .catch((e: unknown) => console.warn('VR session could not start', e));
    return () => {
      live = false;
    };
  }, [gl, pending]);
  return null;
}

/** Runs `f` once mounted (and when it changes): inside <XR>, so after it has connected to three. */
function OnMounted({ f }: { f: () => void }) {
  useEffect(f, [f]);
  return null;
}

export type XrRunLayerProps = { xr: XrRun; store: RoligXrStore } & Omit<
  XrWorldProps,
  'ended' | 'onExitVr' | 'fromBriefing' | 'onStarted'
>;

export function XrRunLayer({ xr, store, ...world }: XrRunLayerProps) {
  return (
    <XR store={store}>
      <OnMounted f={xr.mounted} />
      {xr.pending && <AdoptPendingSession pending={xr.pending} />}
      {xr.presenting && (
        <XrWorld
          {...world}
          ended={xr.ended}
          onExitVr={xr.exit}
          fromBriefing={xr.briefing}
          onStarted={xr.started}
        />
      )}
    </XR>
  );
}
