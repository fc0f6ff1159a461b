/** Writes public/scenario.schema.json from the zod schema (the single source). */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/scenario/jsonSchema';

writeFileSync('public/scenario.schema.json', JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
console.log('wrote public/scenario.schema.json');
