/** Everything inside the Canvas for one scenario: the room (with lights), the patient, the figures' shadows. */
import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import type { Setting } from '../scenario';
import { BlobShadows } from './room/BlobShadow';
import { SCRUBS } from './patient/colleagueModel';
import type { Appearance } from './patient/avatarParts';
import { HeldObject } from './patient/HeldObject';
import { lightRig } from './render/Lighting';
import { PatientAvatar } from './patient/PatientAvatar';
import type { PatientView } from './patient/patientView';
import { fixMatrix } from './render/geometryUtils';
import { Room } from './room/Room';
import type { SceneData } from './pack/roomTransfer';

export interface SceneContentsProps {
  setting: Setting;
  appearance: Appearance;
  view: PatientView;
  reducedMotion?: boolean;
  /** The room and the patient's body packed at build time (app/scenePrefetch.ts), or built here. */
  prepared?: SceneData | null;
}

/** Blob-shadow radius of a figure of the given height (m). */
const shadowRadius = (height: number) => 0.45 * (height / 1.75);

export function SceneContents({ setting, appearance, view, reducedMotion, prepared }: SceneContentsProps) {
  const colleague = setting.colleague;
  const fixed = useMemo(
    () =>
      colleague ? [[colleague.position[0], colleague.position[1], shadowRadius(SCRUBS.height)] as const] : [],
    [colleague],
  );
  // No light in the scene: the room's lights are baked into it, and the patient's shader is lit by
  // the same rig (render/sceneProgram.ts figureMaterial).
  const lights = useMemo(
    () => lightRig(setting.lighting, setting.height),
    [setting.lighting, setting.height],
  );
  const follow = useMemo(
    () => ({ view, radius: shadowRadius(appearance.height) }),
    [view, appearance.height],
  );
  // The scene never moves: recomposing its matrix every frame would make three recompute the world
  // matrix of every object in it, the fixed room included (Room.tsx).
  const scene = useThree((s) => s.scene);
  useLayoutEffect(() => {
    fixMatrix(scene);
    return () => void (scene.matrixAutoUpdate = true);
  }, [scene]);
  return (
    <>
      <color attach="background" args={['#3a3f45']} />
      <Room setting={setting} data={prepared?.room} />
      <PatientAvatar
        appearance={appearance}
        view={view}
        reducedMotion={reducedMotion}
        body={prepared?.body}
        lights={lights}
      />
      <BlobShadows fixed={fixed} follow={follow} />
      <HeldObject view={view} />
    </>
  );
}
