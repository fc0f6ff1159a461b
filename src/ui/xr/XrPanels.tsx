/**
 * The in-headset UI, no DOM: a body-locked panel low and to the left with the lines on offer and the
 * run's actions; subtitles floating above the patient, scaled with distance so they stay readable;
 * briefing, pause (with comfort options) and run-end panels in front of the trainee.
 */
import { useFrame } from '@react-three/fiber';
import { useRef, useState, type ReactNode } from 'react';
import type { Group } from 'three';
import { useT, type Translate } from '../../i18n';
import type { TrackedBody } from './types';
import type { Scenario, UtteranceOption } from '../../scenario';
import type { DebriefRecord } from '../../debrief';
import type { ProbeAnswer } from '../../scoring';
import type { Simulation } from '../../sim';
import type { FreezeQuestion } from '../freeze';
import { CanvasPanel, type PanelButton, type PanelSpec } from './CanvasPanel';
import { updateComfort, useComfort } from './comfort';
import { XrDebrief } from './XrDebrief';
import { XrFreeze } from './XrFreeze';
import { DELIVERIES, type Delivery, type Outcome } from '../../sim';

export interface XrPanelsProps {
  sim: Simulation;
  scenario: Scenario;
  input: TrackedBody;
  options: readonly UtteranceOption[];
  onSay: (id: string) => void;
  /** How the next line is said when no microphone measures it (the delivery control). */
  delivery: Delivery;
  onDelivery: (d: Delivery) => void;
  caption: string | null;
  own: string | null;
  paused: boolean;
  onTogglePause: () => void;
  onAlarm: () => void;
  onCallHelp: () => void;
  nearExit: string | null;
  onLeave: () => void;
  ended: { ending: Outcome | null; record?: DebriefRecord } | null;
  /** A SAGAT freeze is on: the questions replace everything else until answered. */
  freeze: { index: number; questions: FreezeQuestion[] } | null;
  onAnswerFreeze: (answers: (ProbeAnswer | null)[]) => void;
  onExitVr: () => void;
  briefing: boolean;
  onStart: () => void;
}

/** Places children each frame relative to the torso (fwd, left, below the eyes) and faces the head. */
function BodyLocked({
  input,
  fwd,
  left,
  down,
  children,
}: {
  input: TrackedBody;
  fwd: number;
  left: number;
  down: number;
  children: ReactNode;
}) {
  const g = useRef<Group>(null);
  useFrame(() => {
    const o = g.current;
    if (!o) return;
    const f = input.frame;
    const fx = Math.sin(f.yaw);
    const fz = Math.cos(f.yaw);
    const [hx, hz] = input.signals.position;
    o.position.set(hx + fx * fwd + fz * left, input.signals.headHeight - down, hz + fz * fwd - fx * left);
    o.lookAt(hx, input.signals.headHeight, hz);
  });
  return <group ref={g}>{children}</group>;
}

/** Closer than this (m), subtitles float between trainee and patient instead of above the head. */
const NEAR_SUBTITLE_M = 1.8;

function Subtitles({
  sim,
  input,
  text,
  height,
}: {
  sim: Simulation;
  input: TrackedBody;
  text: string;
  height: number;
}) {
  const g = useRef<Group>(null);
  useFrame(() => {
    const o = g.current;
    if (!o) return;
    const [px, pz] = sim.view.patientPosition;
    const [hx, hz] = input.signals.position;
    const d = Math.hypot(px - hx, pz - hz);
    if (d > NEAR_SUBTITLE_M) {
      o.position.set(px, height + 0.35, pz); // above the head: readable and out of the face
      o.scale.setScalar(Math.min(2.2, Math.max(0.6, d / 1.5))); // ~constant angular size
    } else {
      // Up close, above the head is out of view: float the line between you, below eye level.
      const k = Math.min(d * 0.6, 0.9) / Math.max(d, 1e-3);
      o.position.set(hx + (px - hx) * k, input.signals.headHeight - 0.3, hz + (pz - hz) * k);
      o.scale.setScalar(0.6);
    }
    o.lookAt(hx, input.signals.headHeight, hz);
  });
  return (
    <group ref={g}>
      <CanvasPanel name="xr-subtitles" width={0.9} spec={{ lines: [text] }} />
    </group>
  );
}

/** Lines to say per page of the options panel. */
const OPTIONS_PER_PAGE = 6;

/**
 * The in-headset options panel: a page of lines, words only (issue 20: how a line is said is the
 * delivery button's, or the microphone's, never printed beside it), then the delivery, pause,
 * alarm, help and (at an exit) leave buttons.
 */
