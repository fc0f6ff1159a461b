import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import type { DesktopInput } from '../input/desktop';
import { createGazeCaster } from '../scene';
import type { Simulation } from '../sim';
import { beforeTick, blendView, createTickBlend, FixedStep } from './fixedStep';
import { lockstep, takeFrame } from './lockstep';
import { syncPatientView, type PatientViewState } from './patientView';

export interface SimDriverProps {
  sim: Simulation;
  input: DesktopInput;
  patientView: PatientViewState;
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

const MAX_DT = 0.1;
/**
 * The simulation's fixed step (s). The patient's behaviour changes over seconds and what the sim
 * moves is drawn between ticks (fixedStep.ts), so 30 Hz is plenty; the trainee's own movement is
 * not the sim's (the input moves them every frame), and an utterance or a key acts at once.
 */
export const SIM_STEP = 1 / 30;
const GAZE_EVERY_FRAMES = 4;

/** The frame loop: input → sim.tick → camera → scene view. Paused means no ticks at all. */
export function SimDriver({
  sim,
  input,
  patientView,
  pausedRef,
  fixedTime,
  speed,
  afterFrame,
}: SimDriverProps) {
  const { camera, scene } = useThree();
  const caster = useMemo(createGazeCaster, []);
  const at = useMemo(() => new Vector3(), []);
  const dir = useMemo(() => new Vector3(), []);
  const gaze = useRef<string | null>(null);
  const frame = useRef(0);

  // Fixed sim step: the same behaviour at 60, 72 or 90 Hz, and a run log whose ticks run-length
  // encode (a standing trainee adds almost nothing to the log, so the heap stays flat). The patient
  // is drawn between the last two ticks (fixedStep.ts), so he moves evenly at any frame rate; the
  // trainee moves every frame, and each tick takes the signals as they are.
  const step = useMemo(() => new FixedStep(SIM_STEP, MAX_DT * speed), [speed]);
  const blend = useMemo(() => createTickBlend(sim.view), [sim]);
  const gate = useMemo(lockstep, []);
  useEffect(() => {
    if (!gate) return;
    gate.active = true;
    return () => void (gate.active = false);
  }, [gate]);
  useFrame((_, delta) => {
    let ticked = frame.current === 0;
    // Under ?lockstep=1 a frame the test has not handed over changes nothing but the drawing.
    const advance = takeFrame(gate);
    if (advance && !pausedRef.current && !sim.done) {
      const frameDt = (fixedTime ? 1 / 60 : Math.min(Math.max(delta, 0), MAX_DT)) * speed;
      const signals = input.update(frameDt, gaze.current);
      for (let n = step.add(frameDt); n > 0 && !sim.done; n--) {
        beforeTick(blend, sim.view);
        sim.tick(SIM_STEP, signals);
        step.take();
        ticked = true;
      }
    }
    const s = input.signals;
    syncPatientView(patientView, sim.view, s);
    blendView(patientView, blend, sim.view, step.alpha);
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
