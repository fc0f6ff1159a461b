/** The green exit sign ("UTGANG" with the running figure), drawn once on a canvas and shared. */
import { CanvasTexture, SRGBColorSpace } from 'three';

let cached: CanvasTexture | null | undefined;

/** Returns null where no 2D canvas exists (tests); the sign then shows as plain green. */
export function exitSignTexture(): CanvasTexture | null {
  if (cached !== undefined) return cached;
  cached = null;
  if (typeof document === 'undefined') return cached;
  const canvas = document.createElement('canvas');
  canvas.width = 256;
  canvas.height = 96;
  const ctx = canvas.getContext?.('2d');
  if (!ctx || typeof ctx.fillRect !== 'function') return cached;
  ctx.fillStyle = '#0b8a3e';
  ctx.fillRect(0, 0, 256, 96);
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#ffffff';
  ctx.lineWidth = 7;
  ctx.lineCap = 'round';
  // Running figure heading for a door.
  ctx.beginPath();
  ctx.arc(44, 22, 8, 0, Math.PI * 2);
  ctx.fill();
  const path = (pts: [number, number][]) => {
    ctx.beginPath();
    pts.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
    ctx.stroke();
  };
  path([
    [40, 34],
    [32, 58],
  ]);
  path([
    [32, 58],
    [44, 70],
    [40, 84],
  ]);
  path([
    [32, 58],
    [22, 72],
    [12, 72],
  ]);
  path([
    [38, 40],
    [52, 50],
    [60, 44],
  ]);
  path([
    [38, 40],
    [26, 44],
    [20, 54],
  ]);
  ctx.strokeRect(66, 16, 22, 64);
  ctx.font = 'bold 34px sans-serif';
  ctx.textBaseline = 'middle';
  ctx.fillText('UTGANG', 96, 50, 152);
  cached = new CanvasTexture(canvas);
  cached.colorSpace = SRGBColorSpace;
  return cached;
}
