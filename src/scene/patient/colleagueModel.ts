/**
 * The colleague: a standing figure in scrubs facing the patient, gaze-tagged with its id. It never
 * moves, so its pose and the room's light are baked once into world-space geometry that the room
 * merges into its shell (roomModel.ts: no draw call of its own, no skeleton, no bone upload). What
 * stays in the scene graph is the gaze proxy at the figure's place (its blob shadow is drawn with
 * the patient's, BlobShadow.tsx). Plain three, no React.
 */
import { Group, Mesh, type BufferGeometry } from 'three';
import type { Setting } from '../../scenario';
import { buildAvatarRig } from './avatarRig';
import { bakePose } from './posedRig';
import { createMotionState, updateAvatar } from './avatarMotion';
import { bakeLighting } from '../render/bakedLight';
import { lightRig, type LightingMood } from '../render/Lighting';
import { createPatientView } from './patientView';

export type ColleagueData = NonNullable<Setting['colleague']>;

export const SCRUBS = { skin: '#c89f84', hair: '#5b3f2a', top: '#9cc3dc', trousers: '#9cc3dc', height: 1.72 };

export interface ColleagueFigure {
  /** The posed, lit body in world space (position and RGBA colour), merged into the room's shell. */
  body: BufferGeometry;
  /** A static group named `colleague:<id>`, gaze-tagged, holding the gaze proxy. */
  root: Group;
  dispose(): void;
}

/** Poses the figure toward `lookAt` (the patient's start) and bakes `lighting` into it. */
export function buildColleague(
  colleague: ColleagueData,
  lookAt: readonly [number, number],
  lighting: LightingMood = 'fluorescent',
  roomHeight = 2.7,
): ColleagueFigure {
  const r = buildAvatarRig(SCRUBS, { gaze: colleague.id, name: `colleague:${colleague.id}` });
  const [x, z] = colleague.position;
  const facing = Math.atan2(lookAt[0] - x, lookAt[1] - z);
  const view = createPatientView({
    patientPosition: [x, z],
    patientFacing: facing,
    arousal: 0,
    traineeHead: [lookAt[0], 1.3, lookAt[1]],
  });
  updateAvatar(r, createMotionState(), view, 0, true);
  const body = bakeLighting(bakePose(r), lightRig(lighting, roomHeight)).deleteAttribute('normal');
  const root = new Group();
  root.name = r.root.name;
  root.userData.gazeTarget = colleague.id;
  const proxies = r.root.children.filter((c) => c instanceof Mesh && c !== r.mesh);
  for (const p of proxies) {
    p.matrix.multiplyMatrices(r.root.matrixWorld, p.matrix);
    p.matrix.decompose(p.position, p.quaternion, p.scale);
    root.add(p);
  }
  root.traverse((o) => {
    o.updateMatrix();
    o.matrixAutoUpdate = false;
  });
  return {
    body,
    root,
    dispose() {
      body.dispose();
      for (const p of proxies) (p as Mesh).geometry.dispose();
      r.dispose();
    },
  };
}
