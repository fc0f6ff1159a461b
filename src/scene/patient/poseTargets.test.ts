import { describe, expect, it } from 'vitest';
import { CUE_BEHAVIOURS, POSES, type CueBehaviour, type Pose } from '../../sim/vocabulary';
import { breathRate, faceTargets } from './faceTargets';
import { hipsHeightOf, poseTargets, restJoints, SEAT_HEIGHT } from './poseTargets';
import { bodyDims, forwardKinematics, JOINT_NAMES, lowestSole, type JointRotations } from './skeleton';

const dims = bodyDims(1.75);
const fk = (pose: Pose, cues: CueBehaviour[] = [], t = 1.3, arousal = 0.4) => {
  const target = poseTargets(pose, cues, t, arousal);
  const hipsHeight = hipsHeightOf(target);
  return { target, hipsHeight, p: forwardKinematics(target.joints, dims, [0, hipsHeight, 0]) };
};
const maxDelta = (a: JointRotations, b: JointRotations) =>
  Math.max(...JOINT_NAMES.flatMap((n) => [0, 1, 2].map((i) => Math.abs(a[n][i]! - b[n][i]!))));

describe('poseTargets', () => {
  it('forward kinematics of the rest pose stands the figure at its height', () => {
    const p = forwardKinematics(poseTargets('standing', [], 0, 0).joints, dims, [0, dims.standingHips, 0]);
    expect(p.heelL[1]).toBeCloseTo(0, 2);
    expect(p.headTop[1]).toBeGreaterThan(1.7);
    expect(p.headTop[1]).toBeLessThan(1.8);
  });

  it('sitting puts the hips just above seat height with thighs level and knees bent', () => {
    const { target, hipsHeight, p } = fk('sitting');
    expect(target.sitting).toBe(true);
    expect(hipsHeight).toBeGreaterThan(SEAT_HEIGHT);
    expect(hipsHeight).toBeLessThan(SEAT_HEIGHT + 0.15);
    expect(Math.abs(p.shinL[1] - p.thighL[1])).toBeLessThan(0.06); // knee about as high as the hip
    expect(p.shinL[2] - p.thighL[2]).toBeGreaterThan(0.35); // knee forward
    expect(target.joints.shinL[0]).toBeGreaterThan(1.2); // knee bent
  });

  it.each([['standing'], ['sitting'], ['slumped'], ['fistsClenched'], ['armsCrossed'], ['pointing']] as [
    Pose,
  ][])('both feet rest flat on the floor when %s', (pose) => {
    for (const t of [0, 0.7, 2.9]) {
      const { p } = fk(pose, [], t);
      for (const k of ['heelL', 'toeL', 'heelR', 'toeR'] as const)
        expect(Math.abs(p[k][1])).toBeLessThan(0.02);
    }
  });

  it('no pose or cue ever floats or sinks: the lowest sole is at y = 0', () => {
    for (const pose of POSES)
      for (const cue of [undefined, ...CUE_BEHAVIOURS])
        for (let t = 0; t < 3; t += 0.37) {
          const { p } = fk(pose, cue ? [cue] : [], t, 0.8);
          const low = Math.min(p.heelL[1], p.toeL[1], p.heelR[1], p.toeR[1]);
          expect(Math.abs(low)).toBeLessThan(1e-9);
        }
  });

  it('walking lifts the swing foot off the floor', () => {
    const lifts = [0.1, 0.35, 0.6, 0.85].map((t) => {
      const { p } = fk('pacing', [], t);
      return Math.abs(p.heelL[1] - p.heelR[1]);
    });
    expect(Math.max(...lifts)).toBeGreaterThan(0.04);
  });

  it('pointing raises the right arm forward at shoulder height', () => {
    const { p } = fk('pointing');
    const shoulder = p.upperArmR;
    expect(p.fingertipR[1]).toBeGreaterThan(shoulder[1] - 0.2);
    expect(p.fingertipR[2] - shoulder[2]).toBeGreaterThan(0.45);
    expect(poseTargets('pointing', [], 1, 0.5).pointing).toBe(true);
    const standing = fk('standing').p;
    expect(standing.fingertipR[1]).toBeLessThan(standing.hips[1]);
  });

  it('crossed arms bring each wrist across the midline', () => {
    const { p } = fk('armsCrossed');
    expect(p.handL[0]).toBeLessThan(0.02);
    expect(p.handR[0]).toBeGreaterThan(-0.02);
  });

  it('slumped bows the head below its sitting height', () => {
    expect(fk('slumped').p.headTop[1]).toBeLessThan(fk('sitting').p.headTop[1] - 0.05);
  });

  it('every cue changes the body', () => {
    for (const cue of CUE_BEHAVIOURS) {
      const changed = [0.3, 0.9, 1.5, 2.2].some(
        (t) =>
          maxDelta(
            poseTargets('standing', [cue], t, 0.5).joints,
            poseTargets('standing', [], t, 0.5).joints,
          ) > 0.1,
      );
      expect(changed, cue).toBe(true);
    }
  });

  it('physical threats raise a fist, verbal threats push the chin forward', () => {
    const { target, p } = fk('standing', ['physicalThreats']);
    expect(target.fist[1]).toBe(1);
    expect(p.handR[1]).toBeGreaterThan(p.chest[1]);
    const plain = fk('standing').p;
    const leaning = fk('standing', ['verbalThreats']).p;
    expect(leaning.headTop[2] - plain.headTop[2]).toBeGreaterThan(0.05);
  });

  it('confusion makes the head look around', () => {
    const yaws = [0, 1, 2, 3, 4, 5].map((t) => poseTargets('standing', ['confused'], t, 0.3).joints.head[1]);
    expect(Math.max(...yaws) - Math.min(...yaws)).toBeGreaterThan(0.4);
    expect(poseTargets('standing', ['confused'], 1, 0.3).lookWeight).toBeLessThan(0.5);
  });

  it('targets move continuously in time for every pose and cue', () => {
    for (const pose of POSES)
      for (const cue of [undefined, ...CUE_BEHAVIOURS]) {
        const cues = cue ? [cue] : [];
        for (let t = 0; t < 4; t += 1 / 90) {
          const d = maxDelta(
            poseTargets(pose, cues, t, 0.7).joints,
            poseTargets(pose, cues, t + 1 / 90, 0.7).joints,
          );
          expect(d, `${pose} ${cue ?? ''} at ${t.toFixed(2)}`).toBeLessThan(0.25);
        }
      }
  });

  it('reduced motion damps gestures', () => {
    const swing = (reducedMotion: boolean) =>
      Math.max(
        ...[0, 0.2, 0.4, 0.6, 0.8].map((t) =>
          Math.abs(poseTargets('pacing', [], t, 0.5, { reducedMotion }).joints.thighL[0] + 0.08),
        ),
      );
    expect(swing(true)).toBeLessThan(swing(false) / 2);
  });

  it('scales with body height', () => {
    const tall = hipsHeightOf(poseTargets('standing', [], 0, 0, { height: 2.0 }), 2.0);
    const short = hipsHeightOf(poseTargets('standing', [], 0, 0, { height: 1.5 }), 1.5);
    expect(tall / short).toBeCloseTo(2.0 / 1.5, 1);
  });
});

