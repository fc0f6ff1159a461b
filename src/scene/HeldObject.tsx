/**
 * What the patient holds (a phase's `holds`: the coffee cup, a knife) moves from its place in the
 * room into the patient's right hand, and back when put down. The object's own mesh is moved, so
 * its gaze target stays the same; LooseObjects.tsx takes it out of the merged mesh of objects at rest.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import { Euler, Object3D, Vector3 } from 'three';
import { fixMatrix } from './geometryUtils';
import type { PatientView } from './patientView';

/** Where a held object sits in the hand bone's frame (m): in the palm, below the wrist. */
export const GRIP_OFFSET = new Vector3(0, -0.09, 0.03);

interface Held {
  id: string;
  object: Object3D;
  parent: Object3D;
  position: Vector3;
  rotation: Euler;
}

export function HeldObject({ view, patientName = 'patient' }: { view: PatientView; patientName?: string }) {
  const scene = useThree((s) => s.scene);
  const held = useRef<Held | null>(null);
  useFrame(() => {
    const want = view.holds ?? null;
    const cur = held.current;
    if ((cur?.id ?? null) === want) return;
    if (cur) {
      cur.parent.add(cur.object);
      cur.object.position.copy(cur.position);
      cur.object.rotation.copy(cur.rotation);
      // Fixed in its place again, as the rest of the room (Room.tsx).
      fixMatrix(cur.object);
      cur.object.updateMatrixWorld(true);
      held.current = null;
    }
    if (!want) return;
    const object = scene.getObjectByName(`object:${want}`);
    const hand = scene.getObjectByName(patientName)?.getObjectByName('handR');
    if (!object?.parent || !hand) return;
    held.current = {
      id: want,
      object,
      parent: object.parent,
      position: object.position.clone(),
      rotation: object.rotation.clone(),
    };
    hand.add(object);
    object.matrixAutoUpdate = true; // its matrix was fixed in the room
    object.visible = true; // at rest it may be drawn merged with the others (LooseObjects.tsx)
    object.position.copy(GRIP_OFFSET);
    object.rotation.set(0, 0, 0);
  });
  return null;
}
