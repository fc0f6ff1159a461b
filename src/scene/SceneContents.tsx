/** Everything inside the Canvas for one scenario: the room (with lights) and the patient. */
import type { Setting } from '../scenario/schema';
import type { Appearance } from './avatarParts';
import { HeldObject } from './HeldObject';
import { PatientAvatar } from './PatientAvatar';
import type { PatientView } from './patientView';
import { Room } from './Room';

export interface SceneContentsProps {
  setting: Setting;
  appearance: Appearance;
  view: PatientView;
  reducedMotion?: boolean;
}

export function SceneContents({ setting, appearance, view, reducedMotion }: SceneContentsProps) {
  return (
    <>
      <color attach="background" args={['#3a3f45']} />
      <Room setting={setting} />
      <PatientAvatar appearance={appearance} view={view} reducedMotion={reducedMotion} />
      <HeldObject view={view} />
    </>
  );
}
