/**
 * three's output path for a linear colour, written twice: in TypeScript for the colours baked into
 * the room (bakedLight.ts) and in GLSL for a figure lit in its vertex shader (sceneProgram.ts).
 * ACES Filmic tone mapping at exposure 1 (R3F's default), then the sRGB encoding of the canvas and
 * of a headset's layer. A test evaluates both on the same colours.
 */
const sat = (x: number) => Math.min(1, Math.max(0, x));

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
