/**
 * A preview page for looking at the scene without the app: test/fixtures/scene/preview.html.
 * Query: pose, cues (comma list), arousal, speaking=1, t (fixed sim time), x, z, facing (deg),
 * cam=front|room|exits, lighting. Exposes window.__sceneStats (renderer.info) and __sceneReady.
 */
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { CueBehaviour, Pose } from '../sim';
import { createPatientView } from './patient/patientView';
import { SAMPLE_APPEARANCE, SAMPLE_SETTING } from './sampleSetting';
import { SceneContents } from './SceneContents';
import { STANDING_EYE_HEIGHT } from '../sim';

const q = new URLSearchParams(location.search);
const num = (k: string, d: number) => (q.has(k) ? Number(q.get(k)) : d);
const pose = (q.get('pose') ?? 'sitting') as Pose;
const seated = pose === 'sitting' || pose === 'slumped';
const px = num('x', seated ? -0.5 : 0.7);
const pz = num('z', seated ? -0.5 : 0.4);
const cam = q.get('cam') ?? 'front';
const eye: [number, number, number] =
  cam === 'face'
    ? [px, 1.6, pz + 0.9]
    : cam === 'room'
      ? [0.3, STANDING_EYE_HEIGHT, 2.7]
      : cam === 'exits'
        ? [1.5, STANDING_EYE_HEIGHT, 1.5]
        : cam === 'side'
          ? [px + 2.3, STANDING_EYE_HEIGHT, pz + 1.0]
          : [px, STANDING_EYE_HEIGHT, pz + 2.5];
const view = createPatientView({
  t: num('t', 1.3),
  arousal: num('arousal', 0.3),
  pose,
  cues: (q.get('cues') ?? '').split(',').filter(Boolean) as CueBehaviour[],
  patientPosition: [px, pz],
  patientFacing: (num('facing', 0) * Math.PI) / 180,
  traineeHead: eye,
  speaking: q.get('speaking') === '1',
});
const setting = {
  ...SAMPLE_SETTING,
  lighting: (q.get('lighting') ?? SAMPLE_SETTING.lighting) as typeof SAMPLE_SETTING.lighting,
};

function Probe() {
  const { camera, gl } = useThree();
  useEffect(() => {
    const target =
      cam === 'face'
        ? [px, 1.58, pz]
        : cam === 'room'
          ? [-0.5, 1.1, -1.5]
          : cam === 'exits'
            ? [-1.5, 1.3, -1.2]
            : [px, seated ? 0.85 : 1.1, pz];
    camera.lookAt(target[0]!, target[1]!, target[2]!);
  }, [camera]);
  let frames = 0;
  useFrame(() => {
    frames += 1;
    const w = window as unknown as Record<string, unknown>;
    w.__sceneStats = { calls: gl.info.render.calls, triangles: gl.info.render.triangles };
    if (frames > 90) w.__sceneReady = true;
    if (q.has('animate')) view.t += 1 / 60;
  });
  return null;
}

createRoot(document.getElementById('root')!).render(
  <Canvas camera={{ position: eye, fov: 60, near: 0.05, far: 60 }} gl={{ preserveDrawingBuffer: true }}>
    <SceneContents setting={setting} appearance={SAMPLE_APPEARANCE} view={view} reducedMotion={false} />
    <Probe />
  </Canvas>,
);
