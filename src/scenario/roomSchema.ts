/** The scenario format's room: its size, exits, furniture, objects, and where the people start. */
import './zodConfig';
import { z } from 'zod';
import { Id, Point, Text } from './schemaParts';

const Exit = z.strictObject({
  id: Id,
  label: Text,
  position: Point,
  width: z.number().min(0.5).max(5).default(0.9),
  kind: z.enum(['door', 'corridor', 'emergencyExit']).default('door'),
});
export const FURNITURE_KINDS = [
  'chair',
  'bench',
  'table',
  'desk',
  'counter',
  'bed',
  'cabinet',
  'sofa',
  'trolley',
  'plant',
  'screen',
  'sink',
  'stove',
  'fridge',
  'wardrobe',
] as const;
/** Each kind's default [width x, depth z, height y] (m): the room builds it so, the replay's plan draws it so. */
export const FURNITURE_SIZE: Record<(typeof FURNITURE_KINDS)[number], [number, number, number]> = {
  chair: [0.5, 0.52, 0.85],
  bench: [1.6, 0.45, 0.45],
  table: [1.2, 0.8, 0.74],
  desk: [1.4, 0.7, 0.75],
  counter: [2.0, 0.7, 1.1],
  bed: [0.95, 2.1, 0.6],
  cabinet: [0.8, 0.45, 1.0],
  sofa: [1.9, 0.85, 0.8],
  trolley: [0.8, 0.5, 0.9],
  plant: [0.5, 0.5, 1.3],
  screen: [1.6, 0.4, 1.8],
  sink: [0.6, 0.45, 0.9],
  stove: [0.6, 0.6, 0.9],
  fridge: [0.6, 0.65, 1.8],
  wardrobe: [1.0, 0.6, 2.0],
};

const Furniture = z.strictObject({
  id: Id,
  kind: z.enum(FURNITURE_KINDS),
  position: Point,
  rotationDeg: z.number().min(-360).max(360).default(0),
  size: z
    .tuple([z.number().min(0.05).max(10), z.number().min(0.05).max(10), z.number().min(0.05).max(4)])
    .optional(),
});
export const OBJECT_KINDS = [
  'cup',
  'knife',
  'scissors',
  'bottle',
  'chair',
  'fireExtinguisher',
  'vase',
  'phone',
  'bag',
  'cane',
  'tray',
  'pan',
] as const;
const Obj = z.strictObject({
  id: Id,
  kind: z.enum(OBJECT_KINDS),
  label: Text,
  position: Point,
  height: z.number().min(0).max(3).default(0.9).describe('Height above floor (m)'),
  weapon: z.boolean().default(false).describe('Could become a weapon'),
});
const Placement = z.strictObject({ position: Point, facingDeg: z.number().min(-360).max(360).default(0) });

export const SettingSchema = z.strictObject({
  label: Text,
  width: z.number().min(2).max(40).describe('Room size along x (m)'),
  depth: z.number().min(2).max(40).describe('Room size along z (m)'),
  height: z.number().min(2).max(6).default(2.7),
  lighting: z.enum(['fluorescent', 'warm', 'dim']).default('fluorescent'),
  exits: z.array(Exit).min(1),
  furniture: z.array(Furniture).default([]),
  objects: z.array(Obj).default([]),
  colleague: z.strictObject({ id: Id, name: z.string().min(1), role: Text, position: Point }).optional(),
  patientStart: Placement,
  traineeStart: Placement,
});
