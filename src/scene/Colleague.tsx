/**
 * The colleague: a standing figure in scrubs facing the patient, gaze-tagged with its id. It never
 * moves, so its pose and the room's light are baked once into a static mesh drawn with the room's
 * unlit material (no skeleton, no per-frame bone upload).
 */
import { useEffect, useMemo } from 'react';
import { Group, Mesh } from 'three';
import type { Setting } from '../scenario/schema';
import { buildAvatarRig, bakePose } from './avatarRig';
import { createMotionState, updateAvatar } from './avatarMotion';
import { bakedMaterial, bakeLighting } from './bakedLight';
import { BlobShadow } from './BlobShadow';
import { lightRig, type LightingMood } from './Lighting';
import { createPatientView } from './patientView';

export type ColleagueData = NonNullable<Setting['colleague']>;

export const SCRUBS = { skin: '#c89f84', hair: '#5b3f2a', top: '#9cc3dc', trousers: '#9cc3dc', height: 1.72 };

export interface ColleagueProps {
  colleague: ColleagueData;
  lookAt: [number, number];
  /** The room's light, baked into the figure. */
  lighting?: LightingMood;
  roomHeight?: number;
}

export function Colleague({ colleague, lookAt, lighting = 'fluorescent', roomHeight = 2.7 }: ColleagueProps) {
  const figure = useMemo(() => {
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
    const geometry = bakeLighting(bakePose(r), lightRig(lighting, roomHeight)).deleteAttribute('normal');
    const body = new Mesh(geometry, bakedMaterial);
    body.name = `${r.root.name}:body`;
    body.raycast = () => {}; // the gaze proxy (a box around the figure) takes the rays
    // What stays is a static group: the gaze proxy at the figure's place and the baked body.
    const root = new Group();
    root.name = r.root.name;
    root.userData.gazeTarget = colleague.id;
    const proxies = r.root.children.filter((c) => c instanceof Mesh && c !== r.mesh);
    for (const p of proxies) {
      p.matrix.multiplyMatrices(r.root.matrixWorld, p.matrix);
      p.matrix.decompose(p.position, p.quaternion, p.scale);
      root.add(p);
    }
    root.add(body);
    root.traverse((o) => {
      o.updateMatrix();
      o.matrixAutoUpdate = false;
    });
    return {
      root,
      dispose() {
        geometry.dispose();
        for (const p of proxies) (p as Mesh).geometry.dispose();
        r.dispose();
      },
    };
  }, [colleague.id, colleague.position, lookAt, lighting, roomHeight]);
  useEffect(() => () => figure.dispose(), [figure]);
  return (
    <>
      <primitive object={figure.root} />
      <group position={[colleague.position[0], 0.004, colleague.position[1]]}>
        <BlobShadow radius={0.42} />
      </group>
    </>
  );
}
