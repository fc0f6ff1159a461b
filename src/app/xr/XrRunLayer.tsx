/**
 * Wraps the run's canvas contents in <XR>: adopts a session requested on the briefing, and while
 * presenting swaps the desktop driver for the headset world (see RunScreen).
 */
import { useThree } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { useEffect, type ReactNode } from 'react';
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

export type XrRunLayerProps = { xr: XrRun; children: ReactNode } & Omit<
  XrWorldProps,
  'ended' | 'onExitVr' | 'fromBriefing' | 'onStarted'
>;

export function XrRunLayer({ xr, children, ...world }: XrRunLayerProps) {
  return (
    <XR store={xr.store}>
      {children}
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
