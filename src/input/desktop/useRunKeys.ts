import { useEffect, useRef } from 'react';
import { ACTION_KEYS, type DesktopInput } from '.';

export interface RunKeyActions {
  say: (index: number) => void;
  alarm: () => void;
  callHelp: () => void;
  leave: () => void;
  togglePause: () => void;
  showHelp: () => void;
  /** After a body-language key (hands, stance, crouch) changed the input's state. */
  bodyChanged: () => void;
  /** Space, where the screen gives it a meaning (the group walkthrough: stop here / go on). */
  space?: () => void;
}

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement;

/**
 * Window keyboard and pointer-lock mouse wiring for a run. Keys are matched by physical code so the
 * bindings work on Norwegian keyboards; '?' is matched by the character it types.
 */
export function useRunKeys(
  input: DesktopInput,
  actions: RunKeyActions,
  opts: {
    enabled: boolean;
    paused: boolean;
    canvas: () => HTMLElement | null;
    onPointerLock: (locked: boolean) => void;
  },
): void {
  const a = useRef(actions);
  a.current = actions;
  const o = useRef(opts);
  o.current = opts;

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!o.current.enabled || isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const code = e.code;
      const act = (fn: () => void) => {
        e.preventDefault();
        if (!e.repeat) fn();
      };
      if (ACTION_KEYS.help.includes(code as 'F1') || e.key === '?') return act(a.current.showHelp);
      if ((ACTION_KEYS.pause as readonly string[]).includes(code)) return act(a.current.togglePause);
      if (code === 'Space' && a.current.space) return act(a.current.space);
      if (o.current.paused) return;
      const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code);
      if (digit) return act(() => a.current.say((Number(digit[1]) + 9) % 10));
      if (code === ACTION_KEYS.alarm) return act(a.current.alarm);
      if (code === ACTION_KEYS.callHelp) return act(a.current.callHelp);
      if (code === ACTION_KEYS.leave) return act(a.current.leave);
      if (input.keyDown(code, e.shiftKey)) {
        e.preventDefault();
        a.current.bodyChanged();
      }
    };
    const onKeyUp = (e: KeyboardEvent) => input.keyUp(e.code, e.shiftKey);
    const onBlur = () => input.releaseAll();
    const onMouseMove = (e: MouseEvent) => {
      if (
        document.pointerLockElement &&
        document.pointerLockElement === o.current.canvas() &&
        !o.current.paused
      ) {
        input.mouseMove(e.movementX, e.movementY);
      }
    };
    const onLockChange = () => o.current.onPointerLock(document.pointerLockElement === o.current.canvas());
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    document.addEventListener('mousemove', onMouseMove);
    document.addEventListener('pointerlockchange', onLockChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('mousemove', onMouseMove);
      document.removeEventListener('pointerlockchange', onLockChange);
    };
  }, [input]);
}
