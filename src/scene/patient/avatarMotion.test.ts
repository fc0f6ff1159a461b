import {
  BufferAttribute,
  BufferGeometry,
  Color,
  Matrix4,
  Raycaster,
  ShaderLib,
  SkinnedMesh,
  Vector3,
  type Material,
} from 'three';
import { describe, expect, it } from 'vitest';
import { buildAvatarRig } from './avatarRig';
import { BONE_ORDER } from './posedRig';
import { bakeLighting, LIGHT_GLSL } from '../render/bakedLight';
import { bakedMaterial, MAX_FIGURE_BONES, SCENE_PROGRAM } from '../render/sceneProgram';
import { acesFilmic, OUTPUT_GLSL } from '../render/toneMap';
import { lightRig } from '../render/Lighting';
import { GAZE_LAYER } from '../room/gaze';
import { createMotionState, updateAvatar } from './avatarMotion';
import { springJoints } from './poseHelpers';
import { createPatientView } from './patientView';
import { JOINT_NAMES, lowestSole } from './skeleton';

const appearance = { skin: '#d9a88c', hair: '#4a3526', top: '#5a7fa8', trousers: '#34404f', height: 1.75 };
type Rig = ReturnType<typeof buildAvatarRig>;
/** The joints' rotations, in JOINT_NAMES order. */
const rotations = (rig: Rig) =>
  JOINT_NAMES.flatMap((n) => Array.from(rig.pose.rotation.subarray(rig.index[n] * 3, rig.index[n] * 3 + 3)));
const rotationOf = (rig: Rig, n: keyof Rig['index'], axis: 0 | 1 | 2) =>
  rig.pose.rotation[rig.index[n] * 3 + axis]!;
/** The lower ankle's height above the floor, less the ankle's own height: the soles (the figure stands at y 0). */
const soleY = (rig: Rig) =>
  Math.min(rig.pose.frame[rig.index.footL * 12 + 10]!, rig.pose.frame[rig.index.footR * 12 + 10]!) -
  rig.dims.ankle;