export function optionsPanelSpec(
  t: Translate,
  options: readonly UtteranceOption[],
  page: number,
  delivery: Delivery,
  nearExit: string | null,
): { spec: PanelSpec; pages: number; shown: number } {
  const actions: PanelButton[] = [
    { id: 'delivery', label: t('xr.delivery', { tone: t(`tone.${delivery}`) }) },
    { id: 'pause', label: t('hud.pause') },
    { id: 'alarm', label: t('hud.alarm') },
    { id: 'help', label: t('hud.help') },
    ...(nearExit ? [{ id: 'leave', label: t('hud.leave', { exit: nearExit }) }] : []),
  ];
  // Lines come a page at a time, so the panel stays small enough to read and point at.
  const pages = Math.max(1, Math.ceil(options.length / OPTIONS_PER_PAGE));
  const shown = Math.min(page, pages - 1);
  const sayButtons: PanelButton[] = options
    .slice(shown * OPTIONS_PER_PAGE, (shown + 1) * OPTIONS_PER_PAGE)
    .map((o) => ({ id: `say:${o.id}`, label: t.tx(o.text) }));
  if (pages > 1) sayButtons.push({ id: 'more', label: t('xr.more', { page: shown + 1, pages }) });
  return { spec: { title: t('xr.say'), buttons: [...sayButtons, ...actions] }, pages, shown };
}

export function XrPanels(p: XrPanelsProps) {
  const t = useT();
  const comfort = useComfort();
  const [page, setPage] = useState(0);
  const onOff = (v: boolean) => t(v ? 'xr.on' : 'xr.off');
  const front = (children: ReactNode) => (
    <BodyLocked input={p.input} fwd={0.9} left={0} down={0.15}>
      {children}
    </BodyLocked>
  );

  if (p.ended) {
    return front(<XrDebrief ending={p.ended.ending} record={p.ended.record} onExitVr={p.onExitVr} />);
  }
  if (p.freeze) {
    return (
      <XrFreeze
        key={p.freeze.index}
        questions={p.freeze.questions}
        onSubmit={p.onAnswerFreeze}
        input={p.input}
      />
    );
  }
  if (p.briefing) {
    const { scenario: s } = p;
    return front(
      <CanvasPanel
        name="xr-briefing"
        width={0.9}
        anchorTop
        spec={{
          buttonsFirst: true,
          title: t.tx(s.title),
          lines: [
            t.tx(s.role),
            `${s.patient.name}: ${t.tx(s.patient.description)}`,
            ...s.briefing.riskFlags.map((f) => `• ${t.tx(f)}`),
            t('xr.hint'),
          ],
          buttons: [{ id: 'start', label: t('xr.start'), primary: true }],
        }}
        onPress={p.onStart}
      />,
    );
  }
  if (p.paused) {
    const buttons: PanelButton[] = [
      { id: 'resume', label: t('hud.resume'), primary: true },
      { id: 'seated', label: t('xr.seated', { state: onOff(comfort.seated) }) },
      { id: 'vignette', label: t('xr.vignette', { state: onOff(comfort.vignette) }) },
      { id: 'snap', label: t('xr.snap', { n: comfort.snapDeg }) },
      { id: 'exit', label: t('xr.exit') },
    ];
    const press = (id: string) => {
      if (id === 'resume') p.onTogglePause();
      else if (id === 'seated') updateComfort({ seated: !comfort.seated });
      else if (id === 'vignette') updateComfort({ vignette: !comfort.vignette });
      else if (id === 'snap') updateComfort({ snapDeg: comfort.snapDeg === 45 ? 30 : 45 });
      else if (id === 'exit') p.onExitVr();
    };
    return front(
      <CanvasPanel
        name="xr-pause"
        width={0.7}
        spec={{ title: t('xr.paused'), buttons, columns: 1 }}
        onPress={press}
      />,
    );
  }

  const { spec, pages, shown } = optionsPanelSpec(t, p.options, page, p.delivery, p.nearExit);
  const press = (id: string) => {
    if (id === 'more') setPage((shown + 1) % pages);
    else if (id.startsWith('say:')) p.onSay(id.slice(4));
    else if (id === 'delivery')
      p.onDelivery(DELIVERIES[(DELIVERIES.indexOf(p.delivery) + 1) % DELIVERIES.length]!);
    else if (id === 'pause') p.onTogglePause();
    else if (id === 'alarm') p.onAlarm();
    else if (id === 'help') p.onCallHelp();
    else if (id === 'leave') p.onLeave();
  };
  return (
    <>
      <BodyLocked input={p.input} fwd={0.5} left={0.28} down={0.45}>
        <group rotation={[-0.35, 0, 0]}>
          <CanvasPanel name="xr-options" anchorTop width={0.55} spec={spec} onPress={press} />
        </group>
      </BodyLocked>
      {(p.caption || p.own) && (
        <Subtitles
          sim={p.sim}
          input={p.input}
          text={[p.caption, p.own && `${t('hud.you')}: ${p.own}`].filter(Boolean).join('  ·  ')}
          height={p.scenario.patient.appearance.height}
        />
      )}
    </>
  );
}
