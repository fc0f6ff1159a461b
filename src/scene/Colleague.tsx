/** The colleague: a standing figure in scrubs facing the patient, gaze-tagged with its id. */
import { useEffect, useMemo } from 'react';
import type { Setting } from '../scenario/schema';
import { buildAvatarRig } from './avatarRig';
import { createMotionState, updateAvatar } from './avatarMotion';
import { BlobShadow } from './BlobShadow';
import { createPatientView } from './patientView';

export type ColleagueData = NonNullable<Setting['colleague']>;

export const SCRUBS = { skin: '#c89f84', hair: '#5b3f2a', top: '#9cc3dc', trousers: '#9cc3dc', height: 1.72 };

export function Colleague({ colleague, lookAt }: { colleague: ColleagueData; lookAt: [number, number] }) {
  const rig = useMemo(() => {
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
    return r;
  }, [colleague.id, colleague.position, lookAt]);
  useEffect(() => () => rig.dispose(), [rig]);
  return (
    <>
      <primitive object={rig.root} />
      <group position={[colleague.position[0], 0.004, colleague.position[1]]}>
        <BlobShadow radius={0.42} />
      </group>
    </>
  );
}
