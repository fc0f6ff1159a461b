/**
 * An in-world panel drawn on a 2D canvas (no DOM in the headset): a title, wrapped text lines and a
 * grid of buttons, one draw call. Buttons are hit by the XR ray/pinch through the intersection's uv.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';

export interface PanelButton {
  id: string;
  label: string;
  primary?: boolean;
  disabled?: boolean;
}

export interface PanelSpec {
  title?: string;
  lines?: readonly string[];
  buttons?: readonly PanelButton[];
  /** Buttons per row (1 = a list). */
  columns?: number;
  /** Draw the buttons right under the title, before the text. */
  buttonsFirst?: boolean;
}

const W = 1024;
const PAD = 28;
const TITLE = 46;
const TEXT = 34;
const BTN_H = 84;
const GAP = 14;

interface Rect {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  disabled: boolean;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** Lay out and draw the spec; returns the canvas height and the button rectangles (canvas pixels). */
export function drawPanel(canvas: HTMLCanvasElement, spec: PanelSpec): { height: number; rects: Rect[] } {
  const ctx = canvas.getContext('2d')!;
  const cols = Math.max(1, spec.columns ?? 1);
  ctx.font = `${TEXT}px sans-serif`;
  const lines = (spec.lines ?? []).flatMap((l) => wrap(ctx, l, W - 2 * PAD));
  const buttons = spec.buttons ?? [];
  const rows = Math.ceil(buttons.length / cols);
  const height =
    PAD * 2 +
    (spec.title ? TITLE + GAP : 0) +
    lines.length * (TEXT + 8) +
    (rows ? GAP + rows * (BTN_H + GAP) : 0);
  canvas.width = W;
  canvas.height = Math.max(64, Math.ceil(height));
  ctx.fillStyle = 'rgba(20, 28, 38, 0.92)';
  ctx.beginPath();
  ctx.roundRect(0, 0, W, canvas.height, 28);
  ctx.fill();
  let y = PAD;
  ctx.textBaseline = 'top';
  if (spec.title) {
    ctx.fillStyle = '#ffffff';
    ctx.font = `bold ${TITLE}px sans-serif`;
    ctx.fillText(spec.title, PAD, y, W - 2 * PAD);
    y += TITLE + GAP;
  }
  const drawLines = () => {
    ctx.font = `${TEXT}px sans-serif`;
    ctx.fillStyle = '#e8eef5';
    for (const l of lines) {
      ctx.fillText(l, PAD, y);
      y += TEXT + 8;
    }
  };
  if (!spec.buttonsFirst) drawLines();
  if (rows) y += GAP;
  const bw = (W - 2 * PAD - (cols - 1) * GAP) / cols;
  const top = y;
  const rects: Rect[] = buttons.map((b, i) => {
    const r = {
      id: b.id,
      x: PAD + (i % cols) * (bw + GAP),
      y: top + Math.floor(i / cols) * (BTN_H + GAP),
      w: bw,
      h: BTN_H,
      disabled: !!b.disabled,
    };
    ctx.fillStyle = b.disabled ? '#3a4450' : b.primary ? '#2f7d5b' : '#35597d';
    ctx.beginPath();
    ctx.roundRect(r.x, r.y, r.w, r.h, 16);
    ctx.fill();
    ctx.fillStyle = b.disabled ? '#9aa4ae' : '#ffffff';
    ctx.font = `${b.label.length > 60 ? TEXT - 6 : TEXT}px sans-serif`;
    ctx.fillText(b.label, r.x + 18, r.y + (BTN_H - TEXT) / 2, r.w - 36);
    return r;
  });
  if (spec.buttonsFirst) {
    y = top + rows * (BTN_H + GAP);
    drawLines();
  }
  return { height: canvas.height, rects };
}

export interface CanvasPanelProps {
  spec: PanelSpec;
  /** Panel width in metres. */
  width: number;
  onPress?: (id: string) => void;
  name?: string;
  /** Hang the panel from its top edge (the group's origin) instead of centring it. */
  anchorTop?: boolean;
}

export function CanvasPanel({ spec, width, onPress, name, anchorTop }: CanvasPanelProps) {
  const canvas = useMemo(() => document.createElement('canvas'), []);
  const texture = useMemo(() => {
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    return t;
  }, [canvas]);
  const key = JSON.stringify(spec);
  const layout = useMemo(() => {
    const l = drawPanel(canvas, spec);
    texture.needsUpdate = true;
    return l;
  }, [key, canvas, texture]);
  useEffect(() => () => texture.dispose(), [texture]);

  // Press on release (pointerup): XR ray and pinch pointers deliver it reliably, a click not always.
  const onRelease = (e: ThreeEvent<PointerEvent>) => {
    if (!onPress || !e.uv) return;
    e.stopPropagation();
    const x = e.uv.x * W;
    const y = (1 - e.uv.y) * layout.height;
    const hit = layout.rects.find(
      (r) => !r.disabled && x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h,
    );
    if (hit) onPress(hit.id);
  };
  const h = (width * layout.height) / W;
  return (
    <mesh
      name={name}
      onPointerUp={onRelease}
      renderOrder={10}
      position-y={anchorTop ? -h / 2 : 0}
      userData={{ xrPanel: name ?? true }}
    >
      <planeGeometry key={h} args={[width, h]} />
      <meshBasicMaterial map={texture} transparent toneMapped={false} depthTest={false} />
    </mesh>
  );
}
