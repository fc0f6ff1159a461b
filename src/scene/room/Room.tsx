/**
 * The scenario's setting: shell, furniture, exits with signs, loose objects and the colleague, lit
 * by the mood's lights baked into its vertex colours (no light in the scene). One draw call: the
 * shell with furniture, light fittings, exit signs, the colleague's body and the loose objects in
 * their places (LooseObjects.tsx draws it, and each object that leaves its place with a mesh of its
 * own). The figures' shadows are in SceneContents.
 * Exits, objects and the colleague carry userData.gazeTarget = id for gaze raycasting (exits through
 * an invisible box in the doorway), on the gaze layer (gaze.ts) with the furniture's occluder boxes;
 * the shell is not on it.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, type Group } from 'three';
import type { Setting } from '../../scenario';
import { Colleague } from '../patient/Colleague';
import { LooseObjects } from './LooseObjects';
import { GAZE_ONLY } from './gaze';
import { fixMatrix } from '../render/geometryUtils';
import { buildRoom } from './roomModel';
import { roomFromData, type RoomData } from '../pack/roomTransfer';

export interface RoomProps {
  setting: Setting;
  /** The room packed at build time (app/scenePrefetch.ts); without it the room is built here. */
  data?: RoomData | null;
}

const exitBox = new BoxGeometry(1, 1, 1);

export function Room({ setting, data }: RoomProps) {
  const model = useMemo(() => (data ? roomFromData(setting, data) : buildRoom(setting)), [setting, data]);
  useEffect(() => () => model.dispose(), [model]);
  const group = useRef<Group>(null);
  // Nothing in the room moves by itself: its matrices are composed once, and every frame's matrix
  // update passes over the room without recomposing or multiplying (the scene's own matrix is fixed
  // too: SceneContents). A loose object the patient picks up leaves the room for the hand, where
  // HeldObject lets three update it, and is fixed again when put back.
  useLayoutEffect(() => {
    const g = group.current;
    if (!g) return;
    g.traverse(fixMatrix);
    g.updateMatrixWorld(true);
  }, [model]);
  return (
    <group name="room" ref={group}>
      {model.exits.map((e) => (
        <mesh
          key={e.exit.id}
          name={`exit:${e.exit.id}`}
          geometry={exitBox}
          position={[e.x, e.height / 2, e.z]}
          rotation={[0, e.yaw, 0]}
          scale={[e.width, e.height, 0.3]}
          visible={false}
          layers-mask={GAZE_ONLY}
          userData={{ gazeTarget: e.exit.id, exitKind: e.exit.kind }}
        />
      ))}
      <primitive object={model.occluders} />
      <LooseObjects shell={model.shell} objects={model.objects} />
      {model.colleague && <Colleague figure={model.colleague} />}
    </group>
  );
}
