/** Writes public/debrief.schema.json from the debrief record's zod schema (the single source). */
import { writeFileSync } from 'node:fs';
import { debriefJsonSchema } from '../src/debrief/record';

writeFileSync('public/debrief.schema.json', JSON.stringify(debriefJsonSchema(), null, 2) + '\n');
console.log('wrote public/debrief.schema.json');
