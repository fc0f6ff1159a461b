/**
 * A SAGAT freeze in the headset (domain.md §5): the room and the patient are hidden behind a plain
 * neutral room, the simulation holds still (the caller's paused flag), and the 2-4 questions come one
 * at a time on a panel in front of the trainee, answered with the controller ray or a pinch. The run
 * resumes exactly where it stopped when the last one is answered.
 */
import { useFrame } from '@react-three/fiber';
import { useRef, useState } from 'react';
import { BackSide, type Group } from 'three';
import { useT, type Translate } from '../../i18n';
import type { TrackedBody } from './types';
import type { ProbeAnswer } from '../../scoring';
import type { FreezeQuestion } from '../freeze';
import { answerLabel } from '../labels';
import { CanvasPanel, type PanelButton, type PanelSpec } from './CanvasPanel';

export interface XrFreezeProps {
  questions: readonly FreezeQuestion[];
  onSubmit: (answers: (ProbeAnswer | null)[]) => void;
}

/** More options than this go in two columns, so the panel stays within a comfortable field of view. */
const ONE_COLUMN_MAX = 4;

/** Pure: the panel for question `i` with the answers so far (exported for tests). */
export function freezePanelSpec(
  t: Translate,
  questions: readonly FreezeQuestion[],
  answers: readonly (ProbeAnswer | null)[],
  i: number,
): PanelSpec {
  const q = questions[i]!;
  const a = answers[i] ?? null;
  const chosen = (v: string) => (Array.isArray(a) ? a.includes(v) : a === v);
  const mark = (v: string) => (q.choices.multiple ? (chosen(v) ? '☑ ' : '☐ ') : chosen(v) ? '◉ ' : '○ ');
  const options: PanelButton[] = q.choices.options.map((o) => ({
    id: `opt:${o.value}`,
    label: mark(o.value) + answerLabel(t, q.probe.kind, o.value, o.label),
    primary: chosen(o.value),
  }));
  const last = i === questions.length - 1;
  const two = options.length > ONE_COLUMN_MAX;
  const nav: PanelButton[] = [
    ...(i > 0 ? [{ id: 'back', label: t('xr.back') }] : []),
    { id: 'next', label: last ? t('freeze.submit') : t('xr.next'), primary: true },
  ];
  return {
    title: `${t('freeze.heading')} (${i + 1}/${questions.length})`,
    lines: [t.tx(q.probe.question), ...(q.choices.multiple ? [t('freeze.pickAll')] : [])],
    // In two columns an odd option count gets a blank cell, so Back/Next start a row of their own.
    buttons: [
      ...options,
      ...(two && options.length % 2 ? [{ id: 'gap', label: '', hidden: true }] : []),
      ...nav,
    ],
    columns: two ? 2 : 1,
  };
}

/** Pure: the answers after pressing option `value` on question `i`. */
export function toggleAnswer(
  questions: readonly FreezeQuestion[],
  answers: readonly (ProbeAnswer | null)[],
  i: number,
  value: string,
): (ProbeAnswer | null)[] {
  return answers.map((a, j) => {
    if (j !== i) return a;
    if (!questions[i]!.choices.multiple) return a === value ? null : value;
    const list = Array.isArray(a) ? a : [];
    return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
  });
}

export function XrFreeze({ questions, onSubmit, input }: XrFreezeProps & { input: TrackedBody }) {
  const t = useT();
  const [i, setI] = useState(0);
  const [answers, setAnswers] = useState<(ProbeAnswer | null)[]>(() =>
    questions.map((q) => (q.choices.multiple ? [] : null)),
  );
  // The panel is placed once, where the trainee looks when the freeze starts, and stays put: a
  // questionnaire that follows the head is hard to point at.
  const panel = useRef<Group>(null);
  const room = useRef<Group>(null);
  const placed = useRef(false);
  useFrame(() => {
    const [hx, hz] = input.signals.position;
    const eye = input.signals.headHeight;
    room.current?.position.set(hx, 0, hz);
    const g = panel.current;
    if (!g || placed.current) return;
    const yaw = input.frame.yaw;
    g.position.set(hx + Math.sin(yaw) * 1.1, eye - 0.1, hz + Math.cos(yaw) * 1.1);
    g.lookAt(hx, eye - 0.1, hz);
    placed.current = true;
  });

  const press = (id: string) => {
    if (id.startsWith('opt:')) setAnswers((prev) => toggleAnswer(questions, prev, i, id.slice(4)));
    else if (id === 'back') setI((x) => Math.max(0, x - 1));
    else if (id === 'next') {
      if (i < questions.length - 1) setI(i + 1);
      else onSubmit(answers);
    }
  };
  return (
    <>
      {/* The neutral room: a plain grey enclosure and floor, lit by its own light. */}
      <group ref={room} name="xr-freeze-room">
        <mesh position-y={1.5}>
          <cylinderGeometry args={[3, 3, 3.2, 32, 1, true]} />
          <meshBasicMaterial color="#9aa3ad" side={BackSide} />
        </mesh>
        <mesh rotation-x={-Math.PI / 2} position-y={0.001}>
          <circleGeometry args={[3, 32]} />
          <meshBasicMaterial color="#6f7780" />
        </mesh>
        <hemisphereLight args={['#ffffff', '#555555', 1.2]} />
      </group>
      <group ref={panel}>
        <CanvasPanel
          name="xr-freeze"
          width={1.0}
          spec={freezePanelSpec(t, questions, answers, i)}
          onPress={press}
        />
      </group>
    </>
  );
}
