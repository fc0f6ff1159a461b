/**
 * Lighting baked into vertex colours for everything that never moves (the room, its furniture, the
 * standing colleague): drawn with one unlit material, the static scene costs the software
 * rasteriser of a headset-less PC almost nothing per pixel and compiles one small shader instead
 * of a physically based one (issue #3). The formula is three's Lambert (MeshLambertMaterial) for
 * the same lights the patient is lit by (Lighting.tsx): radiance = albedo / π · Σ irradiance, in
 * linear colour, then tone-mapped here with three's ACES Filmic (R3F's default, exposure 1) and
 * encoded to sRGB as three's output encoding would (the canvas and a headset's layer are both
 * sRGB): the vertex colours are the pixels' output, and the material's fragment shader only
 * interpolates them (no tone mapping, no per-pixel `pow` for the encoding, which cost the software
 * rasteriser over a quarter of the room's frame). Self-lit parts (the ceiling diffusers) share it
 * with their colour as given, encoded.
 * Flat faces under hemisphere, ambient and directional light come out exactly as per-pixel Lambert;
 * a point light is interpolated between vertices.
 */
import {
  BufferAttribute,
  Color,
  MeshBasicMaterial,
  NoBlending,
  Vector3,
  type BufferGeometry,
  type MeshBasicMaterialParameters,
} from 'three';
import { indexed, solidColour } from './geometryUtils';
import type { LightSpec } from './Lighting';

const sat = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The one material of the baked static scene: vertex colour (RGBA), no texture (a texture fetch for
 * every pixel of the room cost the software rasteriser a quarter of its frame rate).
 * No blending rather than three's default for an opaque material: the shader is then the same one
 * the blob shadows (the same vertex colours with their alpha, blended) are drawn with, so a run
 * compiles one program fewer before its first frame. The room's alpha is 1 everywhere, so nothing
 * shows through; three only marks a material "opaque" (a separate program) with normal blending.
 */
export const bakedMaterial = outputColourMaterial({ blending: NoBlending });

/**
 * An unlit material whose vertex colours (RGBA) are its pixels' output as they are: already
 * tone-mapped and sRGB-encoded (bakeLighting, emissive), so its fragment shader leaves out
 * three's output encoding. Every such material compiles to the same program. It suits a target
 * encoded in sRGB (the canvas, a headset's layer), not a linear render target.
 */
export function outputColourMaterial(
  params: Pick<MeshBasicMaterialParameters, 'blending' | 'transparent' | 'depthWrite'>,
): MeshBasicMaterial {
  const m = new MeshBasicMaterial({ vertexColors: true, toneMapped: false, ...params });
  m.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace('#include <colorspace_fragment>', '');
  };
  m.customProgramCacheKey = () => 'rolig-output-colour';
  return m;
}

/**
 * three's ACESFilmicToneMapping (tonemapping_pars_fragment) at exposure 1, in place on a linear
 * RGB triple: what a tone-mapped material's fragment shader would output for that colour.
 */
export function acesFilmic(c: { r: number; g: number; b: number }): void {
  const r = c.r / 0.6;
  const g = c.g / 0.6;
  const b = c.b / 0.6;
  // sRGB → XYZ → D65_2_D60 → AP1 → RRT_SAT (GLSL's column-major matrix, written here by rows)
  const fit = (v: number) => (v * (v + 0.0245786) - 0.000090537) / (v * (0.983729 * v + 0.432951) + 0.238081);
  const x = fit(0.59719 * r + 0.35458 * g + 0.04823 * b);
  const y = fit(0.076 * r + 0.90834 * g + 0.01566 * b);
  const z = fit(0.0284 * r + 0.13383 * g + 0.83777 * b);
  // ODT_SAT → XYZ → D60_2_D65 → sRGB, clamped
  c.r = sat(1.60475 * x - 0.53108 * y - 0.07367 * z);
  c.g = sat(-0.10208 * x + 1.10813 * y - 0.00605 * z);
  c.b = sat(-0.00327 * x - 0.07276 * y + 1.07602 * z);
}

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

/**
 * GLSL `vec3 rgOutput(vec3 c)`: a linear colour as a pixel's output, what acesFilmic then three's sRGB encoding
 * do to a baked colour (three's ACES Filmic at exposure 1, then its sRGB encoding).
 */
export const OUTPUT_GLSL = `vec3 rgOutput(vec3 c) {
  const mat3 acesIn = mat3(vec3(0.59719, 0.07600, 0.02840), vec3(0.35458, 0.90834, 0.13383), vec3(0.04823, 0.01566, 0.83777));
  const mat3 acesOut = mat3(vec3(1.60475, -0.10208, -0.00327), vec3(-0.53108, 1.10813, -0.07276), vec3(-0.07367, -0.00605, 1.07602));
  vec3 v = acesIn * (c / 0.6);
  v = (v * (v + 0.0245786) - 0.000090537) / (v * (0.983729 * v + 0.4329510) + 0.238081);
  v = clamp(acesOut * v, 0.0, 1.0);
  return mix(pow(v, vec3(0.41666)) * 1.055 - vec3(0.055), v * 12.92, vec3(lessThanEqual(v, vec3(0.0031308))));
}`;

const f = (x: number) => {
  const s = x.toPrecision(7);
  return s.includes('.') || s.includes('e') ? s : `${s}.0`;
};
const v3 = (a: number, b: number, c: number) => `vec3(${f(a)}, ${f(b)}, ${f(c)})`;
const rgb = (c: Color) => v3(c.r, c.g, c.b);

/**
 * GLSL for the same lights, per vertex, for what moves (the patient): `vec3 rgLight(vec3 n, vec3 p)`
 * returns the irradiance / π at world position p with world normal n, the lights written in as
 * constants. The same sums as bakeLighting (three's Lambert), so the figure is lit as the room is,
 * without any light in the scene: three then has no lights to set up, transform to view space or
 * upload each frame, and the figure's shader is the unlit one's plus a few lines.
 */
export function lightingGlsl(lights: readonly LightSpec[]): string {
  const L = prepare(lights);
  const lines = [`vec3 rgLight(vec3 n, vec3 p) {`, `  vec3 irr = ${rgb(L.ambient)};`];
  for (const h of L.hemi) lines.push(`  irr += mix(${rgb(h.ground)}, ${rgb(h.sky)}, 0.5 * n.y + 0.5);`);
  for (const d of L.dir)
    lines.push(`  irr += ${rgb(d.color)} * clamp(dot(n, ${v3(d.dir.x, d.dir.y, d.dir.z)}), 0.0, 1.0);`);
  for (const p of L.point) {
    lines.push(`  {`, `    vec3 d = ${v3(p.pos.x, p.pos.y, p.pos.z)} - p;`, `    float dist = length(d);`);
    lines.push(`    float k = dist > 0.0 ? clamp(dot(n, d) / dist, 0.0, 1.0) : 0.0;`);
    lines.push(`    float falloff = 1.0 / max(pow(dist, ${f(p.decay)}), 0.01);`);
    if (p.distance > 0)
      lines.push(`    falloff *= pow(clamp(1.0 - pow(dist / ${f(p.distance)}, 4.0), 0.0, 1.0), 2.0);`);
    lines.push(`    irr += ${rgb(p.color)} * k * falloff;`, `  }`);
  }
  lines.push(`  return irr * ${f(1 / Math.PI)};`, `}`);
  return lines.join('\n');
}
