import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RunFeed, type CaptionStore, type RunStatus } from '../session';
import { Simulation } from '../sim';
import { useCaptions } from './captions';
import { loadTestScenario } from './testScenario';

afterEach(cleanup);

describe('the run feed and useCaptions', () => {
  it('shows a line said in what subscribes to the captions only, and takes it away when it has been read', () => {
    const sim = new Simulation(loadTestScenario(), { seed: 1 });
    const renders = { screen: 0, hud: 0 };
    const seen: (string | null)[] = [];
    const statuses: RunStatus[] = [];
    const feed = new RunFeed(sim);
    feed.status.subscribe(() => statuses.push(feed.status.get()));
    statuses.push(feed.status.get());
    function Hud({ captions }: { captions: CaptionStore }) {
      renders.hud++;
      const { caption, own } = useCaptions(captions);
      seen.push(caption ? caption.text.nb : null, own ? own.text.nb : null);
      return null;
    }
    function Screen() {
      renders.screen++;
      return <Hud captions={feed.captions} />;
    }
    render(<Screen />);
    expect(statuses.at(-1)?.phase).toBe(sim.view.phaseId);
    const screenBefore = renders.screen;
    const hudBefore = renders.hud;

    // The trainee says a line: it shows as their own, and the patient's reply as his caption.
    const option = sim.availableOptions()[0]!;
    act(() => {
      feed.showOwn(option.text);
      sim.say(option.id);
      feed.flush();
    });
    const { caption, own } = feed.captions.get();
    expect(own?.text).toEqual(option.text);
    expect(caption).not.toBeNull();
    expect(seen).toContain(caption!.text.nb);
    expect(seen).toContain(option.text.nb);
    expect(renders.hud).toBeGreaterThan(hudBefore);
    // The screen (in the app: the run screen and its canvas) did not render for the captions.
    expect(renders.screen).toBe(screenBefore);
    expect(feed.lineLeft()).toBeGreaterThan(0);

    // Once both have been read (sim time), flush takes them away.
    const until = Math.max(caption!.until, own!.until);
    const signals = sim.context.signals;
    act(() => {
      while (sim.time <= until && !sim.done) sim.tick(0.1, signals);
      feed.flush();
    });
    expect(sim.done).toBe(false);
    expect(feed.captions.get().own).toBeNull();
    expect(seen.at(-1)).toBeNull();
  });
});
