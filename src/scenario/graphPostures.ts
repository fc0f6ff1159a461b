/** The graph check's abstract trainee (graph.ts): a posture, as the signals it stands for. */
import { distance, inTheWay, nearestExit, STANDING_EYE_HEIGHT } from '../sim';
import type { PatientContext, PatientModel, TraineeSignals, Vec2 } from '../sim';

export type Posture = 'good' | 'hostile' | 'blocking' | 'far' | 'exit';

/** Where and how the trainee stands for an abstract posture, relative to the patient now. */
export function posture(
  model: PatientModel,
  c: PatientContext,
  kind: Posture,
  exitId: string | null,
  micro = 0,
): TraineeSignals {
  const p = c.patientPosition;
  const b = model.bounds;
  const clamp = (v: Vec2): Vec2 => [
    Math.min(b.maxX, Math.max(b.minX, v[0])),
    Math.min(b.maxZ, Math.max(b.minZ, v[1])),
  ];
  // A good trainee also keeps their own way out clear; a hostile one does not care.
  const around = (r: number, hostileKind = true): Vec2 => {
    for (let k = 0; k < 16; k++) {
      const a = (k / 16) * Math.PI * 2;
      const q = clamp([p[0] + Math.sin(a) * r, p[1] + Math.cos(a) * r]);
      if (Math.abs(distance(q, p) - r) < 0.2 && !model.exits.some((e) => inTheWay(q, p, e.position)))
        if (hostileKind || model.exits.some((e) => !inTheWay(p, q, e.position))) return q;
    }
    return clamp([p[0] + r, p[1]]);
  };
  let position: Vec2;
  if (kind === 'good') position = around(2.2, false);
  else if (kind === 'hostile') position = around(0.8);
  else if (kind === 'blocking') {
    const exit = nearestExit(p, model.exits).position;
    const d = Math.max(distance(p, exit), 1e-6);
    position = clamp([p[0] + ((exit[0] - p[0]) / d) * 0.7, p[1] + ((exit[1] - p[1]) / d) * 0.7]);
  } else if (kind === 'exit') {
    const exit = model.exits.find((e) => e.id === exitId) ?? nearestExit(p, model.exits);
    position = clamp(exit.position);
  } else {
    const far = model.exits.map((e) => clamp(e.position)).sort((x, y) => distance(y, p) - distance(x, p))[0];
    position = far ?? clamp([b.maxX, b.maxZ]);
  }
  const hostile = kind === 'hostile' || kind === 'blocking';
  return {
    position,
    facing: Math.atan2(p[0] - position[0], p[1] - position[1]),
    headHeight: STANDING_EYE_HEIGHT,
    hands: hostile ? 'pointing' : 'open',
    stance: hostile ? 'square' : 'angled',
    // A good trainee looks at the face and glances at the hands: never a stare. Hostile ones stare.
    gaze:
      kind === 'far' || kind === 'exit'
        ? null
        : kind === 'good' && micro % 2 === 1
          ? 'patient.hands'
          : 'patient.face',
  };
}
