/**
 * Run history, export/import and the top-down replay (issue 5) in headless Chromium: a run is
 * imported, its debrief opened and replayed, exported, deleted and imported again; the debrief
 * afterwards is identical and the re-exported file holds the same record and input log.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDebrief, uuidFrom } from '../../src/debrief';
import { runScripted } from '../../src/sim';
import { loadScenarioFile } from '../../src/scenario/testing';
import { BASE, launch, screenshot, type Session } from './browser';
import type { Page } from 'playwright-core';

let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s.close();
});

/** A finished run as an export file, made the way the app makes one (a scripted trainee, seed 3). */
function exportFile(): { id: string; text: string } {
  const scenario = loadScenarioFile('scenarios/ed-waiting-room.yaml');
  const { sim } = runScripted(scenario, 'provocative', 3, { hz: 30 });
  const id = uuidFrom('e2e-history');
  const record = buildDebrief({
    id,
    scenario,
    seed: 3,
    pseudonym: 'Ugle',
    startedAt: '2025-03-04T10:00:00.000Z',
    log: sim.log,
    probes: [],
  });
  const inputs = sim.log.filter((e) => e.kind === 'signals' || e.kind === 'tick' || e.kind === 'act');
  const text = JSON.stringify({
    format: 'rolig-export',
    version: 1,
    exportedAt: '2025-03-04T11:00:00.000Z',
    runs: [{ record, inputs }],
  });
  return { id, text };
}

const upload = (p: Page, name: string, text: string) =>
  p
    .getByTestId('import-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** What a reader sees of a debrief: score, lists, checklist and timeline table. */
const debriefText = (p: Page) =>
  p.evaluate(() =>
    ['sa-score', 'went-well', 'try-next', 'checklist', 'timeline-table']
      .map((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '')
      .join('\n'),
  );

describe('run history', () => {
  it('imports, replays, exports, deletes and re-imports a run losslessly', async () => {
    const p = s.page;
    const { id, text } = exportFile();
    await p.goto(`${BASE}?sw=0`);
    await p.getByTestId('open-history').click();
    await p.getByTestId('history-empty').waitFor();

    // A foreign file is refused with a clear error and changes nothing.
    await upload(p, 'statements.json', JSON.stringify({ format: 'xapi', statements: [] }));
    const err = p.getByTestId('import-error');
    await err.waitFor();
    expect(await err.textContent()).toMatch(/statements\.json.*Dette er ikke en eksportfil fra Rolig/s);
    expect(await p.getByTestId('history-empty').count()).toBe(1);

    await upload(p, 'run.json', text);
    await p.getByTestId('history-row').first().waitFor();
    expect(await p.getByTestId('history-row').count()).toBe(1);
    await screenshot(p, 'history');

    // Open the debrief: the replay re-simulates from the imported input log.
    await p.getByTestId('history-open').click();
    await p.getByTestId('debrief-view').waitFor();
    await p.locator('[data-testid="replay"][data-source="inputs"]').waitFor({ timeout: 120_000 });
    const before = await debriefText(p);
    const start = await p.getByTestId('replay-trainee').getAttribute('cx');
    const scrub = p.getByTestId('replay-scrubber');
    await scrub.focus();
    await p.keyboard.press('End');
    for (let i = 0; i < 40; i++) await p.keyboard.press('ArrowLeft');
    expect(await p.getByTestId('replay-trainee').getAttribute('cx')).not.toBe(start);
    expect(await p.getByTestId('replay-phase').textContent()).not.toBe('–');
    expect(await p.getByTestId('replay-arousal').textContent()).toMatch(/\d+ %/);
    await p.getByTestId('replay').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(p, 'replay');

    // Back to the list, export the run, delete it (confirmed), import the exported file.
    await p.getByTestId('debrief-back').click();
    await p.getByTestId('history-row').first().waitFor();
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByTestId('history-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rolig-\d{4}-\d\d-\d\d-[0-9a-f]{8}\.json$/);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(exported).runs).toEqual(JSON.parse(text).runs);

    await p.getByTestId('history-delete').click();
    await p.getByTestId('cancel-delete').click();
    expect(await p.getByTestId('history-row').count()).toBe(1);
    await p.getByTestId('history-delete').click();
    await p.getByTestId('confirm-delete-yes').click();
    await p.getByTestId('history-empty').waitFor();

    await upload(p, 'exported.json', exported);
    await p.locator(`[data-testid="history-row"][data-run="${id}"]`).waitFor();
    await p.getByTestId('history-open').click();
    await p.locator('[data-testid="replay"][data-source="inputs"]').waitFor({ timeout: 120_000 });
    expect(await debriefText(p)).toBe(before);
    await p.getByTestId('debrief-back').click();
    const [again] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-all').click()]);
    expect(JSON.parse(readFileSync(await again.path(), 'utf8')).runs).toEqual(JSON.parse(text).runs);
    expect(s.errors).toEqual([]);
  });
});
