import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { Vector3 } from 'three';
import { floorToWorld, patientHeadHeight, type AudioEngine } from '../audio';
import type { SimView } from '../sim';

export interface AudioFollowerProps {
  engine: { current: AudioEngine | null };
  view: SimView;
  /** The patient's body height (m), for the mouth's height. */
  bodyHeight: number;
}

/**
 * Each frame: the listener follows the camera, the voice follows the patient's head. Mounted after
 * SimDriver inside the canvas so it reads this frame's camera. Preallocated vectors, no allocation.
 */
export function AudioFollower({ engine, view, bodyHeight }: AudioFollowerProps) {
  const v = useRef({ fwd: new Vector3(), up: new Vector3(), head: new Vector3() }).current;
  useFrame(({ camera }) => {
    const e = engine.current;
    if (!e) return;
    camera.getWorldDirection(v.fwd);
    v.up.copy(camera.up).applyQuaternion(camera.quaternion);
    e.setListener(camera.position, v.fwd, v.up);
    e.setSource(floorToWorld(view.patientPosition, patientHeadHeight(view.pose, bodyHeight), v.head));
  });
  return null;
}
