export { DesktopInput, wrapAngle, type DesktopInputOptions } from './desktopInput';
export * from './keymap';