describe('faceTargets and breathing', () => {
  it('breathes about 12/min at rest and 30/min at the top', () => {
    expect(breathRate(0)).toBe(12);
    expect(breathRate(1)).toBe(30);
  });
  it('arousal lowers the brows, widens the eyes and presses the lips', () => {
    const calm = faceTargets(0, false, 0);
    const angry = faceTargets(1, false, 0);
    expect(angry.browDrop).toBeGreaterThan(calm.browDrop);
    expect(angry.browAngle).toBeGreaterThan(calm.browAngle);
    expect(angry.eyeOpen).toBeGreaterThan(calm.eyeOpen);
    expect(angry.lipWidth).toBeLessThan(calm.lipWidth);
  });
  it('the mouth moves while speaking and is closed when silent', () => {
    const jaws = [0, 0.05, 0.1, 0.15, 0.2].map((t) => faceTargets(0.5, true, t).jaw);
    expect(Math.max(...jaws)).toBeGreaterThan(0.08);
    expect(Math.max(...jaws) - Math.min(...jaws)).toBeGreaterThan(0.04);
    expect(faceTargets(0.5, false, 0.1).jaw).toBe(0);
  });
});

describe('lowestSole', () => {
  it('equals the lowest heel or toe of the full forward kinematics', () => {
    const d = bodyDims(1.8);
    for (let k = 0; k < 50; k++) {
      const j = restJoints();
      for (const n of JOINT_NAMES)
        j[n] = [Math.sin(k * 7 + n.length), Math.cos(k * 3), Math.sin(k + 1) * 0.5];
      const p = forwardKinematics(j, d, [0, 0, 0]);
      expect(lowestSole(j, d)).toBe(Math.min(p.heelL[1], p.toeL[1], p.heelR[1], p.toeR[1]));
    }
  });
});
