import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import type { DebriefRecord } from '../../debrief';
import { FURNITURE_SIZE, type Scenario } from '../../scenario';
import { degreesOff, planDirection } from './plan';
import { mmss } from '../labels';
import { ReplayMarker } from './ReplayMarker';
import { frameAt, REPLAY_STEP } from './replayFrames';
import { useReplayFrames } from './useReplayFrames';
import type { LogEntry } from '../../sim';

const SPEEDS = [1, 4, 10] as const;
const PX = 56;
const M = 0.6;

export interface ReplayViewProps {
  record: DebriefRecord;
  /** The run's scenario: its setting draws the room. Without it there is nothing to draw on. */
  scenario?: Scenario | undefined;
  /** The stored input log; the run is re-simulated from it. Without it the record's samples are used. */
  loadInputs?: (() => Promise<readonly LogEntry[]>) | undefined;
}

/** A top-down plan of the room with both positions over time, a scrubber and play/pause. */
export function ReplayView({ record, scenario, loadInputs }: ReplayViewProps) {
  const t = useT();
  const { frames, source } = useReplayFrames(record, scenario, loadInputs);
  const [time, setTime] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(4);

  const end = Math.max(frames?.at(-1)?.t ?? 0, record.durationS);
  const timeRef = useRef(time);
  timeRef.current = time;
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let raf = requestAnimationFrame(function step(now) {
      const next = Math.min(end, timeRef.current + ((now - last) / 1000) * speed);
      last = now;
      setTime(next);
      if (next >= end) setPlaying(false);
      else raf = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(raf);
  }, [playing, speed, end]);

  const setting = scenario?.setting;
  const trail = useMemo(() => frames ?? [], [frames]);
  if (!setting) return null;
  const W = setting.width;
  const D = setting.depth;
  const sx = (x: number) => (x + W / 2 + M) * PX;
  const sz = (z: number) => (z + D / 2 + M) * PX;
  const i = frameAt(trail, time);
  const f = i >= 0 ? trail[i] : undefined;
  const phase =
    record.phases.find((p) => time >= p.from && time < p.to) ??
    (time >= (record.phases.at(-1)?.from ?? Infinity) ? record.phases.at(-1) : record.phases[0]);
  const path = (who: 'trainee' | 'patient') =>
    trail
      .slice(0, i + 1)
      .filter((_, k) => k % 3 === 0 || k === i)
      .map((p) => `${sx(p[who][0]).toFixed(1)},${sz(p[who][1]).toFixed(1)}`)
      .join(' ');
  const arousalPct = f ? Math.round(f.arousal * 100) : 0;
  const facingText = (who: 'trainee' | 'patient') => {
    const yaw = f?.[`${who}Facing`];
    if (!f || yaw === undefined) return '–';
    const [from, to] = who === 'trainee' ? [f.trainee, f.patient] : [f.patient, f.trainee];
    return t(who === 'trainee' ? 'debrief.replayFacingYou' : 'debrief.replayFacingPatient', {
      dir: t(planDirection(yaw)),
      deg: degreesOff(yaw, from, to),
    });
  };
  const youFace = facingText('trainee');
  const patientFaces = facingText('patient');
  const valueText = `${mmss(time)}, ${t('debrief.replayPhase')}: ${phase ? t.tx(phase.label) : '–'}, ${t('debrief.replayArousal')}: ${arousalPct} %, ${t('debrief.replayTraineeFacing')}: ${youFace}, ${t('debrief.replayPatientFacing')}: ${patientFaces}`;

  return (
    <section className="card replay" aria-labelledby="replay-h" data-testid="replay" data-source={source}>
      <h2 id="replay-h">{t('debrief.replay')}</h2>
      <p className="hint">{frames ? t('debrief.replayHint') : t('debrief.replayLoading')}</p>
      <svg
        viewBox={`0 0 ${(W + 2 * M) * PX} ${(D + 2 * M) * PX}`}
        role="img"
        aria-label={t('debrief.replayPlan')}
        data-testid="replay-plan"
        className="replay-plan"
      >
        <rect
          x={sx(-W / 2)}
          y={sz(-D / 2)}
          width={W * PX}
          height={D * PX}
          className="floor"
          fill="#e9ecef"
          stroke="#39434d"
          strokeWidth={6}
        />
        {setting.furniture.map((it) => {
          const [w, d] = it.size ? [it.size[0], it.size[1]] : FURNITURE_SIZE[it.kind];
          return (
            <rect
              key={it.id}
              x={-(w * PX) / 2}
              y={-(d * PX) / 2}
              width={w * PX}
              height={d * PX}
              rx={4}
              fill="#c3b9a6"
              stroke="#8a7f6c"
              transform={`translate(${sx(it.position[0])} ${sz(it.position[1])}) rotate(${-it.rotationDeg})`}
              data-testid="replay-furniture"
            >
              <title>{it.kind}</title>
            </rect>
          );
        })}
        {setting.exits.map((e) => {
          const [x, z] = e.position;
          const onSide = Math.abs(Math.abs(x) - W / 2) < Math.abs(Math.abs(z) - D / 2);
          const h = e.width / 2;
          const [x1, z1, x2, z2] = onSide ? [x, z - h, x, z + h] : [x - h, z, x + h, z];
          return (
            <g key={e.id} data-testid="replay-exit">
              <line
                x1={sx(x1)}
                y1={sz(z1)}
                x2={sx(x2)}
                y2={sz(z2)}
                stroke="#2e9d6f"
                strokeWidth={12}
                strokeLinecap="butt"
              />
              <text
                x={sx(x) + (onSide ? (x < 0 ? 10 : -10) : x > W / 4 ? h * PX : x < -W / 4 ? -h * PX : 0)}
                y={sz(z) + (onSide ? 4 : z < 0 ? 22 : -12)}
                textAnchor={
                  onSide ? (x < 0 ? 'start' : 'end') : x > W / 4 ? 'end' : x < -W / 4 ? 'start' : 'middle'
                }
                fontSize={14}
                fill="#1f5e45"
              >
                {t.tx(e.label)}
              </text>
            </g>
          );
        })}
        <polyline
          points={path('trainee')}
          fill="none"
          stroke="#2f6fb5"
          strokeOpacity={0.45}
          strokeWidth={3}
        />
        <polyline
          points={path('patient')}
          fill="none"
          stroke="#c2453d"
          strokeOpacity={0.45}
          strokeWidth={3}
        />
        {f &&
          (['body', 'facing'] as const).map((part) => (
            <g key={part}>
              <ReplayMarker
                part={part}
                who="patient"
                cx={sx(f.patient[0])}
                cy={sz(f.patient[1])}
                r={0.25 * PX}
                yaw={f.patientFacing}
                fill="#c2453d"
                label="P"
              />
              <ReplayMarker
                part={part}
                who="trainee"
                cx={sx(f.trainee[0])}
                cy={sz(f.trainee[1])}
                r={0.25 * PX}
                yaw={f.traineeFacing}
                fill="#2f6fb5"
                label={t('debrief.replayTrainee').slice(0, 2)}
                cone={1.5 * PX}
              />
            </g>
          ))}
      </svg>
      <div className="replay-legend">
        <span className="dot trainee" /> {t('debrief.replayTrainee')} <span className="dot patient" />{' '}
        {t('debrief.replayPatient')}
      </div>
      <div className="replay-controls no-print">
        <button
          type="button"
          className="btn"
          aria-pressed={playing}
          disabled={!frames}
          onClick={() => {
            if (!playing && time >= end) setTime(0);
            setPlaying(!playing);
          }}
          data-testid="replay-play"
        >
          {playing ? t('debrief.pause') : t('debrief.play')}
        </button>
        <select
          value={speed}
          aria-label={t('debrief.replaySpeed')}
          onChange={(e) => setSpeed(Number(e.target.value) as (typeof SPEEDS)[number])}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
        <input
          type="range"
          min={0}
          max={end}
          step={REPLAY_STEP}
          value={time}
          disabled={!frames}
          aria-label={t('debrief.scrub')}
          aria-valuetext={valueText}
          onChange={(e) => {
            setPlaying(false);
            setTime(Number(e.target.value));
          }}
          data-testid="replay-scrubber"
        />
      </div>
      <dl className="replay-readout" aria-live="off" data-testid="replay-readout" data-t={time.toFixed(1)}>
        <div>
          <dt>{t('debrief.col.time')}</dt>
          <dd>
            {mmss(time)} / {mmss(end)}
          </dd>
        </div>
        <div>
          <dt>{t('debrief.replayPhase')}</dt>
          <dd data-testid="replay-phase" data-cycle={phase?.cycle}>
            {phase ? t.tx(phase.label) : '–'}
          </dd>
        </div>
        <div>
          <dt>{t('debrief.replayTraineeFacing')}</dt>
          <dd data-testid="replay-trainee-facing-text">{youFace}</dd>
        </div>
        <div>
          <dt>{t('debrief.replayPatientFacing')}</dt>
          <dd data-testid="replay-patient-facing-text">{patientFaces}</dd>
        </div>
        <div>
          <dt>{t('debrief.replayArousal')}</dt>
          <dd data-testid="replay-arousal">
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${arousalPct}%` }} />
            </span>{' '}
            {arousalPct} %
          </dd>
        </div>
      </dl>
    </section>
  );
}
