/**
 * What exists only while presenting: the XROrigin at the trainee's start (floor at the real floor,
 * 1:1), teleport on the room's floor and snap turn for small rooms, the seated height offset, the
 * comfort vignette, the headset driver and the in-world panels.
 */
import { useFrame } from '@react-three/fiber';
import { TeleportTarget, useXRControllerLocomotion, XROrigin } from '@react-three/xr';
import { useMemo, useRef, useState } from 'react';
import { BackSide, type Group, type Mesh, type MeshBasicMaterial, type Vector3 } from 'three';
import { STANDING_EYE_HEIGHT } from '../../sim';
import { XrInput } from '../../input/xr';
import type { Scenario } from '../../scenario';
import { Lighting } from '../../scene';
import { useSettings } from '../../ui';
import type { RunDrive } from '../run/DesktopDriver';
import { useComfort, XR_ORIGIN_NAME, XrPanels, type XrPanelsProps } from '../../ui/xr';
import { XrDriver } from './XrDriver';

export interface XrWorldProps
  extends Omit<XrPanelsProps, 'input' | 'briefing' | 'onStart' | 'sim'>, RunDrive {
  scenario: Scenario;
  /** Entered from the briefing: show the briefing panel first and hold the sim until Start. */
  fromBriefing: boolean;
  onStarted: () => void;
}

const VIGNETTE_S = 0.35;

export function XrWorld(props: XrWorldProps) {
  const { scenario } = props;
  const start = scenario.setting.traineeStart;
  const comfort = useComfort();
  const { seatedHeight } = useSettings();
  const origin = useRef<Group>(null);
  const vignette = useRef<Mesh>(null);
  const fade = useRef(0);
  const [briefing, setBriefing] = useState(props.fromBriefing);
  const input = useMemo(() => new XrInput({ start }), [start]);
  const briefingRef = useRef(briefing);
  briefingRef.current = briefing;
  const pausedRef = props.pausedRef;
  const heldRef = useMemo(
    () => ({
      get current() {
        return pausedRef.current || briefingRef.current;
      },
    }),
    [pausedRef],
  );
  const lift = comfort.seated ? Math.max(0, STANDING_EYE_HEIGHT - seatedHeight) : 0;
  const yaw0 = (start.facingDeg * Math.PI) / 180 + Math.PI; // the reference space looks down -z

  const moved = () => {
    input.resetMotion();
    if (comfort.vignette) fade.current = VIGNETTE_S;
  };
  const teleport = (point: Vector3) => {
    const o = origin.current;
    if (!o) return;
    const [hx, hz] = input.signals.position;
    o.position.x += point.x - hx;
    o.position.z += point.z - hz;
    moved();
  };
  useXRControllerLocomotion(
    (_v, rotY) => {
      const o = origin.current;
      if (!o || rotY === 0) return;
      // Snap turn about the head, not the origin, so the trainee stays where they stand.
      const step = Math.sign(rotY) * ((comfort.snapDeg * Math.PI) / 180);
      const [hx, hz] = input.signals.position;
      const dx = o.position.x - hx;
      const dz = o.position.z - hz;
      const c = Math.cos(step);
      const s = Math.sin(step);
      o.position.x = hx + dx * c + dz * s;
      o.position.z = hz - dx * s + dz * c;
      o.rotation.y += step;
      moved();
    },
    false,
    { type: 'snap', degrees: comfort.snapDeg },
  );

  useFrame((_, delta) => {
    const v = vignette.current;
    if (!v) return;
    fade.current = Math.max(0, fade.current - delta);
    const [x, z] = input.signals.position;
    v.position.set(x, input.signals.headHeight, z);
    (v.material as MeshBasicMaterial).opacity = Math.min(0.85, (fade.current / VIGNETTE_S) * 1.2);
    v.visible = fade.current > 0;
  });

  const { width, depth } = scenario.setting;
  return (
    <>
      {/* The room and the patient carry their light (baked, or in their shader); the controllers'
          and hands' models are lit by the same rig. */}
      <Lighting mood={scenario.setting.lighting} height={scenario.setting.height} />
      <XROrigin
        ref={origin}
        name={XR_ORIGIN_NAME}
        position={[start.position[0], lift, start.position[1]]}
        rotation={[0, yaw0, 0]}
      />
      <TeleportTarget onTeleport={teleport}>
        <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, 0.002, 0]} visible={false}>
          <planeGeometry args={[Math.max(0.5, width - 0.6), Math.max(0.5, depth - 0.6)]} />
        </mesh>
      </TeleportTarget>
      <mesh ref={vignette} visible={false} renderOrder={20}>
        <sphereGeometry args={[0.25, 16, 12]} />
        <meshBasicMaterial color="black" side={BackSide} transparent depthTest={false} opacity={0} />
      </mesh>
      <XrDriver
        session={props.session}
        input={input}
        origin={origin}
        patientView={props.patientView}
        patientEye={scenario.patient.appearance.height * 0.93}
        pausedRef={heldRef}
        fixedTime={props.fixedTime}
        speed={props.speed}
        afterFrame={props.afterFrame}
      />
      <XrPanels
        {...props}
        sim={props.session.sim}
        input={input}
        briefing={briefing}
        onStart={() => (setBriefing(false), props.onStarted())}
      />
    </>
  );
}
