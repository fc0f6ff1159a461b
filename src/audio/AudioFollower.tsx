import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { Vector3 } from 'three';
import { floorToWorld, patientHeadHeight, type AudioEngine } from '.';
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
    // A camera in no group (the desktop's; three's own in the headset) is oriented by its quaternion
    // alone: reading its world direction would recompose its matrix, which the render does anyway.
    if (camera.parent) camera.getWorldDirection(v.fwd);
    else v.fwd.set(0, 0, -1).applyQuaternion(camera.quaternion);
    v.up.copy(camera.up).applyQuaternion(camera.quaternion);
    e.setListener(camera.position, v.fwd, v.up);
    e.setSource(floorToWorld(view.patientPosition, patientHeadHeight(view.pose, bodyHeight), v.head));
  });
  return null;
}
