/**
 * Screenshot comparison against checked-in reference images (test/e2e/__reference__/), with a
 * tolerance for software-rendering noise: a pixel differs when any channel is off by more than
 * 32/255, and a shot matches when at most `maxDiffRatio` of its pixels differ (stack-notes: 0.02
 * is stable once time and randomness are fixed). A missing reference fails in CI; locally, or with
 * UPDATE_REFERENCE=1, the new shot becomes the reference.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const REFERENCE = join(process.cwd(), 'test', 'e2e', '__reference__');

export async function diffRatio(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const scratch = await page.context().newPage(); // about:blank: no app CSP in the way
  try {
    return await scratch.evaluate(
      async ([x, y]) => {
        const load = async (b64: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const c = new OffscreenCanvas(img.width, img.height);
          const g = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
          g.drawImage(img, 0, 0);
          return g.getImageData(0, 0, img.width, img.height);
        };
        const [p, q] = await Promise.all([load(x), load(y)]);
        if (p.width !== q.width || p.height !== q.height) return 1;
        let diff = 0;
        for (let i = 0; i < p.data.length; i += 4) {
          const d = Math.max(
            Math.abs(p.data[i]! - q.data[i]!),
            Math.abs(p.data[i + 1]! - q.data[i + 1]!),
            Math.abs(p.data[i + 2]! - q.data[i + 2]!),
          );
          if (d > 32) diff++;
        }
        return diff / (p.width * p.height);
      },
      [a.toString('base64'), b.toString('base64')] as const,
    );
  } finally {
    await scratch.close();
  }
}

/** Compares a saved screenshot with its reference; returns the differing share of pixels. */
export async function compareWithReference(page: Page, shotPath: string, name: string): Promise<number> {
  const ref = join(REFERENCE, `${name}.png`);
  if (!existsSync(ref) || process.env.UPDATE_REFERENCE === '1') {
    if (process.env.CI && process.env.UPDATE_REFERENCE !== '1')
      throw new Error(
        `no reference image ${ref}: run the e2e tests locally with UPDATE_REFERENCE=1 and commit it`,
      );
    mkdirSync(REFERENCE, { recursive: true });
    copyFileSync(shotPath, ref);
    return 0;
  }
  return diffRatio(page, readFileSync(shotPath), readFileSync(ref));
}
