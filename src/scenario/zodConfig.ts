/**
 * Imported first by every module that defines zod schemas. The app's Content-Security-Policy
 * forbids eval: zod must not probe `new Function` (which would log a CSP violation in the browser).
 */
import { z } from 'zod';

z.config({ jitless: true });
