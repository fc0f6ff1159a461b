/**
 * A course's run charts (issue 19): twelve exported runs of a course (test/fixtures/course, made by
 * scripts/makeCourseFixtures.ts, SA stepping up after the sixth) are imported at once in the
 * history, and the run charts mark the shift below and above the median.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASE, launch, screenshot, type Session } from './browser';

const DIR = 'test/fixtures/course';
let s: Session;
beforeEach(async () => {
  s = await launch({ viewport: { width: 1280, height: 900 } });
});
afterEach(async () => {
  await s.close();
});

describe('run charts', () => {
  it('imports a course of exported runs at once and marks the shift in the SA run chart', async () => {
    const p = s.page;
    await p.goto(`${BASE}?sw=0`);
    await p.getByTestId('open-history').click();
    await p.getByTestId('history-empty').waitFor();
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((name) => ({ name, mimeType: 'application/json', buffer: readFileSync(join(DIR, name)) }));
    expect(files).toHaveLength(12);
    await p.getByTestId('import-file').setInputFiles(files);
    await p.getByTestId('history-row').nth(11).waitFor();
    await p.getByTestId('open-charts').click();
    const sa = p.locator('[data-testid="run-chart"][data-metric="sa"]');
    await sa.waitFor();
    expect(await sa.locator('circle').count()).toBe(12);
    expect(await sa.locator('circle[data-signal="shift"]').count()).toBe(12);
    expect(await sa.getByTestId('median').count()).toBe(1);
    const signals = await sa.locator('[data-testid="signals"] li').allTextContents();
    expect(signals).toEqual(['Skift ned (punkt 1–6)', 'Skift opp (punkt 7–12)']);
    // The outcome chart: every one of these runs ended well, a flat line with no signal.
    const good = p.locator('[data-testid="run-chart"][data-metric="goodOutcome"]');
    expect(await good.locator('[data-testid="signals"] li').allTextContents()).toEqual([
      'Ingen skift eller trend: variasjonen kan være tilfeldig.',
    ]);
    await screenshot(p, 'run-charts');
    expect(s.errors).toEqual([]);
  });
});
