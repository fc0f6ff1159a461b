/**
 * The frame loop in the headset: XR frame → poses → XrInput → sim.tick → scene view. The headset
 * replaces the desktop driver (only one of them runs). Gaze is the head ray, cast every few frames
 * against the gaze layer, as on the desktop (scene/gaze.ts).
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef, type RefObject } from 'react';
import { Matrix4, Vector3, type Group } from 'three';
import { XR_THRESHOLDS, XrInput } from '../../input/xr';
import { createGazeCaster } from '../../scene';
import type { Simulation } from '../../sim';
import { syncPatientView, type PatientViewState } from '../patientView';
import { createPoseSample, readXrPoses } from './readPoses';

export interface XrSimDriverProps {
  sim: Simulation;
  input: XrInput;
  origin: RefObject<Group | null>;
  patientView: PatientViewState;
  /** Eye height of the patient's avatar (m) when standing; the pointing target. */
  patientEye: number;
  pausedRef: { current: boolean };
  fixedTime: boolean;
  speed: number;
  afterFrame: () => void;
}

const MAX_DT = 0.1;
const IDENTITY = new Matrix4();

export function XrSimDriver(p: XrSimDriverProps) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const pose = useMemo(createPoseSample, []);
  const caster = useMemo(createGazeCaster, []);
  const target = useMemo(() => ({ x: 0, y: 0, z: 0 }), []);
  const dir = useMemo(() => new Vector3(), []);
  const gaze = useRef<string | null>(null);
  const frameNo = useRef(0);

  useFrame((_, delta, frame?: XRFrame) => {
    const ref = gl.xr.getReferenceSpace();
    if (!frame || !ref) return;
    const origin = p.origin.current;
    origin?.updateMatrixWorld();
    if (!readXrPoses(frame, ref, origin?.matrixWorld ?? IDENTITY, pose)) return; // tracking lost: hold
    const view = p.sim.view;
    const sitting = view.pose === 'sitting';
    target.x = view.patientPosition[0];
    target.y = sitting ? p.patientEye * 0.68 : p.patientEye;
    target.z = view.patientPosition[1];
    // ?speed=N scales time in the headset with one tick per frame, so speeds derived from motion
    // (closing speed, sudden moves) stay true to the poses; the desktop ticks N times instead.
    const dt = (p.fixedTime ? 1 / 60 : Math.min(Math.max(delta, 0), MAX_DT)) * p.speed;

    if (frameNo.current++ % XR_THRESHOLDS.gaze.everyFrames === 0) {
      const h = pose.head;
      dir.set(0, 0, -1).applyQuaternion(h.quaternion);
      gaze.current = caster.cast(scene, h.position as Vector3, dir);
    }
    // Poses are read while paused too (the panels follow the trainee); only the sim holds still.
    const signals = p.input.update(dt, pose, target, gaze.current);
    if (!p.pausedRef.current && !p.sim.done) p.sim.tick(dt, signals);
    syncPatientView(p.patientView, view, p.input.signals);
    p.afterFrame();
  });
  return null;
}
