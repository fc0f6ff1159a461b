export { DesktopInput, wrapAngle, type DesktopInputOptions } from './desktopInput';
export * from './keymap';
export { useRunKeys } from './useRunKeys';
