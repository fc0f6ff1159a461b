import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import { Object3D, Raycaster, Vector2, type Intersection } from 'three';
import type { DesktopInput } from '../input/desktop';
import type { Simulation } from '../sim';
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
  /** Called once per frame after the sim ticked (discrete UI checks: subtitle expiry, exits, the end). */
  afterFrame: () => void;
}

const MAX_DT = 0.1;
/** The simulation's fixed step (s): a Quest's 90 Hz. */
export const SIM_STEP = 1 / 90;
const GAZE_EVERY_FRAMES = 4;
const CENTRE = new Vector2(0, 0);

function targetOf(o: Object3D | null): string | null {
  for (; o; o = o.parent) {
    const g = o.userData.gazeTarget;
    if (typeof g === 'string') return g;
  }
  return null;
}

/**
 * The gaze target along the centre ray: the nearest hit that is either a marked target (gaze
 * proxies are invisible meshes by design) or a visible surface (a wall hides what is behind it).
 */
export function gazeTargetOf(hits: readonly Intersection[]): string | null {
  for (const h of hits) {
    const g = targetOf(h.object);
    if (g !== null) return g;
    if (h.object.visible) return null;
  }
  return null;
}

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
  const raycaster = useRef(new Raycaster()).current;
  const hits = useRef<Intersection[]>([]).current;
  const gaze = useRef<string | null>(null);
  const frame = useRef(0);

  const acc = useRef(0);
  useFrame((_, delta) => {
    if (!pausedRef.current && !sim.done) {
      // Fixed sim step: the same behaviour at 60, 72 or 90 Hz, and a run log whose ticks run-length
      // encode (a standing trainee adds almost nothing to the log, so the heap stays flat).
      const frameDt = (fixedTime ? 1 / 60 : Math.min(Math.max(delta, 0), MAX_DT)) * speed;
      acc.current = Math.min(acc.current + frameDt, MAX_DT * speed + SIM_STEP);
      while (acc.current >= SIM_STEP - 1e-9 && !sim.done) {
        sim.tick(SIM_STEP, input.update(SIM_STEP, gaze.current));
        acc.current -= SIM_STEP;
      }
    }
    const s = input.signals;
    camera.position.set(s.position[0], s.headHeight, s.position[1]);
    camera.rotation.set(input.pitch, input.cameraYaw(), 0, 'YXZ');
    if (frame.current++ % GAZE_EVERY_FRAMES === 0) {
      camera.updateMatrixWorld();
      raycaster.setFromCamera(CENTRE, camera);
      hits.length = 0;
      raycaster.intersectObjects(scene.children, true, hits);
      gaze.current = gazeTargetOf(hits);
    }
    syncPatientView(patientView, sim.view, s);
    afterFrame();
  });
  return null;
}
