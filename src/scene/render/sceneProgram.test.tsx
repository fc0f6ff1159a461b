import ReactThreeTestRenderer from '@react-three/test-renderer';
import { MeshBasicMaterial, NoBlending, NormalBlending, type Material, type Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { createPatientView } from '../patient/patientView';
import { SAMPLE_APPEARANCE, SAMPLE_SETTING } from '../sampleSetting';
import { SceneContents } from '../SceneContents';
import { SCENE_PROGRAM } from './sceneProgram';

describe("the scene's one program", () => {
  it('every mesh a run draws keeps its rules (sceneProgram.ts): one material kind, one cache key', async () => {
    const view = createPatientView({ pose: 'standing', patientPosition: [-0.5, -0.5] });
    const r = await ReactThreeTestRenderer.create(
      <SceneContents setting={SAMPLE_SETTING} appearance={SAMPLE_APPEARANCE} view={view} />,
    );
    await r.advanceFrames(2, 1 / 60);
    const drawn: { name: string; m: Material; mesh: Mesh }[] = [];
    r.scene.instance.traverseVisible((o) => {
      const mesh = o as Mesh;
      if (!mesh.isMesh) return;
      const m = mesh.material as Material;
      if (m.visible === false || (mesh.layers.mask & 1) === 0) return; // gaze proxies: never drawn
      drawn.push({ name: mesh.name || mesh.parent?.name || '?', m, mesh });
    });
    expect(drawn.length).toBeGreaterThanOrEqual(3); // the room, the patient, the blob shadows
    for (const { name, m, mesh } of drawn) {
      expect(m, name).toBeInstanceOf(MeshBasicMaterial);
      const basic = m as MeshBasicMaterial;
      expect(basic.customProgramCacheKey(), name).toBe(SCENE_PROGRAM);
      expect(basic.vertexColors, name).toBe(true);
      expect(basic.toneMapped, name).toBe(false);
      expect(basic.map, name).toBeNull();
      const blended = basic.blending === NormalBlending && basic.transparent;
      expect(basic.blending === NoBlending || blended, `${name}: NoBlending, or transparent`).toBe(true);
      expect(mesh.geometry.getAttribute('normal'), `${name} has normals`).toBeUndefined();
      expect(mesh.geometry.getAttribute('uv'), `${name} has uvs`).toBeUndefined();
      expect(mesh.geometry.getAttribute('color').itemSize, name).toBe(4);
    }
    await r.unmount();
  });
});
