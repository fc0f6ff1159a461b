/**
 * Voice parameters per persona and line mood, and the sox recipes for the sound effects
 * (used by assets/generateAudio.ts). Everything a recipe hash covers lives here.
 */
import type { Line, Scenario } from '../src/scenario';

export interface Voice {
  /** espeak-ng voice variant (`-v nb+<variant>`). */
  variant: string;
  /** Words per minute. */
  speed: number;
  /** Base pitch 0..99. */
  pitch: number;
  /** Amplitude 0..200. */
  amplitude: number;
  /** Pause between words in 10 ms units. */
  gap: number;
  /** Extra sox effects (roughness). */
  sox: string[];
  /** Peak level after normalising, dB. */
  gainDb: number;
}

export type Mood = 'calm' | 'tense' | 'rough' | 'subdued';

/**
 * How the line is said, from the phases it belongs to: every phase escalated → tense, any crisis
 * among them → rough; recovery/post-crisis only → subdued; lines for bad endings are rough.
 */
export function moodOf(scenario: Scenario, line: Line): Mood {
  if (line.on === 'ending') {
    const kinds = (line.endings ?? []).map((id) => scenario.endings.find((e) => e.id === id)?.kind);
    return kinds.length > 0 && kinds.every((k) => k === 'bad') ? 'rough' : 'calm';
  }
  if (!line.phases || line.phases.length === 0) return 'calm';
  const cycles = line.phases.map((id) => scenario.phases.find((p) => p.id === id)?.cycle);
  if (cycles.every((c) => c === 'escalation' || c === 'crisis'))
    return cycles.includes('crisis') ? 'rough' : 'tense';
  if (cycles.every((c) => c === 'recovery' || c === 'postCrisis')) return 'subdued';
  return 'calm';
}

const clamp = (v: number, lo: number, hi: number) => Math.round(Math.max(lo, Math.min(hi, v)));

export function voiceFor(scenario: Scenario, line: Line): Voice {
  const { gender, age } = scenario.patient;
  const mood = moodOf(scenario, line);
  const variant = gender === 'female' ? 'f3' : gender === 'male' ? 'm3' : 'm5';
  let pitch = gender === 'female' ? 58 : gender === 'male' ? 34 : 46;
  // Older: lower and slower; young: a little quicker.
  pitch -= age >= 65 ? 8 : age >= 45 ? 4 : 0;
  let speed = 172 - Math.max(0, age - 30) * 0.6;
  let amplitude = 140;
  let gap = 0;
  const sox: string[] = [];
  let gainDb = -3;
  if (mood === 'tense') {
    speed *= 1.1;
    pitch += 5;
    amplitude = 170;
    sox.push('overdrive', '4', '10');
    gainDb = -2;
  } else if (mood === 'rough') {
    speed *= 1.18;
    pitch += 8;
    amplitude = 190;
    sox.push('overdrive', '10', '15');
    gainDb = -2.5;
  } else if (mood === 'subdued') {
    speed *= 0.88;
    pitch -= 4;
    amplitude = 110;
    gap = 2;
    gainDb = -6;
  }
  return {
    variant,
    speed: clamp(speed, 120, 220),
    pitch: clamp(pitch, 0, 99),
    amplitude: clamp(amplitude, 0, 200),
    gap,
    sox,
    gainDb,
  };
}

export interface SfxRecipe {
  file: string;
  /** sox command lines; `$OUT` is the output file, `$T/name` a temporary file. */
  steps: string[][];
}

const R = ['-r', '22050', '-c', '1'];
const OGG = ['-C', '0'];

