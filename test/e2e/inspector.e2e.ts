/**
 * The scenario inspector in the built app (issue 6): a diagram for every bundled scenario (each
 * screenshot to test/e2e/__screenshots__/inspector-<id>.png for people to look at), no overlapping
 * boxes, elk working under the production CSP, and a broken file that shows its problems at the
 * right lines and changes nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';
import { join } from 'node:path';
import { BASE, launch, screenshot, SCREENSHOTS, type Session } from './browser';

const ids = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => {
    const r = parseScenario(readFileSync(`scenarios/${f}`, 'utf8'), f);
    if (!r.ok) throw new Error(`${f} does not load`);
    return r.scenario.id;
  });

type Rect = { id: string; x: number; y: number; w: number; h: number };
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

let s: Session;
beforeEach(async () => {
  s = await launch();
});
afterEach(async () => {
  await s.close();
});

describe('scenario inspector', () => {
  it('opens from the start screen in its own chunk', async () => {
    const urls: string[] = [];
    s.page.on('request', (r) => urls.push(r.url()));
    await s.page.goto(`${BASE}?sw=0`);
    await s.page.getByTestId('start-screen').waitFor();
    const before = urls.length;
    await s.page.getByTestId('open-inspector').click();
    await s.page.getByTestId('inspector-page').waitFor();
    const loaded = urls.slice(before).filter((u) => /\/assets\/.+\.js$/.test(u));
    expect(loaded.length).toBeGreaterThan(0);
    await s.page.getByTestId('inspector-bundled').selectOption({ index: 1 });
    await s.page.locator('[data-testid="diagram"][data-ready="1"]').waitFor({ timeout: 120_000 });
    // A what-if run highlights its path; coverage over 2 seeds × 4 trainees fills the table.
    await s.page.getByTestId('run-A-go').click();
    await s.page.getByTestId('run-A-result').waitFor();
    expect(await s.page.locator('[data-testid="diagram-edge"][data-lit="1"]').count()).toBeGreaterThan(0);
    await s.page.getByTestId('coverage-seeds').fill('2');
    // The run takes the seeds the panel holds: wait until it shows 2 (a click that came before the
    // re-render would start the default 50 seeds × 4 trainees, minutes on a loaded machine).
    await s.page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('[data-testid="coverage-seeds"]')?.value === '2',
    );
    await s.page.getByTestId('coverage-run').click();
    // The coverage runs in slices beside the page: on a busy 2-core machine it takes a while.
    await s.page.getByTestId('coverage-result').waitFor({ timeout: 300_000 });
    expect(await s.page.getByTestId('coverage-result').getAttribute('data-runs')).toBe('8');
    expect(await s.page.getByTestId('coverage-row').count()).toBeGreaterThan(10);
    expect(s.errors).toEqual([]);
  });

  it('draws a readable diagram for every bundled scenario', async () => {
    // Wide enough that the diagram shows whole at 100 % (it scrolls sideways on smaller screens).
    await s.page.setViewportSize({ width: 2300, height: 1300 });
    for (const id of ids) {
      await s.page.goto(`${BASE}?inspector=1&scenario=${id}&sw=0`);
      const svg = s.page.locator(`[data-testid="diagram"][data-scenario="${id}"][data-ready="1"]`);
      await svg.waitFor({ timeout: 120_000 });
      const boxes: Rect[] = await s.page.evaluate(() => {
        const rect = (el: Element, id: string) => {
          const r = el.getBoundingClientRect();
          return { id, x: r.x, y: r.y, w: r.width, h: r.height };
        };
        return [
          ...[...document.querySelectorAll('[data-testid="diagram-node"] > rect:first-of-type')].map((el) =>
            rect(el, el.parentElement?.getAttribute('data-id') ?? '?'),
          ),
          ...[...document.querySelectorAll('[data-testid="edge-label"] > rect')].map((el, i) =>
            rect(el, `label ${i}`),
          ),
        ];
      });
      const n = await s.page.getByTestId('diagram-node').count();
      expect(n, id).toBeGreaterThan(5);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlaps(boxes[i]!, boxes[j]!), `${id}: ${boxes[i]!.id} overlaps ${boxes[j]!.id}`).toBe(
            false,
          );
      await svg.screenshot({ path: join(SCREENSHOTS, `inspector-${id}.png`), animations: 'disabled' });
    }
    expect(s.errors).toEqual([]);
  });

  it('a broken file dropped in shows its problems at the right lines and changes nothing else', async () => {
    const { page } = s;
    await page.goto(`${BASE}?inspector=1&scenario=ed-waiting-room&sw=0`);
    await page.locator('[data-testid="diagram"][data-ready="1"]').waitFor({ timeout: 120_000 });
    const nodes = await page.getByTestId('diagram-node').count();
    const lines = readFileSync('scenarios/ed-waiting-room.yaml', 'utf8').split('\n');
    const at = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    const cycleLine = at('cycle: crisis');
    const poseLine = at('pose: slumped');
    lines[cycleLine - 1] = lines[cycleLine - 1]!.replace('crisis', 'krise');
    lines[poseLine - 1] = lines[poseLine - 1]!.replace('slumped', 'lying');
    await page.getByTestId('inspector-file').setInputFiles({
      name: 'broken.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(lines.join('\n')),
    });
    await page.getByTestId('inspector-rejected').waitFor();
    const marked = await page
      .getByTestId('problem-line')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-line'))));
    expect(marked).toEqual([cycleLine, poseLine]);
    const msgs = await page.getByTestId('problem-message').allTextContents();
    expect(msgs[0]).toMatch(/cycle/);
    expect(msgs[1]).toMatch(/pose/);
    await page.getByTestId('problem-line').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'inspector-broken');
    expect(await page.getByTestId('inspector-current').getAttribute('data-scenario')).toBe('ed-waiting-room');
    expect(await page.getByTestId('diagram').getAttribute('data-scenario')).toBe('ed-waiting-room');
    expect(await page.getByTestId('diagram-node').count()).toBe(nodes);
    expect(s.errors).toEqual([]);
  });
});
