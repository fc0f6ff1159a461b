/**
 * npm run profiles: copies the WebXR input profiles a Quest needs from @webxr-input-profiles/assets
 * into public/profiles/, with a profilesList.json that lists only them. @react-three/xr would
 * otherwise fetch profiles from a CDN at run time, which fails offline (hospital networks, tests).
 * Quest 3/3S: meta-quest-touch-plus; Quest 2/Pro fall back to oculus-touch-v3 (also our default
 * profile, createXRStore's defaultControllerProfileId); tracked hands: generic-hand.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const XR_PROFILES = ['meta-quest-touch-plus', 'oculus-touch-v3', 'generic-hand'] as const;

const src = join('node_modules', '@webxr-input-profiles', 'assets', 'dist', 'profiles');
const dst = join('public', 'profiles');
rmSync(dst, { recursive: true, force: true });
const all = JSON.parse(readFileSync(join(src, 'profilesList.json'), 'utf8')) as Record<string, unknown>;
const list: Record<string, unknown> = {};
let bytes = 0;
for (const id of XR_PROFILES) {
  if (!all[id]) throw new Error(`profile ${id} is not in @webxr-input-profiles/assets`);
  list[id] = all[id];
  mkdirSync(join(dst, id), { recursive: true });
  for (const f of readdirSync(join(src, id))) {
    copyFileSync(join(src, id, f), join(dst, id, f));
    bytes += readFileSync(join(dst, id, f)).length;
  }
}
writeFileSync(join(dst, 'profilesList.json'), JSON.stringify(list, null, 1) + '\n');
console.log(`public/profiles: ${XR_PROFILES.join(', ')} (${(bytes / 1024).toFixed(0)} KiB)`);
