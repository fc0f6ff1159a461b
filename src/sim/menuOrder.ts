/**
 * The order a run shows its options in (issue 20): a seeded shuffle of the scenario's options, from
 * its own random stream so the patient's draws stay as they were. The same seed gives the same order
 * (a replay shows what the trainee saw); a phase that offers fewer options keeps their relative order.
 */
import { Rng } from './rng';

const MENU_STREAM = 0x6d656e75; // 'menu': a stream apart from the patient's

export function optionOrder(options: readonly { id: string }[], seed: number): Map<string, number> {
  const ids = options.map((o) => o.id);
  const rng = new Rng((seed ^ MENU_STREAM) >>> 0);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return new Map(ids.map((id, i) => [id, i]));
}
