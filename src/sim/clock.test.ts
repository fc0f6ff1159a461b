import { describe, expect, it } from 'vitest';
import { SimClock } from './clock';

describe('SimClock', () => {
  it('fires due timers in time order, with now() at their due time, and skips cleared ones', () => {
    const c = new SimClock();
    const fired: string[] = [];
    c.setTimeout(() => fired.push(`b@${c.now()}`), 300);
    c.setTimeout(() => fired.push(`a@${c.now()}`), 100);
    const cancelled = c.setTimeout(() => fired.push('never'), 200);
    c.clearTimeout(cancelled);
    c.advance(99);
    expect(fired).toEqual([]);
    c.advance(250);
    expect(fired).toEqual(['a@100', 'b@300']);
    expect(c.now()).toBe(349);
  });

  it('runs a timer that a firing timer schedules inside the same advance', () => {
    const c = new SimClock();
    const fired: number[] = [];
    c.setTimeout(() => {
      fired.push(c.now());
      c.setTimeout(() => fired.push(c.now()), 50);
    }, 100);
    c.advance(200);
    expect(fired).toEqual([100, 150]);
  });
});
