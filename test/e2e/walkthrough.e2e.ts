/**
 * The group walkthrough on a 1920x1080 projector (issue 19): the run stops at decision points, the
 * facilitator picks what the group chose, and "what if we had…" forks a branch from an earlier point
 * whose curve is drawn beside the first one's.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASE, frames, launch, screenshot, type Session } from './browser';

let s: Session;
beforeEach(async () => {
  s = await launch({ viewport: { width: 1920, height: 1080 } });
});
afterEach(async () => {
  await s.close();
});

const due = (s: Session) => s.page.getByTestId('presenter-hud').getAttribute('data-due');
/** Waits (in frames) until a decision point is due and returns its number. */
async function untilDue(s: Session, after = ''): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const d = await due(s);
    if (d && d !== after) return d;
    await frames(s.page, 5);
  }
  throw new Error(`no decision point after ${after}`);
}
const simTime = (s: Session) =>
  s.page.evaluate(() => (window as unknown as { rolig: { sim: { time: number } } }).rolig.sim.time);

describe('group walkthrough', () => {
  it('stops at decision points, plays the group\'s choices, and forks "what if we had…" with both curves', async () => {
    const { page } = s;
    await page.goto(
      `${BASE}?scenario=ed-waiting-room&enter=1&presenter=1&seed=1&fixedTime=1&speed=4&debug=1&sw=0`,
    );
    await page.getByTestId('presenter-hud').waitFor();
    // He speaks as the trainee comes in: the first decision point, and time stands still.
    expect(await untilDue(s)).toBe('1');
    const t0 = await simTime(s);
    await frames(page, 20);
    expect(await simTime(s)).toBe(t0);
    // The options are words only.
    const labels = await page.getByTestId('presenter-options').locator('button').allTextContents();
    expect(labels.length).toBeGreaterThan(3);
    for (const l of labels) expect(l).not.toMatch(/\((rolig|bestemt|roper|befalende|hevet stemme)\)/);
    await frames(page, 4);
    await screenshot(page, 'presenter');
    // Point 1: the group acknowledges him; his reply is point 2; there it goes on without a word.
    await page.locator('[data-testid="presenter-options"] [data-option="acknowledge"]').click();
    expect(await untilDue(s, '1')).toBe('2');
    // The instructor steers: raises his arousal a step; it is logged as the instructor's.
    await page.getByTestId('steer').locator('summary').click();
    const a0 = await page.evaluate(
      () => (window as unknown as { rolig: { sim: { view: { arousal: number } } } }).rolig.sim.view.arousal,
    );
    await page.getByTestId('steer-up').click();
    const a1 = await page.evaluate(
      () => (window as unknown as { rolig: { sim: { view: { arousal: number } } } }).rolig.sim.view.arousal,
    );
    expect(a1 - a0).toBeCloseTo(0.1, 6);
    await page.getByTestId('go-on').click();
    const third = await untilDue(s, '2');
    expect(Number(third)).toBeGreaterThan(2);
    expect(await simTime(s)).toBeGreaterThan(t0);
    // What if we had ordered him to sit down at point 1? A second branch, from there.
    await page.locator('[data-fork="1"]').click();
    expect(await untilDue(s)).toBe('1');
    await page.locator('[data-testid="presenter-options"] [data-option="sit-down"]').click();
    expect(await untilDue(s, '1')).toBe('2');
    await page.getByTestId('go-on').click();
    await untilDue(s, '2');
    await frames(page, 40); // the chart redraws twice a second
    const paths = await page
      .getByTestId('branch-chart')
      .locator('path')
      .evaluateAll((ps) =>
        ps.map((p) => ({ branch: p.getAttribute('data-branch'), d: p.getAttribute('d') ?? '' })),
      );
    expect(paths.map((p) => p.branch)).toEqual(['A', 'B']);
    // Branch A carried the instructor's step; B, forked before it, does not.
    const steered = await page.evaluate(
      () =>
        (
          window as unknown as { rolig: { sim: { log: { kind: string; event?: { type: string } }[] } } }
        ).rolig.sim.log.filter((e) => e.kind === 'act' && e.event?.type === 'INSTRUCT').length,
    );
    expect(steered).toBe(0);
    expect(paths[0]!.d).not.toBe(paths[1]!.d);
    const legend = await page.locator('.branch-legend li').allTextContents();
    expect(legend).toHaveLength(2);
    expect(legend[1]).toContain('punkt 1');
    await screenshot(page, 'presenter-fork');
    expect(s.errors).toEqual([]);
  });
});

describe('the room votes from their phones', () => {
  it('three phones join by code and vote through two decision points; the projector says what the majority chose', async () => {
    const { page } = s;
    await page.goto(
      `${BASE}?scenario=ed-waiting-room&enter=1&presenter=1&seed=1&fixedTime=1&speed=4&debug=1&sw=0`,
    );
    const panel = page.locator('[data-testid="vote-panel"][data-state="open"]');
    await panel.waitFor();
    const code = (await panel.getAttribute('data-code'))!;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}$/);
    expect(await page.getByTestId('join-url').textContent()).toContain(`?join=${code}`);
    expect(await panel.locator('.qr svg').count()).toBe(1);
    // Three phones (pages of their own) join with a nickname each.
    const phones = [];
    for (const nick of ['Kari', 'Ola', 'Per']) {
      const p = await s.context.newPage();
      await p.setViewportSize({ width: 390, height: 844 });
      await p.goto(`${BASE}?join=${code}&sw=0`);
      await p.getByTestId('phone-nick').fill(nick);
      await p.getByTestId('phone-join').click();
      await p.locator('[data-testid="phone-state"][data-joined="1"]').waitFor();
      phones.push(p);
    }
    const choices = [
      ['acknowledge', 'acknowledge', 'sit-down'],
      ['ask', 'inform-choice', 'ask'],
    ];
    const said: string[] = [];
    for (const [round, votes] of choices.entries()) {
      expect(await untilDue(s, round === 0 ? '' : String(round))).toBe(String(round + 1));
      await page.getByTestId('vote-open').click();
      for (const [i, option] of votes.entries()) {
        const b = phones[i]!.locator(`.phone-options [data-option="${option}"]`);
        await b.click();
        await phones[i]!.getByTestId('phone-voted').waitFor();
      }
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="vote-count"]')?.textContent?.startsWith('3 av 3'),
      );
      if (round === 0) {
        await screenshot(page, 'presenter-vote');
        await screenshot(phones[0]!, 'phone');
      }
      await page.getByTestId('vote-close').click();
      const winner = votes[0]!;
      await page.locator(`[data-testid="vote-tally"] li[data-option="${winner}"][data-votes="2"]`).waitFor();
      await phones[2]!.getByTestId('phone-result').waitFor();
      await page.getByTestId('vote-pick').click();
      said.push(winner);
    }
    const sayActs = await page.evaluate(() =>
      (
        window as unknown as {
          rolig: { sim: { log: { kind: string; event?: { type: string; optionId?: string } }[] } };
        }
      ).rolig.sim.log
        .filter((e) => e.kind === 'act' && e.event?.type === 'SAY')
        .map((e) => e.event!.optionId),
    );
    expect(sayActs).toEqual(said);
    expect(s.errors).toEqual([]);
  });
});
