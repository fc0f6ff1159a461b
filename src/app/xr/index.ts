export { EnterVrButton } from './EnterVrButton';
export { requestVrSession, useVrSupported, VR_SESSION_INIT } from './vrSession';
