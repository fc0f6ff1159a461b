import { useCallback, useEffect, useRef, useState } from 'react';
import { DesktopInput } from '../../input/desktop';
import type { Scenario } from '../../scenario';
import type { Freeze } from '../../session';
import type { Simulation } from '../../sim';
import { getSettings, useSettings } from '../../ui';
import { exitWithinReach } from './patientView';

/**
 * The desktop's body for a run: where the scenario starts the trainee (or where a resumed run left
 * them), at the seated height of the settings; held keys are let go when a SAGAT freeze comes, so
 * nothing moves on when the run resumes.
 */
export function useDesktopInput(
  scenario: Scenario,
  sim: Simulation<Scenario>,
  resumed: boolean,
  freeze: Freeze | null,
): DesktopInput {
  const settings = useSettings();
  const [input] = useState(() => {
    const s = sim.context.signals;
    return new DesktopInput({
      room: { width: scenario.setting.width, depth: scenario.setting.depth },
      start: resumed
        ? { position: [s.position[0], s.position[1]], facingDeg: (s.facing * 180) / Math.PI }
        : scenario.setting.traineeStart,
      seatedHeight: getSettings().seatedHeight,
    });
  });
  useEffect(() => input.setSeatedHeight(settings.seatedHeight), [input, settings.seatedHeight]);
  useEffect(() => {
    if (!freeze) return;
    input.releaseAll();
    document.exitPointerLock?.();
  }, [freeze, input]);
  return input;
}

/** The exit the trainee stands at (null when none), re-read by `update` after each frame. */
export function useNearExit(scenario: Scenario, sim: Simulation<Scenario>) {
  const [nearExit, setNearExit] = useState<string | null>(null);
  const last = useRef<string | null>(null);
  const update = useCallback(() => {
    const exit = exitWithinReach(scenario.setting.exits, sim.context.signals.position);
    if (exit !== last.current) setNearExit((last.current = exit));
  }, [scenario, sim]);
  return { nearExit, update };
}
