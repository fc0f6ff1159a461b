/**
 * ?debug=1: the run on window.rolig for diagnosis from the console, and for the e2e tests (the sim,
 * the input, the audio's playing files, the in-VR panels' buttons, the microphone's reading, the
 * three scene and renderer).
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { peekVoiceTone } from '../../input/voice';
import type { Simulation } from '../../sim';
import { panelButtonIds, panelButtonPoint } from '../../ui/xr';

const expose = (more: Record<string, unknown>) => {
  const w = window as unknown as { rolig?: Record<string, unknown> };
  w.rolig = { ...(w.rolig ?? {}), ...more };
};

/** Inside the canvas: the three scene and renderer. */
export function ExposeScene() {
  const { scene, gl } = useThree();
  useEffect(() => expose({ scene, gl }), [scene, gl]);
  return null;
}

export function useDebugHooks(on: boolean, sim: Simulation, input: unknown, audio: unknown): void {
  useEffect(() => {
    if (!on) return;
    expose({
      sim,
      input,
      audio,
      /** Where a button of a named in-VR panel is, in the XR reference space (the e2e tests aim there). */
      xrButton: panelButtonPoint,
      xrButtons: panelButtonIds,
      voiceTone: peekVoiceTone,
    });
  }, [on, sim, input, audio]);
}
