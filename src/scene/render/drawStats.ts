/**
 * Counts what a scene graph costs to draw without a GPU: one draw call per visible mesh (per
 * material group when a mesh has several materials), triangles from the index or vertex count times
 * instances. Shadow passes are not counted (the scene uses none). In a browser, compare with
 * renderer.info.render after a frame.
 */
import { InstancedMesh, Mesh, type Object3D } from 'three';

export interface DrawStats {
  drawCalls: number;
  triangles: number;
  meshes: number;
}

export function drawStats(root: Object3D): DrawStats {
  const stats: DrawStats = { drawCalls: 0, triangles: 0, meshes: 0 };
  root.traverseVisible((o) => {
    if (!(o instanceof Mesh)) return;
    const mesh = o as Mesh;
    const materials = Array.isArray(mesh.material) ? mesh.material : [mesh.material];
    if (materials.every((m) => !m || m.visible === false)) return;
    const g = mesh.geometry;
    const count = g.index ? g.index.count : (g.getAttribute('position')?.count ?? 0);
    const instances = mesh instanceof InstancedMesh ? mesh.count : 1;
    stats.meshes += 1;
    stats.drawCalls += Array.isArray(mesh.material) ? Math.max(1, g.groups.length) : 1;
    stats.triangles += Math.floor(count / 3) * instances;
  });
  return stats;
}
