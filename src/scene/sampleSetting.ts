/**
 * A sample setting (an emergency-department waiting room, 8 x 6 m) for the preview page, tests and
 * docs: a door to the treatment area, a corridor exit, rows of chairs, a reception counter with a
 * colleague behind it, a plant, loose objects.
 */
import type { Setting } from '../scenario';
import type { Appearance } from './patient/avatarParts';

const t = (nb: string, en: string) => ({ nb, en });
const chair = (id: string, x: number, z: number, rotationDeg = 0) => ({
  id,
  kind: 'chair' as const,
  position: [x, z] as [number, number],
  rotationDeg,
});

export const SAMPLE_SETTING: Setting = {
  label: t('Venterom, akuttmottak', 'Waiting room, emergency department'),
  width: 8,
  depth: 6,
  height: 2.7,
  lighting: 'fluorescent',
  exits: [
    {
      id: 'treatmentDoor',
      label: t('Dør til behandlingsrom', 'Door to treatment rooms'),
      position: [0.4, -3],
      width: 1.0,
      kind: 'door',
    },
    { id: 'corridor', label: t('Korridor', 'Corridor'), position: [-4, 1.4], width: 1.6, kind: 'corridor' },
  ],
  furniture: [
    ...[-2.3, -1.7, -1.1, -0.5].map((x, i) => chair(`chairA${i}`, x, -0.5)),
    ...[-2.9, -2.3, -1.7, -1.1].map((x, i) => chair(`chairB${i}`, x, -1.7)),
    ...[0.3, 0.9, 1.5].map((z, i) => chair(`chairC${i}`, 3.65, z, -90)),
    { id: 'reception', kind: 'counter', position: [2.5, -2.0], rotationDeg: 0, size: [2.4, 0.7, 1.1] },
    { id: 'plant', kind: 'plant', position: [3.55, -0.7], rotationDeg: 0 },
    { id: 'coffeeTable', kind: 'table', position: [-1.4, 1.6], rotationDeg: 0, size: [1.0, 0.5, 0.45] },
    { id: 'trolley', kind: 'trolley', position: [-3.4, -2.6], rotationDeg: 90 },
  ],
  objects: [
    {
      id: 'cup',
      kind: 'cup',
      label: t('Kaffekopp', 'Coffee cup'),
      position: [1.8, -1.8],
      height: 1.1,
      weapon: false,
    },
    {
      id: 'phone',
      kind: 'phone',
      label: t('Mobiltelefon', 'Mobile phone'),
      position: [2.9, -1.85],
      height: 1.1,
      weapon: false,
    },
    {
      id: 'scissors',
      kind: 'scissors',
      label: t('Saks', 'Scissors'),
      position: [-3.4, -2.6],
      height: 0.9,
      weapon: true,
    },
    {
      id: 'extinguisher',
      kind: 'fireExtinguisher',
      label: t('Brannslukker', 'Fire extinguisher'),
      position: [3.85, 2.4],
      height: 0.3,
      weapon: true,
    },
    { id: 'bag', kind: 'bag', label: t('Veske', 'Bag'), position: [-0.95, -0.15], height: 0, weapon: false },
    {
      id: 'bottle',
      kind: 'bottle',
      label: t('Vannflaske', 'Water bottle'),
      position: [-1.3, 1.55],
      height: 0.45,
      weapon: false,
    },
  ],
  colleague: {
    id: 'receptionist',
    name: 'Kari',
    role: t('Sekretær', 'Receptionist'),
    position: [2.5, -2.65],
  },
  patientStart: { position: [-0.5, -0.5], facingDeg: 0 },
  traineeStart: { position: [0, 2.2], facingDeg: 180 },
};

export const SAMPLE_APPEARANCE: Appearance = {
  skin: '#d9a88c',
  hair: '#4a3526',
  top: '#5a7fa8',
  trousers: '#34404f',
  height: 1.78,
};
