import { useEffect, useState } from 'react';
import type { Scenario } from '../../scenario';
import type { SceneData } from '../../scene/pack';
import { takeScene } from './scenePrefetch';

/**
 * The room's and the patient's geometry, packed at build time and fetched since the briefing opened
 * (or the deep link loaded): undefined until here, null to build them in the scene (nothing packed,
 * or the fetch failed).
 */
export function usePreparedScene(scenario: Scenario): SceneData | null | undefined {
  const [prepared, setPrepared] = useState<SceneData | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const taken = takeScene(scenario);
    if (!taken) setPrepared(null);
    else void taken.then((data) => live && setPrepared(data));
    return () => {
      live = false;
    };
  }, [scenario]);
  return prepared;
}
