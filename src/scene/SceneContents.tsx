/** Everything inside the Canvas for one scenario: the room (with lights), the patient, the figures' shadows. */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import type { Setting } from '../scenario/schema';
import { BlobShadows } from './BlobShadow';
import { SCRUBS } from './colleagueModel';
import type { Appearance } from './avatarParts';
import { HeldObject } from './HeldObject';
import { PatientAvatar } from './PatientAvatar';
import { precompileScene } from './precompile';
import type { PatientView } from './patientView';
import { Room } from './Room';

export interface SceneContentsProps {
  setting: Setting;
  appearance: Appearance;
  view: PatientView;
  reducedMotion?: boolean;
}

/** Blob-shadow radius of a figure of the given height (m). */
const shadowRadius = (height: number) => 0.45 * (height / 1.75);

/**
 * Rendered before the room and the patient: their shaders start compiling while they are built
 * (precompile.ts). The stand-ins are released when the scene unmounts.
 */
function Precompile({ mood, height }: { mood: Setting['lighting']; height: number }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const [release] = useState(() => precompileScene(gl, camera, mood, height));
  useEffect(() => release, [release]);
  return null;
}

export function SceneContents({ setting, appearance, view, reducedMotion }: SceneContentsProps) {
  const colleague = setting.colleague;
  const fixed = useMemo(
    () =>
      colleague ? [[colleague.position[0], colleague.position[1], shadowRadius(SCRUBS.height)] as const] : [],
    [colleague],
  );
  const follow = useMemo(
    () => ({ view, radius: shadowRadius(appearance.height) }),
    [view, appearance.height],
  );
  return (
    <>
      <color attach="background" args={['#3a3f45']} />
      <Precompile mood={setting.lighting} height={setting.height} />
      <Room setting={setting} />
      <PatientAvatar appearance={appearance} view={view} reducedMotion={reducedMotion} />
      <BlobShadows fixed={fixed} follow={follow} />
      <HeldObject view={view} />
    </>
  );
}
