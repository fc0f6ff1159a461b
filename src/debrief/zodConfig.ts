/**
 * Imported first by every debrief module that defines zod schemas (as src/scenario/zodConfig.ts is
 * by the scenario's): the Content-Security-Policy forbids eval, so zod must not probe `new Function`.
 */
import { z } from 'zod';

z.config({ jitless: true });
