/**
 * Light baked into vertex colours for everything that never moves (the room, its furniture, the
 * standing colleague), and the same light model in GLSL for the figures (LIGHT_GLSL): three's
 * Lambert for the mood's lights (Lighting.tsx), radiance = albedo / π · Σ irradiance, linear, then
 * tone-mapped and encoded (toneMap.ts), so the vertex colours are the pixels' output. Flat faces
 * come out exactly as per-pixel Lambert; a point light is interpolated between vertices. Why baked:
 * docs/architecture.md.
 */
import { BufferAttribute, Color, Vector3, type BufferGeometry } from 'three';
import { indexed, solidColour } from './geometryUtils';
import type { LightSpec } from './Lighting';
import { acesFilmic } from './toneMap';

const sat = (x: number) => Math.min(1, Math.max(0, x));

export type Uniforms = Record<string, { value: unknown }>;

/**
 * A self-lit part for the baked scene (a light's diffuser): indexed, RGBA colour as given (not lit,
 * not tone-mapped; sRGB-encoded, as bakeLighting's), no uv or normal, so it merges with baked
 * geometry. Disposes the input.
 */
export function emissive(geometry: BufferGeometry, colour: string): BufferGeometry {
  const g = indexed(geometry.clone());
  geometry.dispose();
  for (const name of ['uv', 'normal']) if (g.getAttribute(name)) g.deleteAttribute(name);
  const c = new Color(colour);
  c.convertLinearToSRGB();
  g.setAttribute('color', solidColour(g.getAttribute('position').count, c, 1));
  return g;
}

interface Prepared {
  ambient: Color;
  hemi: { sky: Color; ground: Color }[];
  dir: { dir: Vector3; color: Color }[];
  point: { pos: Vector3; color: Color; distance: number; decay: number }[];
}

function prepare(lights: readonly LightSpec[]): Prepared {
  const p: Prepared = { ambient: new Color(0, 0, 0), hemi: [], dir: [], point: [] };
  for (const l of lights) {
    if (l.kind === 'ambient') p.ambient.add(new Color(l.color).multiplyScalar(l.intensity));
    else if (l.kind === 'hemisphere')
      p.hemi.push({
        sky: new Color(l.sky).multiplyScalar(l.intensity),
        ground: new Color(l.ground).multiplyScalar(l.intensity),
      });
    else if (l.kind === 'directional')
      // A directional light shines from its position toward its target (the origin).
      p.dir.push({
        dir: new Vector3(...l.position).normalize(),
        color: new Color(l.color).multiplyScalar(l.intensity),
      });
    else
      p.point.push({
        pos: new Vector3(...l.position),
        color: new Color(l.color).multiplyScalar(l.intensity),
        distance: l.distance,
        decay: l.decay,
      });
  }
  return p;
}

/**
 * Replaces the geometry's colour attribute (albedo, linear RGB or RGBA) with lit RGBA colours,
 * tone-mapped and sRGB-encoded (outputColourMaterial draws them as they are).
 * Positions and normals must be in world space, or `offset` gives the world position of the
 * geometry's origin (a loose object placed by its mesh).
 */
export function bakeLighting(
  geometry: BufferGeometry,
  lights: readonly LightSpec[],
  offset: readonly [number, number, number] = [0, 0, 0],
): BufferGeometry {
  const L = prepare(lights);
  const pos = geometry.getAttribute('position');
  const nor = geometry.getAttribute('normal');
  const col = geometry.getAttribute('color');
  const n = pos.count;
  const out = new Float32Array(n * 4);
  const irr = new Color();
  const lit = new Color();
  const v = new Vector3();
  const nv = new Vector3();
  for (let i = 0; i < n; i++) {
    nv.set(nor.getX(i), nor.getY(i), nor.getZ(i)).normalize();
    irr.copy(L.ambient);
    for (const h of L.hemi) {
      const w = 0.5 * nv.y + 0.5; // three's hemisphere light points up (its default position)
      irr.r += h.ground.r + (h.sky.r - h.ground.r) * w;
      irr.g += h.ground.g + (h.sky.g - h.ground.g) * w;
      irr.b += h.ground.b + (h.sky.b - h.ground.b) * w;
    }
    for (const d of L.dir) {
      const k = sat(nv.dot(d.dir));
      irr.r += d.color.r * k;
      irr.g += d.color.g * k;
      irr.b += d.color.b * k;
    }
    if (L.point.length) {
      v.set(pos.getX(i) + offset[0], pos.getY(i) + offset[1], pos.getZ(i) + offset[2]);
      for (const p of L.point) {
        const dx = p.pos.x - v.x;
        const dy = p.pos.y - v.y;
        const dz = p.pos.z - v.z;
        const dist = Math.hypot(dx, dy, dz);
        const k = dist > 0 ? sat((nv.x * dx + nv.y * dy + nv.z * dz) / dist) : 0;
        // three's getDistanceAttenuation (physically based lights)
        let falloff = 1 / Math.max(Math.pow(dist, p.decay), 0.01);
        if (p.distance > 0) falloff *= sat(1 - (dist / p.distance) ** 4) ** 2;
        irr.r += p.color.r * k * falloff;
        irr.g += p.color.g * k * falloff;
        irr.b += p.color.b * k * falloff;
      }
    }
    const a = col.itemSize === 4 ? col.getW(i) : 1;
    lit.r = (col.getX(i) * irr.r) / Math.PI;
    lit.g = (col.getY(i) * irr.g) / Math.PI;
    lit.b = (col.getZ(i) * irr.b) / Math.PI;
    acesFilmic(lit);
    lit.convertLinearToSRGB(); // three's output encoding, as colorspace_fragment would apply it
    out[i * 4] = lit.r;
    out[i * 4 + 1] = lit.g;
    out[i * 4 + 2] = lit.b;
    out[i * 4 + 3] = a;
  }
  geometry.setAttribute('color', new BufferAttribute(out, 4));
  return geometry;
}

