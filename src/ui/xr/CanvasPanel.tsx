/**
 * An in-world panel drawn on a 2D canvas (no DOM in the headset): a title, wrapped text lines and a
 * grid of buttons, one draw call. Buttons are hit by the XR ray/pinch through the intersection's uv.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useCallback, useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace, Vector3, type Mesh, type Object3D } from 'three';

export interface PanelButton {
  id: string;
  label: string;
  primary?: boolean;
  disabled?: boolean;
  /** Keeps its grid cell but is neither drawn nor pressable (a spacer). */
  hidden?: boolean;
}

export interface PanelSpec {
  title?: string;
  lines?: readonly string[];
  buttons?: readonly PanelButton[];
  /** Buttons per row (1 = a list). */
  columns?: number;
  /** Draw the buttons right under the title, before the text. */
  buttonsFirst?: boolean;
  /** A small line chart under the title (the compact debrief's arousal curve). */
  chart?: PanelChart;
}

export interface PanelChart {
  /** [t, value] with value in 0..1. */
  points: readonly (readonly [number, number])[];
  /** Shaded time bands behind the line (phases). */
  bands?: readonly { from: number; to: number; color: string }[];
  duration: number;
  color?: string;
}

const W = 1024;
const PAD = 28;
const TITLE = 46;
const TEXT = 34;
const BTN_H = 84;
/** A button whose label wraps to two lines. */
const BTN_H2 = 112;
const BTN_TEXT = 32;
const GAP = 14;
const CHART_H = 200;

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

