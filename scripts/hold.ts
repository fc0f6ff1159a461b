/**
 * `simulate --hold distance=1.0,hands=raised,...`: a posture held over whatever the scripted trainee
 * does, so every part of the body vocabulary can be tried from the command line (issue 21).
 * Keys: distance (m from the patient, along the line between them), hands, stance, gaze,
 * headHeight (m).
 */
import { HAND_POSES, STANCES, type HandPose, type Stance, type TraineeSignals, type Vec2 } from '../src/sim';

export interface Hold {
  distance?: number;
  hands?: HandPose;
  stance?: Stance;
  gaze?: string | null;
  headHeight?: number;
}

/** Parses the --hold value; throws with the key and what was expected. */
export function parseHold(text: string): Hold {
  const out: Hold = {};
  for (const part of text.split(',').filter((p) => p.trim())) {
    const [k, v = ''] = part.split('=').map((x) => x.trim());
    const num = (min: number, max: number) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n < min || n > max)
        throw new Error(`--hold ${k}: expected a number from ${min} to ${max}, got "${v}"`);
      return n;
    };
    if (k === 'distance') out.distance = num(0.2, 20);
    else if (k === 'headHeight') out.headHeight = num(0.5, 2.2);
    else if (k === 'hands') {
      if (!(HAND_POSES as readonly string[]).includes(v))
        throw new Error(`--hold hands: expected one of ${HAND_POSES.join(', ')}, got "${v}"`);
      out.hands = v as HandPose;
    } else if (k === 'stance') {
      if (!(STANCES as readonly string[]).includes(v))
        throw new Error(`--hold stance: expected one of ${STANCES.join(', ')}, got "${v}"`);
      out.stance = v as Stance;
    } else if (k === 'gaze') out.gaze = v === 'none' ? null : v;
    else throw new Error(`--hold: unknown key "${k}"; keys are distance, hands, stance, gaze, headHeight`);
  }
  return out;
}

/** Applies a hold to the trainee's signals (runScripted's override), facing the patient at the held distance. */
export function applyHold(hold: Hold): (signals: TraineeSignals, t: number, patient: Vec2) => void {
  return (s, _t, patient) => {
    if (hold.distance !== undefined) {
      const dx = s.position[0] - patient[0];
      const dz = s.position[1] - patient[1];
      const d = Math.hypot(dx, dz) || 1;
      s.position = [patient[0] + (dx / d) * hold.distance, patient[1] + (dz / d) * hold.distance];
      s.facing = Math.atan2(-dx, -dz);
    }
    if (hold.hands) s.hands = hold.hands;
    if (hold.stance) s.stance = hold.stance;
    if (hold.gaze !== undefined) s.gaze = hold.gaze;
    if (hold.headHeight !== undefined) s.headHeight = hold.headHeight;
  };
}
