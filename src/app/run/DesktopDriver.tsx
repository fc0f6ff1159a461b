import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import type { DesktopInput } from '../../input/desktop';
import { createGazeCaster } from '../../scene';
import { frameTime, type RunSession } from '../../session';
import { takeFrame, useLockstep } from './lockstep';
import type { PatientView } from '../../scene';
import { blendView, syncPatientView } from './patientView';

/** What either frame loop (this one, the headset's) drives the run with. */
export interface RunDrive {
  session: RunSession;
  patientView: PatientView;
  /** Read each frame; a ref so pausing does not re-render the canvas. */
  pausedRef: { current: boolean };
  fixedTime: boolean;
  /** Sim time per frame multiplier (test hook ?speed=N). */
  speed: number;
  /**
   * Called after the first frame and after each frame in which the sim ticked (discrete checks on
   * sim time: subtitle expiry, the exit within reach, freezes, the end); nothing they check changes
   * between ticks.
   */
  afterFrame: () => void;
}

const GAZE_EVERY_FRAMES = 4;

/**
 * The desktop's frame loop: keys and mouse → DesktopInput → the session's clock (session/clock.ts:
 * the fixed step both drivers share) → camera → the patient drawn between ticks. Paused: no ticks.
 */
export function DesktopDriver({
  session,
  input,
  patientView,
  pausedRef,
  fixedTime,
  speed,
  afterFrame,
}: RunDrive & { input: DesktopInput }) {
  const { camera, scene } = useThree();
  const caster = useMemo(createGazeCaster, []);
  const at = useMemo(() => new Vector3(), []);
  const dir = useMemo(() => new Vector3(), []);
  const gaze = useRef<string | null>(null);
  const frame = useRef(0);
  const gate = useLockstep();
  const { sim, clock } = session;
  useFrame((_, delta) => {
    let ticked = frame.current === 0;
    // Under ?lockstep=1 a frame the test has not handed over changes nothing but the drawing.
    const advance = takeFrame(gate);
    if (advance && !pausedRef.current && !sim.done) {
      const frameDt = frameTime(delta, { fixedTime, speed });
      if (session.frame(frameDt, input.update(frameDt, gaze.current)) > 0) ticked = true;
    }
    const s = input.signals;
    syncPatientView(patientView, sim.view, s);
    blendView(patientView, clock.blend, sim.view, clock.alpha);
    camera.position.set(s.position[0], s.headHeight, s.position[1]);
    const r = camera.rotation;
    const yaw = input.cameraYaw();
    // Setting a rotation recomputes the camera's quaternion: only when the trainee turned or looked.
    if (r.x !== input.pitch || r.y !== yaw || r.z !== 0 || r.order !== 'YXZ')
      r.set(input.pitch, yaw, 0, 'YXZ');
    // Not on the first frame: the first cast bounds every gaze target, which the room's first
    // frame need not wait for.
    if (advance && ++frame.current % GAZE_EVERY_FRAMES === 0) {
      camera.updateMatrixWorld();
      camera.getWorldPosition(at);
      camera.getWorldDirection(dir);
      gaze.current = caster.cast(scene, at, dir);
    }
    if (ticked) afterFrame();
  });
  return null;
}
