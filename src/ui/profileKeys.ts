/** Where the profile lives in localStorage (a module of its own: the build's connect policy reads it). */
export const PSEUDONYM_KEY = 'rolig.pseudonym';
/** The LRS settings (scripts/connectPolicy.ts reads the endpoint from it when the page starts). */
export const LRS_KEY = 'rolig.lrs';
export const DEVICE_KEY = 'rolig.device';
