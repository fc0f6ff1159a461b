/**
 * The run's canvas: the room and the patient, the frame loop that drives them (the desktop's, or
 * the headset's inside the XR layer), the audio listener, and <XR> once VR is wanted.
 */
import { Canvas } from '@react-three/fiber';
import { memo, Suspense, useMemo, type ReactNode, type RefObject } from 'react';
import { AudioFollower, type AudioEngine } from '../../audio';
import type { DesktopInput } from '../../input/desktop';
import type { Scenario } from '../../scenario';
import { SceneContents } from '../../scene';
import type { SceneData } from '../../scene/pack';
import type { CaptionStore } from '../../session';
import { useCaptionText } from '../../ui';
import type { XrRunLayerProps } from '../xr/XrRunLayer';
import type { XrRun } from '../xr/useXrRun';
import { ExposeScene } from './debug';
import { DesktopDriver, type RunDrive } from './DesktopDriver';
import { STANDING_EYE_HEIGHT } from '../../sim';

/** The scene and the frame loops re-render only when their own props change, not with the HUD. */
const SceneMemo = memo(SceneContents);
const DesktopDriverMemo = memo(DesktopDriver);
const AudioMemo = memo(AudioFollower);

const NO_RESIZE_DEBOUNCE = { scroll: false, debounce: 0 } as const;

/** The headset's layer, subscribed to the captions itself (its panel shows them). */
function CaptionedXrLayer({
  layer: Layer,
  captions,
  ...props
}: Omit<XrRunLayerProps, 'caption' | 'own'> & {
  layer: (p: XrRunLayerProps) => ReactNode;
  captions: CaptionStore;
}) {
  const { caption, own } = useCaptionText(captions);
  return <Layer {...props} caption={caption} own={own} />;
}

export type XrLayerProps = Omit<XrRunLayerProps, 'caption' | 'own' | 'xr' | 'store' | keyof RunDrive>;

export interface RunCanvasProps {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  scenario: Scenario;
  drive: RunDrive;
  input: DesktopInput;
  /** The packed scene (undefined: not here yet). */
  prepared: SceneData | null | undefined;
  /** A SAGAT freeze hides the scene (in VR a neutral room takes its place). */
  hidden: boolean;
  audio: { current: AudioEngine | null };
  xr: XrRun;
  xrLayer: { XrRunLayer: (p: XrRunLayerProps) => ReactNode } | null;
  xrProps: XrLayerProps;
  debug: boolean;
  label: string;
  onClick: () => void;
}

export function RunCanvas(p: RunCanvasProps) {
  const { scenario, drive, prepared, xr } = p;
  const start = scenario.setting.traineeStart;
  // The canvas's options, made once: the HUD's state changes often, and each change renders the run
  // screen; the canvas and the scene in it are left alone.
  const canvasProps = useMemo(
    () => ({
      dpr: drive.fixedTime ? 1 : ([1, 2] as [number, number]),
      camera: {
        fov: 70,
        near: 0.05,
        far: 60,
        position: [start.position[0], STANDING_EYE_HEIGHT, start.position[1]] as const,
      },
      gl: { antialias: false, preserveDrawingBuffer: drive.fixedTime },
    }),
    [drive.fixedTime, start],
  );
  return (
    <Canvas
      ref={p.canvasRef}
      dpr={canvasProps.dpr}
      camera={canvasProps.camera}
      gl={canvasProps.gl}
      // R3F measures the canvas through a ResizeObserver debounced by 50 ms for scrolling, which
      // also holds back the first mount of the scene; this canvas fills a page that never scrolls.
      resize={NO_RESIZE_DEBOUNCE}
      onClick={p.onClick}
      aria-label={p.label}
    >
      {prepared !== undefined && (
        <>
          {/* Nothing in the room takes XR pointer events: the rays skip it instead of hit-testing every mesh. */}
          <group visible={!p.hidden} pointerEvents="none" intersectChildren={false} matrixAutoUpdate={false}>
            <SceneMemo
              setting={scenario.setting}
              appearance={scenario.patient.appearance}
              view={drive.patientView}
              prepared={prepared}
            />
          </group>
          {!xr.presenting && !xr.waiting && <DesktopDriverMemo input={p.input} {...drive} />}
          {p.debug && <ExposeScene />}
          <AudioMemo
            engine={p.audio}
            view={drive.session.sim.view}
            bodyHeight={scenario.patient.appearance.height}
          />
        </>
      )}
      {/* The headset's layer, beside the scene: only once VR is wanted (xr/useXrRun.ts). */}
      {prepared !== undefined && xr.store && p.xrLayer && (
        <Suspense fallback={null}>
          <CaptionedXrLayer
            layer={p.xrLayer.XrRunLayer}
            captions={drive.session.feed.captions}
            xr={xr}
            store={xr.store}
            {...drive}
            {...p.xrProps}
          />
        </Suspense>
      )}
    </Canvas>
  );
}
