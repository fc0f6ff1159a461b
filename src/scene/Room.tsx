/**
 * The scenario's setting: shell, furniture, exits with signs, loose objects, the colleague and the
 * lights. About five draw calls plus one per loose object. Exits, objects and the colleague carry
 * userData.gazeTarget = id for gaze raycasting (exits through an invisible box in the doorway).
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, type Group } from 'three';
import type { Setting } from '../scenario/schema';
import { Colleague } from './Colleague';
import { Lighting, PANEL_COLOUR } from './Lighting';
import { bakedMaterial } from './bakedLight';
import { buildRoom, getSignMaterial } from './roomModel';

export interface RoomProps {
  setting: Setting;
}

const exitBox = new BoxGeometry(1, 1, 1);

export function Room({ setting }: RoomProps) {
  const model = useMemo(() => buildRoom(setting), [setting]);
  useEffect(() => () => model.dispose(), [model]);
  const lookAt = setting.patientStart.position;
  const group = useRef<Group>(null);
  // The shell, light panels, signs and exit boxes never move: compute their matrices once and let
  // three skip them in every frame's matrix update (loose objects and the colleague stay live).
  useLayoutEffect(() => {
    for (const o of group.current?.children ?? []) {
      if (!/^(room|exit):/.test(o.name)) continue;
      o.updateMatrixWorld(true);
      o.matrixAutoUpdate = false;
      o.matrixWorldAutoUpdate = false;
    }
  }, [model]);
  return (
    <group name="room" ref={group}>
      <mesh name="room:shell" geometry={model.shell} material={bakedMaterial} />
      <mesh name="room:lights" geometry={model.panels}>
        <meshBasicMaterial color={PANEL_COLOUR[setting.lighting]} toneMapped={false} />
      </mesh>
      <mesh name="room:signs" geometry={model.signs} material={getSignMaterial()} />
      {model.exits.map((e) => (
        <mesh
          key={e.exit.id}
          name={`exit:${e.exit.id}`}
          geometry={exitBox}
          position={[e.x, e.height / 2, e.z]}
          rotation={[0, e.yaw, 0]}
          scale={[e.width, e.height, 0.3]}
          visible={false}
          userData={{ gazeTarget: e.exit.id, exitKind: e.exit.kind }}
        />
      ))}
      {model.objects.map((o) => (
        <mesh
          key={o.id}
          name={`object:${o.id}`}
          geometry={o.geometry}
          material={bakedMaterial}
          position={o.position}
          userData={{ gazeTarget: o.id }}
        />
      ))}
      {setting.colleague && (
        <Colleague
          colleague={setting.colleague}
          lookAt={lookAt}
          lighting={setting.lighting}
          roomHeight={setting.height}
        />
      )}
      <Lighting mood={setting.lighting} height={setting.height} />
    </group>
  );
}
