/** Small hand-built run logs for the scoring tests (no test-framework imports). */
import type { HandPose, LogEntry, Stance, TraineeSignals } from '../sim';
import { STANDING_EYE_HEIGHT } from '../sim';

export interface Hold {
  at: [number, number];
  seconds: number;
  gaze?: string | null;
  hands?: HandPose;
  stance?: Stance;
  facing?: number;
}

/** A log of input entries: the trainee holds each position for its seconds, ticking at `dt`. */
export function holdLog(holds: readonly Hold[], dt = 0.1): LogEntry[] {
  const log: LogEntry[] = [];
  let t = 0;
  for (const h of holds) {
    const signals: TraineeSignals = {
      position: [h.at[0], h.at[1]],
      facing: h.facing ?? 0,
      headHeight: STANDING_EYE_HEIGHT,
      hands: h.hands ?? 'open',
      stance: h.stance ?? 'angled',
      gaze: h.gaze ?? null,
    };
    const n = Math.round(h.seconds / dt);
    log.push({ t, kind: 'signals', signals }, { t, kind: 'tick', dt, n });
    t += n * dt;
  }
  return log;
}
