/**
 * The frame loop in the headset: XR frame → poses → XrInput → the session's clock (the same fixed
 * step as the desktop's: session/clock.ts) → the patient drawn between ticks. The headset replaces
 * the desktop driver (only one of them runs). Gaze is the head ray, cast every few frames against
 * the gaze layer, as on the desktop (scene/room/gaze.ts).
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef, type RefObject } from 'react';
import { Matrix4, Vector3, type Group } from 'three';
import { createPoseSample, readXrPoses, XR_THRESHOLDS, type XrInput } from '../../input/xr';
import { createGazeCaster } from '../../scene';
import { frameTime } from '../../session';
import type { RunDrive } from '../run/DesktopDriver';
import { takeFrame, useLockstep } from '../run/lockstep';
import { blendView, syncPatientView } from '../run/patientView';

export interface XrDriverProps extends RunDrive {
  input: XrInput;
  origin: RefObject<Group | null>;
  /** Eye height of the patient's avatar (m) when standing; the pointing target. */
  patientEye: number;
}

const IDENTITY = new Matrix4();

export function XrDriver(p: XrDriverProps) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const pose = useMemo(createPoseSample, []);
  const caster = useMemo(createGazeCaster, []);
  const target = useMemo(() => ({ x: 0, y: 0, z: 0 }), []);
  const dir = useMemo(() => new Vector3(), []);
  const gaze = useRef<string | null>(null);
  const frameNo = useRef(0);
  const drawn = useRef(false);
  const gate = useLockstep();

  useFrame((_, delta, frame?: XRFrame) => {
    const ref = gl.xr.getReferenceSpace();
    if (!frame || !ref) return;
    const origin = p.origin.current;
    origin?.updateMatrixWorld();
    if (!readXrPoses(frame, ref, origin?.matrixWorld ?? IDENTITY, pose)) return; // tracking lost: hold
    const { sim, clock } = p.session;
    const view = sim.view;
    const sitting = view.pose === 'sitting';
    target.x = view.patientPosition[0];
    target.y = sitting ? p.patientEye * 0.68 : p.patientEye;
    target.z = view.patientPosition[1];
    const dt = frameTime(delta, p);
    // Under ?lockstep=1 (tests) an XR frame the test has not handed over only draws: the signals and
    // the sim stand still, so what the test does between two calls lands at the same sim time.
    if (!takeFrame(gate)) {
      blendView(p.patientView, clock.blend, view, clock.alpha);
      if (!drawn.current) p.afterFrame(); // the room has drawn: the run screen is ready
      drawn.current = true;
      return;
    }

    if (frameNo.current++ % XR_THRESHOLDS.gaze.everyFrames === 0) {
      const h = pose.head;
      dir.set(0, 0, -1).applyQuaternion(h.quaternion);
      gaze.current = caster.cast(scene, h.position as Vector3, dir);
    }
    // Poses are read while paused too (the panels follow the trainee); only the sim holds still.
    const signals = p.input.update(dt, pose, target, gaze.current);
    const ticks = !p.pausedRef.current && !sim.done ? p.session.frame(dt, signals) : 0;
    syncPatientView(p.patientView, view, p.input.signals);
    blendView(p.patientView, clock.blend, view, clock.alpha);
    if (ticks > 0 || !drawn.current) p.afterFrame();
    drawn.current = true;
  });
  return null;
}
