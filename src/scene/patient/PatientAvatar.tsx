/**
 * The patient: a procedurally built, skinned low-poly figure (one draw call) animated every frame
 * from a mutable PatientView. Nothing per-frame goes through React state. Its blob shadow is drawn
 * with the others (BlobShadows in SceneContents).
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { Appearance } from './avatarParts';
import type { LightSpec } from '../render/Lighting';
import { buildAvatarRig } from './avatarRig';
import { geometryFrom, type GeometryData } from '../pack/roomTransfer';
import { createMotionState, updateAvatar } from './avatarMotion';
import type { PatientView } from './patientView';

export interface PatientAvatarProps {
  appearance: Appearance;
  view: PatientView;
  /** Damp large oscillating motion; defaults to the user's prefers-reduced-motion setting. */
  reducedMotion?: boolean;
  /** The body packed at build time (app/scenePrefetch.ts); without it the body is built here. */
  body?: GeometryData | undefined;
  /** The room's lights (Lighting.ts lightRig), which the figure's shader is lit by. */
  lights?: readonly LightSpec[] | undefined;
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

export function PatientAvatar({ appearance, view, reducedMotion, body, lights }: PatientAvatarProps) {
  const { skin, hair, top, trousers, height } = appearance;
  const reduced = useMemo(() => reducedMotion ?? prefersReducedMotion(), [reducedMotion]);
  const { rig, state } = useMemo(() => {
    const r = buildAvatarRig(
      { skin, hair, top, trousers, height },
      { name: 'patient', ...(lights ? { lights } : {}) },
      body && geometryFrom(body),
    );
    const st = createMotionState();
    updateAvatar(r, st, view, 0, reduced); // posed before the first frame: never seen in the rest pose
    return { rig: r, state: st };
  }, [skin, hair, top, trousers, height, view, reduced, body, lights]);
  useEffect(() => () => rig.dispose(), [rig]);

  // The body moves on sim time (view.t), not the wall clock: pausing freezes it, and a fixed-time
  // run (tests, replays) renders the same frames on any machine.
  const lastT = useRef(view.t);
  useFrame(() => {
    const dt = Math.min(Math.max(view.t - lastT.current, 0), 0.1);
    lastT.current = view.t;
    updateAvatar(rig, state, view, dt, reduced);
  });

  return <primitive object={rig.root} />;
}
