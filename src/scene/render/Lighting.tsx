/**
 * Light rigs for the three lighting moods; never a black void (ambient floor in every mood).
 * The rig is data (lightRig): the static room bakes it into vertex colours (bakedLight.ts), and
 * the patient's shader is lit by the same rig written in as constants (avatarRig.ts), and
 * <Lighting> puts the same lights in the scene only in the headset, for the controllers' and hands'
 * models (glTF, lit materials).
 */
import type { Setting } from '../../scenario';

export type LightingMood = Setting['lighting'];

export interface LightingProps {
  mood: LightingMood;
  height: number;
}

export const PANEL_COLOUR: Record<LightingMood, string> = {
  fluorescent: '#f5f9ff',
  warm: '#ffe4b8',
  dim: '#aab4bf',
};

type V3 = [number, number, number];
export type LightSpec =
  | { kind: 'hemisphere'; sky: string; ground: string; intensity: number }
  | { kind: 'ambient'; color: string; intensity: number }
  | { kind: 'directional'; color: string; intensity: number; position: V3 }
  | { kind: 'point'; color: string; intensity: number; distance: number; decay: number; position: V3 };

export function lightRig(mood: LightingMood, height: number): LightSpec[] {
  if (mood === 'warm')
    return [
      { kind: 'hemisphere', sky: '#fff0d8', ground: '#6e5e4c', intensity: 1.5 },
      { kind: 'ambient', color: '#ffe8c8', intensity: 0.35 },
      { kind: 'directional', color: '#ffe2b5', intensity: 1.0, position: [1.5, height + 2, 2] },
      {
        kind: 'point',
        color: '#ffd59a',
        intensity: 6,
        distance: 9,
        decay: 1.2,
        position: [0, height - 0.4, 0],
      },
    ];
  if (mood === 'dim')
    return [
      { kind: 'hemisphere', sky: '#aab8d0', ground: '#3c3c44', intensity: 0.8 },
      { kind: 'ambient', color: '#b8c4d8', intensity: 0.3 },
      { kind: 'directional', color: '#c8d4ea', intensity: 0.45, position: [-1, height + 2, 1.5] },
    ];
  return [
    { kind: 'hemisphere', sky: '#f2f7ff', ground: '#b8b5ab', intensity: 1.9 },
    { kind: 'ambient', color: '#eef3ff', intensity: 0.3 },
    { kind: 'directional', color: '#f4f8ff', intensity: 1.1, position: [1, height + 3, 2] },
  ];
}

export function Lighting({ mood, height }: LightingProps) {
  return (
    <>
      {lightRig(mood, height).map((l, i) => {
        switch (l.kind) {
          case 'hemisphere':
            return <hemisphereLight key={i} args={[l.sky, l.ground, l.intensity]} />;
          case 'ambient':
            return <ambientLight key={i} color={l.color} intensity={l.intensity} />;
          case 'directional':
            return <directionalLight key={i} color={l.color} intensity={l.intensity} position={l.position} />;
          case 'point':
            return (
              <pointLight
                key={i}
                color={l.color}
                intensity={l.intensity}
                distance={l.distance}
                decay={l.decay}
                position={l.position}
              />
            );
        }
      })}
    </>
  );
}
