/**
 * The headset's code: @react-three/xr's store and <XR>, and the in-VR world. Loaded apart from the
 * run screen (useXrRun): after the room's first frame on the screen, at once when a session waits
 * from the briefing. A desktop run never mounts it (issue #3: first frame and script per frame).
 */
export { createRoligXrStore } from '../xr/xrStore';
export { XrRunLayer } from '../xr/XrRunLayer';
