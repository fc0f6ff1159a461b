/**
 * Lighting baked into vertex colours for everything that never moves (the room, its furniture, the
 * standing colleague): drawn with one unlit material, the static scene costs the software
 * rasteriser of a headset-less PC almost nothing per pixel and compiles one small shader instead
 * of a physically based one (issue #3). The formula is three's Lambert (MeshLambertMaterial) for
 * the same lights the patient is lit by (Lighting.tsx): radiance = albedo / π · Σ irradiance, in
 * linear colour; the renderer's tone mapping and output encoding then apply as for lit materials.
 * Flat faces under hemisphere, ambient and directional light come out exactly as per-pixel Lambert;
 * a point light is interpolated between vertices.
 */
import { BufferAttribute, Color, MeshBasicMaterial, Vector3, type BufferGeometry } from 'three';
import type { LightSpec } from './Lighting';

/**
 * The one material of the baked static scene. The colour attribute is RGBA, so the blob shadows
 * (vertex colours with alpha) share its shader program.
 */
export const bakedMaterial = new MeshBasicMaterial({ vertexColors: true });

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

const sat = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Replaces the geometry's colour attribute (albedo, linear RGB or RGBA) with lit RGBA colours.
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
    out[i * 4] = (col.getX(i) * irr.r) / Math.PI;
    out[i * 4 + 1] = (col.getY(i) * irr.g) / Math.PI;
    out[i * 4 + 2] = (col.getZ(i) * irr.b) / Math.PI;
    out[i * 4 + 3] = a;
  }
  geometry.setAttribute('color', new BufferAttribute(out, 4));
  return geometry;
}
