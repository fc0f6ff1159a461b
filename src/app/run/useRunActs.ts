/**
 * What the trainee does besides moving, from the keys, the HUD or the in-VR panels: say a line (in
 * the tone the microphone heard, when it is on, else in the chosen delivery), raise the alarm, call for help, leave through the
 * exit they stand at, pause. Nothing acts while the run is paused or over.
 */
import { useCallback, useState } from 'react';
import type { DesktopInput } from '../../input/desktop';
import { takeVoiceTone } from '../../input/voice';
import type { RunSession } from '../../session';

export function useRunActs(
  session: RunSession,
  input: DesktopInput,
  opts: { pausedRef: { current: boolean }; checkEnd: () => void; nearExit: string | null },
) {
  const { sim, feed } = session;
  const [paused, setPaused] = useState(false);
  const [body, setBody] = useState(() => pickBody(input));
  const { pausedRef, checkEnd, nearExit } = opts;

  const act = useCallback(
    (fn: () => void) => {
      if (pausedRef.current || sim.done) return;
      fn();
      checkEnd();
    },
    [pausedRef, sim, checkEnd],
  );
  const say = (id: string) =>
    act(() => {
      const o = feed.options.get().find((x) => x.id === id);
      if (!o) return;
      feed.showOwn(o.text);
      // The words are the option; how they are said is the trainee's own choice: the measured
      // voice when the microphone is on, else the delivery control (issue 20).
      sim.say(id, takeVoiceTone() ?? input.delivery);
    });
  const togglePause = () =>
    setPaused((p) => {
      if (!p) {
        input.releaseAll();
        document.exitPointerLock?.();
        void session.saveNow();
      }
      return !p;
    });
  const syncBody = () => setBody(pickBody(input));
  return {
    paused,
    setPaused,
    body,
    syncBody,
    say,
    togglePause,
    alarm: () => act(() => sim.raiseAlarm()),
    callHelp: () => act(() => sim.callHelp()),
    leave: () => act(() => nearExit && sim.withdraw(nearExit)),
  };
}

function pickBody(input: DesktopInput) {
  return {
    hands: input.signals.hands,
    stance: input.signals.stance,
    crouched: input.crouched,
    delivery: input.delivery,
  };
}