/** At most `n` lines; the last one cut with an ellipsis if more text was left. */
function clampLines(lines: string[], n: number, ctx: CanvasRenderingContext2D, width: number): string[] {
  if (lines.length <= n) return lines;
  const kept = lines.slice(0, n);
  let last = `${kept[n - 1]!} ${lines.slice(n).join(' ')}`;
  while (last.length > 1 && ctx.measureText(`${last}…`).width > width) last = last.slice(0, -1);
  kept[n - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Lay out and draw the spec; returns the canvas height and the button rectangles (canvas pixels). */
export function drawPanel(canvas: HTMLCanvasElement, spec: PanelSpec): { height: number; rects: Rect[] } {
  const ctx = canvas.getContext('2d')!;
  const cols = Math.max(1, spec.columns ?? 1);
  ctx.font = `${TEXT}px sans-serif`;
  const lines = (spec.lines ?? []).flatMap((l) => wrap(ctx, l, W - 2 * PAD));
  const buttons = spec.buttons ?? [];
  const rows = Math.ceil(buttons.length / cols);
  ctx.font = `${BTN_TEXT}px sans-serif`;
  const bw0 = (W - 2 * PAD - (cols - 1) * GAP) / cols;
  let buttonsH = 0;
  for (let r = 0; r < rows; r++) {
    const two = buttons
      .slice(r * cols, r * cols + cols)
      .some((b) => !b.hidden && wrap(ctx, b.label, bw0 - 36).length > 1);
    buttonsH += (two ? BTN_H2 : BTN_H) + GAP;
  }
  const height =
    PAD * 2 +
    (spec.title ? TITLE + GAP : 0) +
    (spec.chart ? CHART_H + GAP : 0) +
    lines.length * (TEXT + 8) +
    (rows ? GAP + buttonsH : 0);
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
  if (spec.chart) {
    drawChart(ctx, spec.chart, PAD, y, W - 2 * PAD, CHART_H);
    y += CHART_H + GAP;
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
  // Labels wrap to at most two lines (a long line to say stays readable, not squeezed).
  ctx.font = `${BTN_TEXT}px sans-serif`;
  const labels = buttons.map((b) => clampLines(wrap(ctx, b.label, bw - 36), 2, ctx, bw - 36));
  const rowH: number[] = [];
  labels.forEach((l, i) => {
    const r = Math.floor(i / cols);
    rowH[r] = Math.max(rowH[r] ?? BTN_H, l.length > 1 ? BTN_H2 : BTN_H);
  });
  const rowTop: number[] = [];
  rowH.reduce((acc, h, r) => ((rowTop[r] = acc), acc + h + GAP), y);
  const top = y;
  const rects: Rect[] = buttons.map((b, i) => {
    const row = Math.floor(i / cols);
    const r = {
      id: b.id,
      x: PAD + (i % cols) * (bw + GAP),
      y: rowTop[row]!,
      w: bw,
      h: rowH[row]!,
      disabled: !!b.disabled || !!b.hidden,
    };
    if (b.hidden) return r;
    ctx.fillStyle = b.disabled ? '#3a4450' : b.primary ? '#2f7d5b' : '#35597d';
    ctx.beginPath();
    ctx.roundRect(r.x, r.y, r.w, r.h, 16);
    ctx.fill();
    ctx.fillStyle = b.disabled ? '#9aa4ae' : '#ffffff';
    ctx.font = `${BTN_TEXT}px sans-serif`;
    const lines = labels[i]!;
    const lh = BTN_TEXT + 6;
    let ty = r.y + (r.h - lines.length * lh + 6) / 2;
    for (const l of lines) {
      ctx.fillText(l, r.x + 18, ty, r.w - 36);
      ty += lh;
    }
    return r;
  });
  if (spec.buttonsFirst) {
    y = top + rowH.reduce((a, h) => a + h + GAP, 0);
    drawLines();
  }
  return { height: canvas.height, rects };
}

function drawChart(
  ctx: CanvasRenderingContext2D,
  chart: PanelChart,
  x0: number,
  y0: number,
  w: number,
  h: number,
): void {
  const span = Math.max(1e-6, chart.duration);
  const X = (t: number) => x0 + (Math.min(Math.max(t, 0), span) / span) * w;
  const Y = (v: number) => y0 + h - Math.min(Math.max(v, 0), 1) * h;
  ctx.fillStyle = '#f4f6f8';
  ctx.fillRect(x0, y0, w, h);
  for (const b of chart.bands ?? []) {
    ctx.fillStyle = b.color;
    ctx.fillRect(X(b.from), y0, Math.max(1, X(b.to) - X(b.from)), h);
  }
  ctx.strokeStyle = chart.color ?? '#9b2c2c';
  ctx.lineWidth = 5;
  ctx.beginPath();
  chart.points.forEach(([t, v], i) => (i ? ctx.lineTo(X(t), Y(v)) : ctx.moveTo(X(t), Y(v))));
  ctx.stroke();
}

/** Mounted named panels, so the debug hook can say where a button is (e2e tests aim at it). */
const mounted = new Map<string, { mesh: Mesh; rects: Rect[]; height: number; width: number }>();

/** Name of the XROrigin group: points are given in its space, the XR reference space of the tracking. */
export const XR_ORIGIN_NAME = 'rolig-xr-origin';

/**
 * The centre of button `id` on the mounted panel `name`, in the XR reference space (the XROrigin's
 * local space) when there is an origin, else in world space; null if the panel or button is not shown.
 */
export function panelButtonPoint(name: string, id: string): [number, number, number] | null {
  const p = mounted.get(name);
  const r = p?.rects.find((x) => x.id === id && !x.disabled);
  if (!p || !r) return null;
  const h = (p.width * p.height) / W;
  const v = new Vector3(((r.x + r.w / 2) / W - 0.5) * p.width, (0.5 - (r.y + r.h / 2) / p.height) * h, 0);
  p.mesh.updateWorldMatrix(true, false);
  p.mesh.localToWorld(v);
  let root: Object3D = p.mesh;
  while (root.parent) root = root.parent;
  const origin = root.getObjectByName(XR_ORIGIN_NAME);
  if (origin) origin.worldToLocal(v);
  return [v.x, v.y, v.z];
}

/** The pressable buttons of the mounted panel `name`, in order (empty if it is not shown). */
export function panelButtonIds(name: string): string[] {
  return (mounted.get(name)?.rects ?? []).filter((r) => !r.disabled).map((r) => r.id);
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
  const register = useCallback(
    (mesh: Mesh | null) => {
      if (!name) return;
      if (mesh) mounted.set(name, { mesh, rects: layout.rects, height: layout.height, width });
      else mounted.delete(name);
    },
    [name, layout, width],
  );

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
      ref={register}
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
