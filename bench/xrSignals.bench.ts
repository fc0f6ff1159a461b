/**
 * npm run bench:xr: headset signal extraction per frame vs one simulation tick, measured in the
 * same run (issue 4 budget: extraction <= one sim tick). Poses are a recorded-style synthetic walk:
 * 20 s at 72 Hz approaching from 4 m to 0.8 m, hands cycling through every posture with jitter.
 */
import { syntheticPose, XrInput, type XrPoseSample } from '../src/input/xr';
import { initialSignals, Simulation } from '../src/sim';
import { bundledScenarios } from '../src/scenario/testing';

const HZ = 72;
const now = () => performance.now();
const { scenario } = bundledScenarios()[0]!;
const [px, pz] = scenario.setting.patientStart.position;
const patientHead = { x: px, y: scenario.patient.appearance.height * 0.93, z: pz };

function recordPoses(seconds: number): XrPoseSample[] {
  const postures = ['open', 'raised', 'crossed', 'behind', 'point', 'rest'] as const;
  const out: XrPoseSample[] = [];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 0.01;
  for (let i = 0; i < seconds * HZ; i++) {
    const d = 4 - (3.2 * i) / (seconds * HZ);
    const posture = postures[Math.floor(i / (2 * HZ)) % postures.length]!;
    const pose = syntheticPose({
      x: px + 0.3,
      z: pz - d,
      yaw: 0.1 * Math.sin(i / 50),
      left: posture,
      right: posture,
      target: patientHead,
    });
    pose.left.position.x += rnd();
    pose.right.position.y += rnd();
    out.push(pose);
  }
  return out;
}

function timeExtraction(poses: XrPoseSample[], reps: number): number {
  const input = new XrInput({ start: { position: [0, 0], facingDeg: 0 } });
  let n = 0;
  for (const p of poses) input.update(1 / HZ, p, patientHead, null); // warm up
  const t0 = now();
  for (let r = 0; r < reps; r++)
    for (const p of poses) {
      input.update(1 / HZ, p, patientHead, n % 97 === 0 ? 'patient.face' : null);
      n++;
    }
  return ((now() - t0) * 1e6) / n;
}

function timeTicks(n: number): number {
  const long = { ...scenario, durationS: 3600, patient: { ...scenario.patient, ignoredAfterS: 600 } };
  const sim = new Simulation(long, { seed: 1 });
  const s = initialSignals(sim.model);
  s.position = [px + 2.2, pz + 1];
  for (let i = 0; i < 5_000; i++) sim.tick(1 / HZ, s);
  const t0 = now();
  for (let i = 0; i < n; i++) sim.tick(1 / HZ, s);
  return ((now() - t0) * 1e6) / n;
}

console.log('Rolig headset signal extraction benchmark (node %s)\n', process.version);
const poses = recordPoses(20);
const extractNs = timeExtraction(poses, 50);
const tickNs = timeTicks(100_000);
const ratio = extractNs / tickNs;
console.log(`poses: ${poses.length} frames (20 s at ${HZ} Hz) x 50`);
console.log(
  `extraction per frame vs one sim tick: ${(extractNs / 1000).toFixed(2)} µs / ${(tickNs / 1000).toFixed(2)} µs = ${ratio.toFixed(2)}x (budget <= 1x) ${ratio <= 1 ? 'OK' : 'OVER'}`,
);
console.log(`frame budget share at ${HZ} Hz: ${((extractNs / 1e6 / (1000 / HZ)) * 100).toFixed(3)} %`);
