/**
 * Face and breathing targets from arousal, speech and cues. Pure (no React, no three).
 * Arousal lowers and angles the brows (anger), widens the eyes and presses the lips thin;
 * speaking moves the jaw in a syllable-like rhythm; confusion raises the inner brows.
 */
import type { CueBehaviour } from '../../sim';

export interface FaceTarget {
  /** Brow offset down (m); negative raises. */
  browDrop: number;
  /** Inner-end-down brow angle (rad); negative is a worried/confused slant. */
  browAngle: number;
  /** Eye opening as a vertical scale (1 = neutral). */
  eyeOpen: number;
  /** Jaw opening (rad). */
  jaw: number;
  /** Lip width scale (1 = neutral, lower = pressed). */
  lipWidth: number;
}

const TAU = Math.PI * 2;

/** Breaths per minute: about 12 at rest up to about 30 at the top of the arousal scale. */
export function breathRate(arousal: number): number {
  return 12 + 18 * Math.min(1, Math.max(0, arousal));
}

/** Chest scale amplitude of one breath: deeper when aroused. */
export function breathDepth(arousal: number): number {
  return 0.025 + 0.025 * Math.min(1, Math.max(0, arousal));
}

export function faceTargets(
  arousal: number,
  speaking: boolean,
  t: number,
  cues: readonly CueBehaviour[] = [],
): FaceTarget {
  const a = Math.min(1, Math.max(0, arousal));
  const confused = cues.includes('confused');
  const threat = cues.includes('verbalThreats') || cues.includes('physicalThreats');
  let browDrop = 0.007 * a + (threat ? 0.002 : 0);
  let browAngle = 0.35 * a;
  if (confused) {
    browDrop -= 0.004;
    browAngle -= 0.3;
  }
  const eyeOpen = 1 + 0.3 * Math.max(0, a - 0.3) - (confused ? 0.08 : 0);
  let jaw = 0;
  if (speaking) {
    const syllable = 0.5 + 0.5 * Math.sin(t * TAU * 4.3);
    const phrase = 0.6 + 0.4 * Math.sin(t * TAU * 1.1 + 0.7);
    jaw = (0.06 + (0.14 + 0.12 * a) * syllable) * phrase;
  }
  const lipWidth = 1 - 0.22 * a + (speaking ? 0.05 : 0);
  return { browDrop, browAngle, eyeOpen, jaw, lipWidth };
}