/** The most directional and point lights a figure is lit by (a mood's rig has one of each at most). */
export const MAX_DIR = 2;
export const MAX_POINT = 2;

/**
 * GLSL `vec3 rgLight(vec3 n, vec3 p)`: the irradiance / π at world position p with world normal n
 * from the lights in the rg* uniforms (figureLightUniforms): the same sums as bakeLighting (three's
 * Lambert), so a figure is lit as the room is baked, without any light in the scene: three then has
 * no lights to set up, transform to view space or upload each frame.
 */
export const LIGHT_GLSL = `vec3 rgLight(vec3 n, vec3 p) {
  vec3 irr = rgAmbient + mix(rgGround, rgSky, 0.5 * n.y + 0.5);
  for (int i = 0; i < ${MAX_DIR}; i++) {
    if (i >= rgDirs) break;
    irr += rgDirColor[i] * clamp(dot(n, rgDirDir[i]), 0.0, 1.0);
  }
  for (int i = 0; i < ${MAX_POINT}; i++) {
    if (i >= rgPoints) break;
    vec3 d = rgPointPos[i] - p;
    float dist = length(d);
    float k = dist > 0.0 ? clamp(dot(n, d) / dist, 0.0, 1.0) : 0.0;
    float falloff = 1.0 / max(pow(dist, rgPointFall[i].x), 0.01);
    if (rgPointFall[i].y > 0.0) falloff *= pow(clamp(1.0 - pow(dist / rgPointFall[i].y, 4.0), 0.0, 1.0), 2.0);
    irr += rgPointColor[i] * k * falloff;
  }
  return irr * RECIPROCAL_PI;
}`;

/** The uniforms that light a figure by `lights` in the scene's program (LIGHT_GLSL). */
export function figureLightUniforms(lights: readonly LightSpec[]): Uniforms {
  const L = prepare(lights);
  if (L.dir.length > MAX_DIR || L.point.length > MAX_POINT)
    throw new Error(`a figure is lit by at most ${MAX_DIR} directional and ${MAX_POINT} point lights`);
  const sky = new Color(0, 0, 0);
  const ground = new Color(0, 0, 0);
  // Hemisphere lights add up: Σ mix(ground, sky, w) = mix(Σ ground, Σ sky, w).
  for (const h of L.hemi) {
    sky.add(h.sky);
    ground.add(h.ground);
  }
  const arr = <T>(n: number, items: T[], put: (t: T, out: Float32Array, i: number) => void, size = 3) => {
    const out = new Float32Array(n * size);
    items.forEach((t, i) => put(t, out, i * size));
    return out;
  };
  return {
    rgFigure: { value: 1 },
    rgAmbient: { value: L.ambient },
    rgSky: { value: sky },
    rgGround: { value: ground },
    rgDirs: { value: L.dir.length },
    rgDirDir: { value: arr(MAX_DIR, L.dir, (d, o, i) => d.dir.toArray(o, i)) },
    rgDirColor: { value: arr(MAX_DIR, L.dir, (d, o, i) => d.color.toArray(o, i)) },
    rgPoints: { value: L.point.length },
    rgPointPos: { value: arr(MAX_POINT, L.point, (p, o, i) => p.pos.toArray(o, i)) },
    rgPointColor: { value: arr(MAX_POINT, L.point, (p, o, i) => p.color.toArray(o, i)) },
    rgPointFall: {
      value: arr(MAX_POINT, L.point, (p, o, i) => ((o[i] = p.decay), (o[i + 1] = p.distance)), 2),
    },
  };
}
