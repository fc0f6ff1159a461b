import { moduleLoader } from './moduleLoader';

/**
 * The run screen's code: the 3D part (three, R3F, the scene, the simulation). Loaded when a run is
 * about to start (a deep link, main.tsx; an open briefing), not with the start screen.
 */
export const runScreenModule = moduleLoader(() => import('../run/RunScreen'));
