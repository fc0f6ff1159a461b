/**
 * The scene's one shader program. Everything in a run is drawn by it: the baked room and its loose
 * objects, the blob shadows, and the figures (patient and colleague), so a run compiles one program
 * before its first frame instead of one per kind of material (on a software rasteriser each costs
 * seconds; on a headset, a hitch on entering the room). The rules that keep it one program, stated
 * here only:
 * - every material is three's unlit MeshBasicMaterial with vertex colours (RGBA) and no texture,
 *   `toneMapped: false` (colours are output as they are), made by outputColourMaterial or
 *   figureMaterial below, which patch the same shader and give it the same cache key
 *   (SCENE_PROGRAM);
 * - blending is NoBlending, or normal blending with `transparent` for the shadows: three marks an
 *   opaque material with normal blending as another program;
 * - a geometry carries no `normal` attribute (a figure's normals are `rgNormal`) and no uv: three
 *   compiles a geometry with normals or uvs to another program;
 * - a figure differs only in uniforms: rgFigure = 1, its bones (rgBones) and lights (bakedLight.ts's
 *   LIGHT_GLSL), lit, tone-mapped (toneMap.ts's OUTPUT_GLSL) and encoded in the vertex shader.
 * - draw order: the figures first (renderOrder -1), the room, the shadows last (renderOrder 1),
 *   so one frame switches program state once and the figure hides the wall behind it early.
 * sceneProgram.test.ts holds every material the scene makes to these rules; desktop.e2e.ts counts
 * the programs of a real run.
 */
import { MeshBasicMaterial, NoBlending, type MeshBasicMaterialParameters } from 'three';
import { figureLightUniforms, LIGHT_GLSL, MAX_DIR, MAX_POINT, type Uniforms } from './bakedLight';
import type { LightSpec } from './Lighting';
import { OUTPUT_GLSL } from './toneMap';

/** The most bones a figure drawn by the scene's program may have (its `rgBones` array). */
export const MAX_FIGURE_BONES = 32;
/** What the scene's program adds to three's unlit vertex shader, before main. */
const SCENE_PARS_GLSL = `attribute float boneIndex;
attribute vec3 rgNormal;
uniform float rgFigure;
uniform mat4 rgBones[${MAX_FIGURE_BONES}];
uniform vec3 rgAmbient;
uniform vec3 rgSky;
uniform vec3 rgGround;
uniform int rgDirs;
uniform vec3 rgDirDir[${MAX_DIR}];
uniform vec3 rgDirColor[${MAX_DIR}];
uniform int rgPoints;
uniform vec3 rgPointPos[${MAX_POINT}];
uniform vec3 rgPointColor[${MAX_POINT}];
uniform vec2 rgPointFall[${MAX_POINT}];
${LIGHT_GLSL}
${OUTPUT_GLSL}`;

/**
 * What it does to each vertex once three has read its position and colour: for a figure, skinned
 * rigidly by its one bone and lit, tone-mapped and encoded (as the room's colours were baked); for
 * everything else, nothing (its colours are baked).
 */
const SCENE_BEGIN_GLSL = `#include <begin_vertex>
if (rgFigure > 0.5) {
  mat4 rgBone = rgBones[int(boneIndex)];
  transformed = (rgBone * vec4(transformed, 1.0)).xyz;
  vColor.rgb = rgOutput(vColor.rgb * rgLight(normalize(mat3(modelMatrix) * (mat3(rgBone) * rgNormal)), (modelMatrix * vec4(transformed, 1.0)).xyz));
}`;

/** The scene's one program: three's unlit shader with SCENE_PARS_GLSL and SCENE_BEGIN_GLSL, drawing colours as they are. */
export const SCENE_PROGRAM = 'rolig-scene';

/**
 * Makes `material` (three's unlit, vertex colours RGBA, no blending or transparent) one of the
 * scene's program: every such material, figure or not, compiles to the same program (one shader
 * compiled before a run's first frame, not two), each with its own uniforms.
 */
function sceneProgram(material: MeshBasicMaterial, uniforms: () => Uniforms): void {
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms());
    shader.vertexShader = shader.vertexShader
      .replace('#include <skinning_pars_vertex>', SCENE_PARS_GLSL)
      .replace('#include <begin_vertex>', SCENE_BEGIN_GLSL);
    shader.fragmentShader = shader.fragmentShader.replace('#include <colorspace_fragment>', '');
  };
  material.customProgramCacheKey = () => SCENE_PROGRAM;
}

/** The room's material: vertex colours as they are, no texture, NoBlending (the rules above). */
export const bakedMaterial = outputColourMaterial({ blending: NoBlending });

/**
 * An unlit material whose vertex colours (RGBA) are its pixels' output as they are: already
 * tone-mapped and sRGB-encoded (bakeLighting, emissive), so its fragment shader leaves out
 * three's output encoding. Every such material compiles to the scene's one program (a figure's
 * too). It suits a target encoded in sRGB (the canvas, a headset's layer), not a linear render
 * target.
 */
export function outputColourMaterial(
  params: Pick<MeshBasicMaterialParameters, 'blending' | 'transparent' | 'depthWrite'>,
): MeshBasicMaterial {
  const m = new MeshBasicMaterial({ vertexColors: true, toneMapped: false, ...params });
  sceneProgram(m, () => ({ rgFigure: { value: 0 } }));
  return m;
}

/**
 * A figure's material: the scene's program, skinned by `skin` (RigPose.skin: a column-major mat4 a
 * bone, at most MAX_FIGURE_BONES) and lit by `lights`. Its geometry carries `boneIndex` (the one
 * bone a vertex moves with), `rgNormal` (not `normal`: three compiles a geometry with normals to
 * another program) and RGBA colours.
 */
export function figureMaterial(skin: Float32Array, lights: readonly LightSpec[]): MeshBasicMaterial {
  if (skin.length > MAX_FIGURE_BONES * 16) throw new Error(`a figure has at most ${MAX_FIGURE_BONES} bones`);
  const m = new MeshBasicMaterial({ vertexColors: true, toneMapped: false, blending: NoBlending });
  const light = figureLightUniforms(lights);
  sceneProgram(m, () => ({ ...light, rgBones: { value: skin } }));
  return m;
}
