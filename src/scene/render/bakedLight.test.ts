import { BoxGeometry, Color, PlaneGeometry, ShaderLib } from 'three';
import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../scenario/testing';
import { buildAvatarRig } from '../patient/avatarRig';
import { bakeLighting, emissive } from './bakedLight';
import { bakedMaterial, outputColourMaterial } from './sceneProgram';
import { acesFilmic } from './toneMap';
import { solidColour } from './geometryUtils';
import { buildRoom } from '../room/roomModel';

describe('baked colours are the pixels’ output', () => {
  it('bakes a lit face as tone-mapped then encoded (the material adds neither)', () => {
    const plane = new PlaneGeometry(1, 1).rotateX(-Math.PI / 2); // facing up
    plane.setAttribute('color', solidColour(plane.getAttribute('position').count, '#808080'));
    bakeLighting(plane, [{ kind: 'ambient', color: '#ffffff', intensity: 2 }]);
    const albedo = new Color('#808080').r; // linear
    const v = (albedo * 2) / Math.PI;
    const lit = { r: v, g: v, b: v };
    acesFilmic(lit);
    const col = plane.getAttribute('color');
    expect(col.itemSize).toBe(4);
    for (let i = 0; i < col.count; i++) {
      expect(col.getX(i)).toBeCloseTo(toSrgbThree(lit.r), 5);
      expect(col.getW(i)).toBe(1);
    }
    // Encoded: brighter than the linear value (which the canvas would show too dark).
    expect(col.getX(0)).toBeGreaterThan(lit.r + 0.1);
  });

  it('shows a self-lit part in the colour it is given', () => {
    const g = emissive(new BoxGeometry(1, 1, 1), '#3c8a4e');
    const col = g.getAttribute('color');
    expect(g.index).not.toBeNull();
    expect([col.getX(0), col.getY(0), col.getZ(0)].map((v) => Math.round(v * 255))).toEqual([
      0x3c, 0x8a, 0x4e,
    ]);
  });

  it('draws them without three’s output encoding, room, blob shadows and figures in one program', () => {
    const shader = {
      uniforms: {},
      vertexShader: ShaderLib.basic.vertexShader,
      fragmentShader: ShaderLib.basic.fragmentShader,
    };
    bakedMaterial.onBeforeCompile(shader as never, undefined as never);
    expect(ShaderLib.basic.fragmentShader).toContain('#include <colorspace_fragment>');
    expect(shader.fragmentShader).not.toContain('#include <colorspace_fragment>');
    // Its vertex shader is the scene's (the figure's skinning and light, switched off by rgFigure).
    expect(shader.vertexShader).toContain('if (rgFigure > 0.5)');
    expect((shader.uniforms as Record<string, { value: unknown }>).rgFigure?.value).toBe(0);
    expect(bakedMaterial.toneMapped).toBe(false);
    const blob = outputColourMaterial({ transparent: true, depthWrite: false });
    expect(blob.customProgramCacheKey()).toBe(bakedMaterial.customProgramCacheKey());
  });
});

describe('indexed geometry', () => {
  const { scenario } = bundledScenarios().find((e) => e.scenario.id === 'ed-waiting-room')!;

  it('shares vertices between triangles in the room and the patient’s body', () => {
    const room = buildRoom(scenario.setting);
    const rig = buildAvatarRig(scenario.patient.appearance);
    for (const g of [room.shell, rig.mesh.geometry]) {
      expect(g.index).not.toBeNull();
      // Non-indexed, a triangle has three vertices of its own; shared, far fewer are transformed.
      expect(g.getAttribute('position').count).toBeLessThan(g.index!.count * 0.5);
    }
    // A loose object's vertices are still one range at the end of the shell, used by its triangles only.
    const { range } = room.objects[0]!;
    const index = room.shell.index!.array;
    let inRange = 0;
    for (let i = 0; i < index.length; i++)
      if (index[i]! >= range[0] && index[i]! < range[0] + range[1]) inRange++;
    expect(inRange).toBe(room.objects[0]!.geometry.index!.count);
    room.dispose();
    rig.dispose();
  });
});

/** three's sRGBTransferOETF, for one channel. */
function toSrgbThree(x: number): number {
  return new Color().setRGB(x, x, x).convertLinearToSRGB().r;
}
