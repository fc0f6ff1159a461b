/**
 * What the patient holds (a phase's `holds`: the coffee cup, a knife) moves from its place in the
 * room into the patient's right hand, and back when put down. The object's own mesh is moved, so
 * its gaze target stays the same; LooseObjects.tsx takes it out of the merged mesh of objects at rest.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import { Euler, Object3D, Vector3 } from 'three';
import { fixMatrix } from '../render/geometryUtils';
import type { PatientView } from './patientView';

/** Where a held object sits in the hand bone's frame (m): in the palm, below the wrist. */
export const GRIP_OFFSET = new Vector3(0, -0.09, 0.03);

interface Held {
  id: string | null;
  object: Object3D | null;
  parent: Object3D | null;
  /** Where the object stood in the room, to put it back. */
  position: Vector3;
  rotation: Euler;
}

export function HeldObject({ view, patientName = 'patient' }: { view: PatientView; patientName?: string }) {
  const scene = useThree((s) => s.scene);
  const held = useRef<Held>({
    id: null,
    object: null,
    parent: null,
    position: new Vector3(),
    rotation: new Euler(),
  });
  useFrame(() => {
    const want = view.holds ?? null;
    const cur = held.current;
    if (cur.id === want) return;
    if (cur.object && cur.parent) {
      cur.parent.add(cur.object);
      cur.object.position.copy(cur.position);
      cur.object.rotation.copy(cur.rotation);
      // Fixed in its place again, as the rest of the room (Room.tsx).
      fixMatrix(cur.object);
      cur.object.updateMatrixWorld(true);
    }
    cur.id = null;
    cur.object = cur.parent = null;
    if (!want) return;
    const object = scene.getObjectByName(`object:${want}`);
    const hand = scene.getObjectByName(patientName)?.getObjectByName('handR');
    if (!object?.parent || !hand) return;
    cur.id = want;
    cur.object = object;
    cur.parent = object.parent;
    cur.position.copy(object.position);
    cur.rotation.copy(object.rotation);
    hand.add(object);
    object.matrixAutoUpdate = true; // its matrix was fixed in the room
    object.visible = true; // at rest it may be drawn merged with the others (LooseObjects.tsx)
    object.position.copy(GRIP_OFFSET);
    object.rotation.set(0, 0, 0);
  });
  return null;
}
