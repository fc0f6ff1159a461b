/** Light rigs for the three lighting moods; never a black void (ambient floor in every mood). */
import type { Setting } from '../scenario/schema';

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

export function Lighting({ mood, height }: LightingProps) {
  if (mood === 'warm')
    return (
      <>
        <hemisphereLight args={['#fff0d8', '#6e5e4c', 1.5]} />
        <ambientLight color="#ffe8c8" intensity={0.35} />
        <directionalLight color="#ffe2b5" intensity={1.0} position={[1.5, height + 2, 2]} />
        <pointLight color="#ffd59a" intensity={6} distance={9} decay={1.2} position={[0, height - 0.4, 0]} />
      </>
    );
  if (mood === 'dim')
    return (
      <>
        <hemisphereLight args={['#aab8d0', '#3c3c44', 0.8]} />
        <ambientLight color="#b8c4d8" intensity={0.3} />
        <directionalLight color="#c8d4ea" intensity={0.45} position={[-1, height + 2, 1.5]} />
      </>
    );
  return (
    <>
      <hemisphereLight args={['#f2f7ff', '#b8b5ab', 1.9]} />
      <ambientLight color="#eef3ff" intensity={0.3} />
      <directionalLight color="#f4f8ff" intensity={1.1} position={[1, height + 3, 2]} />
    </>
  );
}
