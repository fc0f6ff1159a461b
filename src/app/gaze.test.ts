import { Mesh, Object3D, type Intersection } from 'three';
import { describe, expect, it } from 'vitest';
import { gazeTargetOf } from './SimDriver';

const hit = (object: Object3D, distance: number) => ({ object, distance }) as Intersection;
function mesh(opts: { visible?: boolean; gaze?: string; parent?: Object3D } = {}) {
  const m = new Mesh();
  m.visible = opts.visible ?? true;
  if (opts.gaze) m.userData.gazeTarget = opts.gaze;
  opts.parent?.add(m);
  return m;
}

describe('gazeTargetOf', () => {
  it('takes an invisible gaze proxy as the target', () => {
    expect(gazeTargetOf([hit(mesh({ visible: false, gaze: 'patient.face' }), 2)])).toBe('patient.face');
  });
  it('walks up to a marked ancestor', () => {
    const root = new Object3D();
    root.userData.gazeTarget = 'coffee-cup';
    expect(gazeTargetOf([hit(mesh({ parent: root }), 1)])).toBe('coffee-cup');
  });
  it('a visible unmarked surface in front hides targets behind it', () => {
    expect(gazeTargetOf([hit(mesh(), 1), hit(mesh({ visible: false, gaze: 'main-exit' }), 3)])).toBeNull();
  });
  it('skips invisible unmarked helpers', () => {
    expect(gazeTargetOf([hit(mesh({ visible: false }), 1), hit(mesh({ gaze: 'x' }), 2)])).toBe('x');
  });
});