describe('avatar rig and motion', () => {
  it('is one mesh over a named hierarchy hips → spine → chest → neck → head', () => {
    const rig = buildAvatarRig(appearance);
    const parentOf = (n: keyof Rig['index']) => BONE_ORDER[rig.pose.parent[rig.index[n]]!];
    expect(parentOf('head')).toBe('neck');
    expect(parentOf('neck')).toBe('chest');
    expect(parentOf('chest')).toBe('spine');
    expect(parentOf('spine')).toBe('hips');
    expect(parentOf('handL')).toBe('forearmL');
    expect(parentOf('upperArmL')).toBe('shoulderL');
    expect(parentOf('footR')).toBe('shinR');
    expect(parentOf('shinR')).toBe('thighR');
    expect(parentOf('jaw')).toBe('head');
    expect(rig.pose.parent[rig.index.hips]).toBe(-1);
    expect(rig.pose.count).toBe(BONE_ORDER.length);
    expect(rig.pose.count).toBeGreaterThanOrEqual(JOINT_NAMES.length);
    // In the scene graph: the mesh, and the bones things hang from, by name.
    expect(rig.root.getObjectByName('handR')).toBe(rig.bones.handR);
    expect(rig.root.getObjectByName('forearmR')).toBeUndefined();
    let objects = 0;
    rig.root.traverse(() => objects++);
    expect(objects).toBeLessThan(10);
    rig.dispose();
  });

  it('tags the head and hands for gaze, and a ray at the face finds patient.face', () => {
    const rig = buildAvatarRig(appearance);
    const view = createPatientView({ pose: 'standing', traineeHead: [0, 1.65, 2.5] });
    updateAvatar(rig, createMotionState(), view, 0);
    rig.root.updateMatrixWorld(true);
    expect(rig.bones.head.userData.gazeTarget).toBe('patient.face');
    expect(rig.bones.handL.userData.gazeTarget).toBe('patient.hands');
    const face = rig.bones.head.getWorldPosition(new Vector3()).add(new Vector3(0, 0.1, 0));
    const origin = new Vector3(0, 1.65, 2.5);
    const ray = new Raycaster(origin, face.clone().sub(origin).normalize());
    expect(ray.intersectObject(rig.root, true)).toHaveLength(0); // proxies are on the gaze layer only
    ray.layers.set(GAZE_LAYER);
    const hits = ray.intersectObject(rig.root, true);
    expect(hits[0]?.object.userData.gazeTarget).toBe('patient.face');
    rig.dispose();
  });

  it('keeps the soles on the floor through a sitting → standing → pacing transition', () => {
    const rig = buildAvatarRig(appearance);
    const st = createMotionState();
    const view = createPatientView({ pose: 'sitting' });
    let prev: number[] | null = null;
    for (let frame = 0; frame < 360; frame++) {
      view.t = frame / 60;
      if (frame === 60) view.pose = 'standing';
      if (frame === 180) view.pose = 'pacing';
      updateAvatar(rig, st, view, 1 / 60);
      expect(Math.abs(soleY(rig))).toBeLessThan(0.02);
      // The hips stand as high as the legs reach down (skeleton.ts's forward kinematics).
      expect(rig.pose.frame[rig.index.hips * 12 + 10]).toBeCloseTo(-lowestSole(st.joints, rig.dims), 9);
      const now = rotations(rig);
      if (prev) expect(Math.max(...now.map((x, i) => Math.abs(x - prev![i]!)))).toBeLessThan(0.1); // no popping
      prev = now;
    }
    rig.dispose();
  });

  it('turns the head toward the trainee but never past 70° of neck yaw', () => {
    const rig = buildAvatarRig(appearance);
    const st = createMotionState();
    const view = createPatientView({ pose: 'standing', traineeHead: [2.5, 1.65, 0.01] });
    for (let f = 0; f < 120; f++) updateAvatar(rig, st, view, 1 / 60);
    const side = rotationOf(rig, 'neck', 1) + rotationOf(rig, 'head', 1);
    expect(side).toBeGreaterThan(0.8);
    view.traineeHead = [0, 1.65, -2.5]; // behind the patient
    for (let f = 0; f < 120; f++) updateAvatar(rig, st, view, 1 / 60);
    expect(Math.abs(rotationOf(rig, 'neck', 1) + rotationOf(rig, 'head', 1))).toBeLessThanOrEqual(
      (70 * Math.PI) / 180 + 0.15,
    );
    rig.dispose();
  });

  it('opens the mouth while speaking and breathes faster when aroused', () => {
    const rig = buildAvatarRig(appearance);
    const st = createMotionState();
    const view = createPatientView({ speaking: true, arousal: 0.5 });
    const jaws: number[] = [];
    for (let f = 0; f < 60; f++) {
      view.t = f / 60;
      updateAvatar(rig, st, view, 1 / 60);
      jaws.push(rotationOf(rig, 'jaw', 0));
    }
    expect(Math.max(...jaws)).toBeGreaterThan(0.08);
    const cycles = (arousal: number) => {
      const s = createMotionState();
      const w = createPatientView({ arousal });
      let crossings = 0;
      let last = 1;
      for (let f = 0; f <= 60 * 20; f++) {
        w.t = f / 60;
        updateAvatar(rig, s, w, 1 / 60);
        const z = rig.pose.scale[rig.index.breath * 3 + 2]! - 1;
        if (last <= 0 && z > 0) crossings++;
        last = z;
      }
      return crossings * 3; // breaths per minute over 20 s
    };
    expect(cycles(0)).toBeGreaterThanOrEqual(9);
    expect(cycles(0)).toBeLessThanOrEqual(15);
    expect(cycles(1)).toBeGreaterThanOrEqual(27);
    rig.dispose();
  });

  it('skins rigidly from a uniform array that is the pose’s own matrices (no skeleton, no bone texture)', () => {
    const rig = buildAvatarRig(appearance);
    expect(rig.mesh).not.toBeInstanceOf(SkinnedMesh);
    const material = rig.mesh.material as Material;
    const shader = {
      uniforms: {} as Record<string, { value: unknown }>,
      vertexShader: ShaderLib.basic.vertexShader,
      fragmentShader: ShaderLib.basic.fragmentShader,
    };
    material.onBeforeCompile(shader as never, undefined as never);
    expect(shader.uniforms.rgBones!.value).toBe(rig.pose.skin);
    // The scene's program has room for MAX_FIGURE_BONES; the figure's pose fills the first ones.
    expect(shader.vertexShader).toContain(`uniform mat4 rgBones[${MAX_FIGURE_BONES}];`);
    expect(rig.pose.count).toBeLessThanOrEqual(MAX_FIGURE_BONES);
    expect(shader.vertexShader).toContain('rgBones[int(boneIndex)]');
    expect(shader.vertexShader).not.toContain('boneTexture');
    expect(MAX_FIGURE_BONES * 4).toBeLessThanOrEqual(200); // leaves room within WebGL 2's 256 vectors
    // One bone a vertex, each a bone of the rig.
    const bone = rig.mesh.geometry.getAttribute('boneIndex');
    expect(bone.itemSize).toBe(1);
    const used = new Set(Array.from(bone.array as Uint8Array));
    expect(Math.max(...used)).toBeLessThan(rig.pose.count);
    expect(used.size).toBeGreaterThan(JOINT_NAMES.length);
    rig.dispose();
  });

  it('hangs the gaze proxies from bones that follow the pose as the renderer updates the scene', () => {
    const rig = buildAvatarRig(appearance);
    const view = createPatientView({ pose: 'pointing', patientPosition: [1.5, -2], patientFacing: 2 });
    const st = createMotionState();
    for (let f = 0; f < 90; f++) {
      view.t = f / 60;
      updateAvatar(rig, st, view, 1 / 60);
    }
    rig.root.updateMatrixWorld(); // as the renderer does before drawing
    const i = rig.index.handR;
    // The pose's skinning matrix of the hand takes its rest position to where the bone now is.
    const rest = new Vector3();
    rest.fromArray(rig.pose.rest, i * 3);
    const skinned = rest.clone().applyMatrix4(new Matrix4().fromArray(rig.pose.skin, i * 16));
    const world = rig.bones.handR.getWorldPosition(new Vector3());
    expect(skinned.applyMatrix4(rig.root.matrixWorld).distanceTo(world)).toBeLessThan(1e-6);
    const proxy = rig.bones.handR.children.find((c) => c.userData.gazeTarget === 'patient.hands')!;
    expect(proxy.getWorldPosition(new Vector3()).distanceTo(world)).toBeLessThan(1e-6);
    // Near where the view puts the patient, at hand height.
    expect(Math.hypot(world.x - 1.5, world.z + 2)).toBeLessThan(1);
    expect(world.y).toBeGreaterThan(0.6);
    rig.dispose();
  });

  it('lights the figure per vertex in the room’s own program, from the room’s lights (none in the scene)', () => {
    const warm = lightRig('warm', 2.7);
    const rig = buildAvatarRig(appearance, { lights: warm });
    const material = rig.mesh.material as Material;
    const compile = (m: Material) => {
      const shader = {
        uniforms: {} as Record<string, { value: unknown }>,
        vertexShader: ShaderLib.basic.vertexShader,
        fragmentShader: ShaderLib.basic.fragmentShader,
      };
      m.onBeforeCompile(shader as never, undefined as never);
      return shader;
    };
    const shader = compile(material);
    expect(material.type).toBe('MeshBasicMaterial');
    // Every include the patch hooks onto is there, so the figure is skinned and lit.
    expect(shader.vertexShader).toContain(LIGHT_GLSL);
    expect(shader.vertexShader).toContain(OUTPUT_GLSL);
    // The vertex's colour is lit, tone-mapped and encoded where three has already set it from the
    // colour attribute; the fragment shader draws it as it is (no tone mapping, no encoding).
    expect(shader.vertexShader).toMatch(
      /if \(rgFigure > 0\.5\) \{\n {2}mat4 rgBone = rgBones\[int\(boneIndex\)\];\n {2}transformed = .*\n {2}vColor\.rgb = rgOutput\(vColor\.rgb \* rgLight\(/,
    );
    expect(shader.vertexShader.indexOf('#include <color_vertex>')).toBeGreaterThan(-1);
    expect(shader.vertexShader.indexOf('#include <color_vertex>')).toBeLessThan(
      shader.vertexShader.indexOf('vColor.rgb = rgOutput'),
    );
    expect(ShaderLib.basic.fragmentShader).toContain('#include <colorspace_fragment>');
    expect(shader.fragmentShader).not.toContain('#include <colorspace_fragment>');
    expect(material.toneMapped).toBe(false);
    expect(shader.uniforms.rgFigure?.value).toBe(1);
    expect(shader.uniforms.rgBones?.value).toBe(rig.pose.skin);

    // The room's material compiles to the very same program (one shader before the first frame):
    // the same source and key, the same program parameters (no blending, RGBA colours, no
    // `normal`), only its uniforms differ: it is not a figure.
    const room = compile(bakedMaterial);
    expect(room.vertexShader).toBe(shader.vertexShader);
    expect(room.fragmentShader).toBe(shader.fragmentShader);
    expect(room.uniforms.rgFigure?.value).toBe(0);
    expect(room.uniforms.rgBones).toBeUndefined();
    expect(material.customProgramCacheKey()).toBe(SCENE_PROGRAM);
    expect(bakedMaterial.customProgramCacheKey()).toBe(SCENE_PROGRAM);
    expect(material.blending).toBe(bakedMaterial.blending);
    expect(material.transparent).toBe(false);
    const body = rig.mesh.geometry;
    expect(body.getAttribute('color').itemSize).toBe(4);
    expect(body.getAttribute('normal')).toBeUndefined();
    expect(body.getAttribute('rgNormal').itemSize).toBe(3);

    // The lights' uniforms give what the room is baked with: LIGHT_GLSL's sums, evaluated here for
    // a few normals and places, against bakeLighting on the same vertex (three's Lambert, then
    // ACES and sRGB as rgOutput does). Warm has a point light with a range, dim none.
    for (const lights of [warm, lightRig('dim', 2.7), lightRig('fluorescent', 2.7)]) {
      const u = Object.fromEntries(
        Object.entries(
          compile(buildAvatarRig(appearance, { lights }).mesh.material as Material).uniforms,
        ).map(([k, v]) => [k, v.value]),
      ) as {
        rgAmbient: Color;
        rgSky: Color;
        rgGround: Color;
        rgDirs: number;
        rgDirDir: Float32Array;
        rgDirColor: Float32Array;
        rgPoints: number;
        rgPointPos: Float32Array;
        rgPointColor: Float32Array;
        rgPointFall: Float32Array;
      };
      for (const [n, p] of [
        [new Vector3(0, 1, 0), new Vector3(0.3, 1.6, 0.2)],
        [new Vector3(0.6, -0.2, 0.77).normalize(), new Vector3(-1, 0.4, 1.5)],
        [new Vector3(-1, 0, 0), new Vector3(2, 1, -1)],
      ] as const) {
        const albedo = new Color(0.6, 0.45, 0.3);
        const g = new BufferGeometry();
        g.setAttribute('position', new BufferAttribute(new Float32Array(p.toArray()), 3));
        g.setAttribute('normal', new BufferAttribute(new Float32Array(n.toArray()), 3));
        g.setAttribute('color', new BufferAttribute(new Float32Array(albedo.toArray()), 3));
        const baked = bakeLighting(g, lights).getAttribute('color');
        // LIGHT_GLSL, line by line, on the uniforms' values.
        const w = 0.5 * n.y + 0.5;
        const irr = [0, 1, 2].map(
          (c) => u.rgAmbient.toArray()[c]! + u.rgGround.toArray()[c]! * (1 - w) + u.rgSky.toArray()[c]! * w,
        );
        for (let i = 0; i < u.rgDirs; i++) {
          const d = new Vector3().fromArray(u.rgDirDir, i * 3);
          const k = Math.min(1, Math.max(0, n.dot(d)));
          for (let c = 0; c < 3; c++) irr[c]! += u.rgDirColor[i * 3 + c]! * k;
        }
        for (let i = 0; i < u.rgPoints; i++) {
          const d = new Vector3().fromArray(u.rgPointPos, i * 3).sub(p);
          const dist = d.length();
          const k = dist > 0 ? Math.min(1, Math.max(0, n.dot(d) / dist)) : 0;
          const [decay, range] = [u.rgPointFall[i * 2]!, u.rgPointFall[i * 2 + 1]!];
          let falloff = 1 / Math.max(dist ** decay, 0.01);
          if (range > 0) falloff *= Math.min(1, Math.max(0, 1 - (dist / range) ** 4)) ** 2;
          for (let c = 0; c < 3; c++) irr[c]! += u.rgPointColor[i * 3 + c]! * k * falloff;
        }
        const lit = new Color(
          (albedo.r * irr[0]!) / Math.PI,
          (albedo.g * irr[1]!) / Math.PI,
          (albedo.b * irr[2]!) / Math.PI,
        );
        acesFilmic(lit);
        lit.convertLinearToSRGB();
        expect(lit.r).toBeCloseTo(baked.getX(0), 5);
        expect(lit.g).toBeCloseTo(baked.getY(0), 5);
        expect(lit.b).toBeCloseTo(baked.getZ(0), 5);
      }
      expect(u.rgPoints).toBe(lights === warm ? 1 : 0);
    }
    // A different mood is the same program with other uniforms.
    const other = buildAvatarRig(appearance, { lights: lightRig('dim', 2.7) });
    expect(other.mesh.material).not.toBe(material);
    expect((other.mesh.material as Material).customProgramCacheKey()).toBe(material.customProgramCacheKey());
    rig.dispose();
    other.dispose();
  });

  it('follows a pose target evaluated 30 times a second as closely as one evaluated every frame', () => {
    const run = (targetStep: number) => {
      const rig = buildAvatarRig(appearance);
      const st = createMotionState();
      // Pacing with sharp jerks, the trainee off to one side: the look is added every frame.
      const view = createPatientView({ pose: 'pacing', cues: ['irritable'], traineeHead: [2, 1.65, 1.2] });
      view.arousal = 0.8;
      const out: number[][] = [];
      for (let frame = 0; frame <= 300; frame++) {
        view.t = frame / 60;
        if (frame === 150) view.pose = 'pointing';
        updateAvatar(rig, st, view, 1 / 60, false, targetStep);
        rig.root.updateMatrixWorld(true);
        out.push(rotations(rig));
      }
      rig.dispose();
      return out;
    };
    const every = run(0);
    const sampled = run(1 / 30);
    let worst = 0;
    every.forEach((f, i) => f.forEach((x, k) => (worst = Math.max(worst, Math.abs(x - sampled[i]![k]!)))));
    // Under 2° at worst (0.025 rad, a forearm in the sharpest of the irritable jerks, which rises in 0.1 s).
    expect(worst).toBeLessThan(0.035);
    // The look is not added onto itself between evaluations: the head ends where it would.
    const head = JOINT_NAMES.indexOf('head') * 3 + 1;
    expect(Math.abs(sampled[300]![head]! - every[300]![head]!)).toBeLessThan(0.005);
  });

  it('lets joints that reached their target rest there, and moves them again when it changes', () => {
    const current: [number, number, number][] = [
      [0, 0, 0],
      [0.5, 0, 0],
    ];
    const velocity: [number, number, number][] = [
      [0, 0, 0],
      [0, 0, 0],
    ];
    const target: [number, number, number][] = [
      [0, 0, 0],
      [0, 0.2, 0],
    ];
    const moved = new Uint8Array(2).fill(1);
    let frames = 0;
    while (moved[1] !== 0 && frames < 600) {
      springJoints(current, velocity, target, 0.22, 1 / 60, moved);
      frames++;
      if (frames === 1) expect([...moved]).toEqual([0, 1]); // the first joint is on its target already
    }
    expect(frames).toBeLessThan(180); // settles within 3 s
    expect(current[1]).toEqual([0, 0.2, 0]); // put exactly on its target, at rest
    expect(velocity[1]).toEqual([0, 0, 0]);
    target[1]![0] = 0.3;
    springJoints(current, velocity, target, 0.22, 1 / 60, moved);
    expect(moved[1]).toBe(1);
    expect(current[1]![0]).toBeGreaterThan(0);

    // A seated figure: once settled, its legs rest and its feet stay on the floor.
    const rig = buildAvatarRig(appearance);
    const st = createMotionState();
    const view = createPatientView({ pose: 'sitting' });
    for (let frame = 0; frame < 600; frame++) {
      view.t = frame / 60;
      updateAvatar(rig, st, view, 1 / 60);
    }
    const legs = ['thighL', 'shinL', 'footL', 'thighR', 'shinR', 'footR'] as const;
    for (const n of legs) expect(st.lists!.moved[JOINT_NAMES.indexOf(n)]).toBe(0);
    expect(Math.abs(soleY(rig))).toBeLessThan(0.02);
    rig.dispose();
  });
});
