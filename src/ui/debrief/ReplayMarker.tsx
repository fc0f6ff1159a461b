import { forward } from './plan';

export interface ReplayMarkerProps {
  who: 'trainee' | 'patient';
  /** Centre on the plan (px) and radius (px). */
  cx: number;
  cy: number;
  r: number;
  /** Sim yaw (rad); without it (a replay from the record's samples) no facing is drawn. */
  yaw?: number | undefined;
  fill: string;
  label: string;
  /** Length (px) of a faint ±30° cone ahead of the marker (the trainee's field of attention). */
  cone?: number;
  /** Draw the disc (and cone), or the facing wedge: wedges go on top of both discs, so standing close does not hide them. */
  part: 'body' | 'facing';
}

const f1 = (n: number) => n.toFixed(1);

/** A person on the replay's plan: a disc with a nose wedge pointing where they face. */
export function ReplayMarker({ who, cx, cy, r, yaw, fill, label, cone, part }: ReplayMarkerProps) {
  const f = yaw === undefined ? null : forward(yaw);
  const at = (along: number, across: number) =>
    f ? `${f1(cx + f[0] * along - f[1] * across)},${f1(cy + f[1] * along + f[0] * across)}` : '';
  const arc = (deg: number) => {
    const a = (deg * Math.PI) / 180;
    return f && cone ? at(cone * Math.cos(a), cone * Math.sin(a)) : '';
  };
  if (part === 'facing')
    return f ? (
      <polygon
        points={`${at(r * 1.9, 0)} ${at(r * 0.85, r * 0.6)} ${at(r * 0.85, -r * 0.6)}`}
        fill={fill}
        stroke="#fff"
        strokeWidth={2}
        strokeLinejoin="round"
        data-testid={`replay-${who}-facing`}
      />
    ) : null;
  return (
    <g data-testid={`replay-${who}-marker`}>
      {f && cone ? (
        <path
          d={`M${f1(cx)},${f1(cy)} L${arc(-30)} A${cone},${cone} 0 0 1 ${arc(30)} Z`}
          fill={fill}
          fillOpacity={0.12}
          stroke="none"
          data-testid={`replay-${who}-cone`}
        />
      ) : null}
      <circle cx={cx} cy={cy} r={r} fill={fill} stroke="#fff" strokeWidth={3} data-testid={`replay-${who}`} />
      <text x={cx} y={cy + 5} textAnchor="middle" fontSize={14} fill="#fff">
        {label}
      </text>
    </g>
  );
}
