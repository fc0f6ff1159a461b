/** The scenario format's small parts, shared by schema.ts and roomSchema.ts. */
import './zodConfig';
import { z } from 'zod';

export const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

export const Id = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/, 'an id: a letter, then letters, digits, - or _ (max 64)')
  .describe('Identifier used to refer to this item from elsewhere in the file');
export const Text = z
  .strictObject({
    nb: z.string().min(1).max(2000).describe('Norsk bokmål'),
    en: z.string().min(1).max(2000).describe('English'),
  })
  .describe('Text in Norwegian bokmål and English');
export const Metres = z.number().min(-100).max(100);
export const Point = z
  .tuple([Metres, Metres])
  .describe('[x, z] on the floor in metres, origin at room centre');
export const Seconds = z.number().min(0).max(3600);
export const Unit = z.number().min(0).max(1);
