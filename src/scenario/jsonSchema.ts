import { z } from 'zod';
import { ScenarioSchema } from './schema';

/** The JSON Schema editors use (`# yaml-language-server: $schema=`), generated from the zod schema. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Rolig scenario',
    description: 'A de-escalation training scenario for Rolig (format version 1). See docs/authoring.md.',
  };
}