/** Room tone, personal alarm, door and help arriving, synthesised with sox (ours, no licence issues). */
export function sfxRecipes(): SfxRecipe[] {
  // One footstep: a dull low thump with a little scuff.
  const step = (name: string, gain: number) => [
    [
      '-n',
      ...R,
      `$T/${name}`,
      'synth',
      '0.09',
      'brownnoise',
      'lowpass',
      '350',
      'fade',
      'q',
      '0.004',
      '0.09',
      '0.08',
      'gain',
      '-n',
      String(gain),
      'pad',
      '0',
      '0.46',
    ],
  ];
  const door = [
    // latch click, then the door's thud, then a short room tail
    [
      '-n',
      ...R,
      '$T/click.wav',
      'synth',
      '0.03',
      'whitenoise',
      'highpass',
      '2500',
      'fade',
      'q',
      '0.001',
      '0.03',
      '0.025',
      'gain',
      '-n',
      '-10',
    ],
    [
      '-n',
      ...R,
      '$T/thud.wav',
      'synth',
      '0.45',
      'brownnoise',
      'lowpass',
      '160',
      'fade',
      'q',
      '0.004',
      '0.45',
      '0.4',
      'gain',
      '-n',
      '-2',
      'pad',
      '0.12',
      '0',
    ],
    [
      '-m',
      '$T/click.wav',
      '$T/thud.wav',
      ...R,
      '$T/door.wav',
      'reverb',
      '30',
      '50',
      '40',
      'gain',
      '-n',
      '-3',
      'pad',
      '0',
      '0.2',
    ],
  ];
  return [
    {
      file: 'ambience-hospital.ogg',
      steps: [
        // Ventilation: 12 s of pink noise, made loopable by cross-fading its last 2 s into its first 2 s.
        [
          '-n',
          ...R,
          '$T/noise.wav',
          'synth',
          '12',
          'pinknoise',
          'lowpass',
          '700',
          'highpass',
          '40',
          'gain',
          '-n',
          '-20',
        ],
        ['$T/noise.wav', '$T/head.wav', 'trim', '0', '2', 'fade', 'q', '2'],
        ['$T/noise.wav', '$T/tail.wav', 'trim', '10', '2', 'fade', 'q', '0', '2', '2'],
        ['$T/noise.wav', '$T/mid.wav', 'trim', '2', '8'],
        ['-m', '$T/head.wav', '$T/tail.wav', '$T/xfade.wav'],
        ['$T/xfade.wav', '$T/mid.wav', '$T/air.wav'],
        // Mains and fan hum: whole cycles in 10 s, so they loop seamlessly too.
        [
          '-n',
          ...R,
          '$T/hum.wav',
          'synth',
          '10',
          'sine',
          '50',
          'synth',
          '10',
          'sine',
          'mix',
          '100',
          'synth',
          '10',
          'sine',
          'mix',
          '150',
          'gain',
          '-n',
          '-34',
        ],
        ['-m', '$T/air.wav', '$T/hum.wav', ...R, ...OGG, '$OUT', 'gain', '-n', '-14'],
      ],
    },
    {
      file: 'alarm.ogg',
      // A personal alarm: a piercing two-tone warble, about 3 s.
      steps: [
        ['-n', ...R, '$T/hi.wav', 'synth', '0.12', 'square', '3300', 'gain', '-n', '-6'],
        ['-n', ...R, '$T/lo.wav', 'synth', '0.12', 'square', '2600', 'gain', '-n', '-6'],
        ['$T/hi.wav', '$T/lo.wav', '$T/unit.wav'],
        [
          '$T/unit.wav',
          ...R,
          ...OGG,
          '$OUT',
          'repeat',
          '11',
          'lowpass',
          '7000',
          'fade',
          'q',
          '0.01',
          '-0',
          '0.05',
          'gain',
          '-n',
          '-2',
        ],
      ],
    },
    {
      file: 'door.ogg',
      steps: [...door, ['$T/door.wav', ...R, ...OGG, '$OUT']],
    },
    {
      file: 'help-arrives.ogg',
      // The corridor door opens, then a colleague's footsteps come closer.
      steps: [
        ...door,
        ...step('s1.wav', -18),
        ...step('s2.wav', -15),
        ...step('s3.wav', -12),
        ...step('s4.wav', -10),
        ...step('s5.wav', -8),
        ...step('s6.wav', -7),
        [
          '$T/door.wav',
          '$T/s1.wav',
          '$T/s2.wav',
          '$T/s3.wav',
          '$T/s4.wav',
          '$T/s5.wav',
          '$T/s6.wav',
          ...R,
          ...OGG,
          '$OUT',
          'gain',
          '-n',
          '-2',
        ],
      ],
    },
  ];
}
