/**
 * Checks beyond the schema: references to unknown phases, endings, cues, objects, options and
 * assets; duplicate ids; geometry that cannot work; rules whose timing cannot make sense.
 * The graph checks over the built machine are in graph.ts.
 */
import { gazeTargetsMentioned, phasesMentioned, usesInstant } from '../sim';
import type { Condition, Scenario } from './schema';
import type { PathKey, Problem } from './problems';
import { FURNITURE_SIZE } from './roomSchema';

type At = (path: readonly PathKey[], message: string, severity?: Problem['severity']) => Problem;

const RESERVED = new Set(['running', 'attended', 'ignored']);

export function semanticProblems(
  s: Scenario,
  at: At,
  opts: { knownAssets?: ReadonlySet<string> },
): Problem[] {
  const out: Problem[] = [];
  const dupes = (items: readonly { id: string }[], base: PathKey[], seen = new Map<string, string>()) => {
    items.forEach((item, i) => {
      const prev = seen.get(item.id);
      if (prev) out.push(at([...base, i, 'id'], `duplicate id "${item.id}" (already used by ${prev})`));
      else seen.set(item.id, `${String(base[base.length - 1])}[${i}]`);
    });
  };
  const states = new Map<string, string>();
  dupes(s.phases, ['phases'], states);
  dupes(s.endings, ['endings'], states);
  dupes(s.cues, ['cues']);
  dupes(s.lines, ['lines']);
  dupes(s.options, ['options']);
  dupes(s.probes, ['probes']);
  const things = new Map<string, string>();
  dupes(s.setting.exits, ['setting', 'exits'], things);
  dupes(s.setting.furniture, ['setting', 'furniture'], things);
  dupes(s.setting.objects, ['setting', 'objects'], things);
  dupes(
    [...s.patient.sensitivities.triggers, ...s.patient.sensitivities.calming],
    ['patient', 'sensitivities'],
  );

  const ruleIds = new Set(
    [...s.patient.sensitivities.triggers, ...s.patient.sensitivities.calming].map((r) => r.id),
  );
  for (const id of Object.keys(s.patient.vary?.weights ?? {}))
    if (!ruleIds.has(id))
      out.push(
        at(
          ['patient', 'vary', 'weights', id],
          `unknown rule "${id}"; the patient's triggers and calming rules are: ${[...ruleIds].join(', ')}`,
        ),
      );
  const phaseIds = new Set(s.phases.map((p) => p.id));
  const endingIds = new Set(s.endings.map((e) => e.id));
  const cueIds = new Set(s.cues.map((c) => c.id));
  const objectIds = new Set(s.setting.objects.map((o) => o.id));
  const optionIds = new Set(s.options.map((o) => o.id));
  const gazeTargets = new Set([
    'patient.face',
    'patient.hands',
    ...s.setting.exits.map((e) => e.id),
    ...s.setting.objects.map((o) => o.id),
    ...(s.setting.colleague ? [s.setting.colleague.id] : []),
  ]);
  const list = (ids: Iterable<string>) => [...ids].join(', ') || '(none)';
  const refPhases = (ids: readonly string[] | undefined, path: PathKey[]) =>
    ids?.forEach((id, i) => {
      if (!phaseIds.has(id))
        out.push(at([...path, i], `unknown phase "${id}"; phases are: ${list(phaseIds)}`));
    });
  const checkCondition = (c: Condition, path: PathKey[]) => {
    for (const id of phasesMentioned(c))
      if (!phaseIds.has(id))
        out.push(at(path, `condition mentions unknown phase "${id}"; phases are: ${list(phaseIds)}`));
    for (const id of gazeTargetsMentioned(c))
      if (!gazeTargets.has(id))
        out.push(at(path, `gazeOn: unknown target "${id}"; targets are: ${list(gazeTargets)}`));
  };

  for (const id of [...phaseIds, ...endingIds])
    if (RESERVED.has(id)) out.push(at(['phases'], `"${id}" is reserved; choose another phase or ending id`));

  const first = s.phases[0];
  if (first && first.cycle !== 'baseline')
    out.push(
      at(['phases', 0, 'cycle'], `the first phase is where the run starts and must be cycle "baseline"`),
    );
  for (const cycle of ['baseline', 'escalation', 'crisis'] as const)
    if (!s.phases.some((p) => p.cycle === cycle))
      out.push(
        at(
          ['phases'],
          `no phase has cycle "${cycle}"; the assault cycle needs baseline, escalation and crisis`,
        ),
      );

  s.phases.forEach((p, i) => {
    p.cues.forEach((c, j) => {
      if (!cueIds.has(c))
        out.push(at(['phases', i, 'cues', j], `unknown cue "${c}"; cues are: ${list(cueIds)}`));
    });
    if (p.holds && !objectIds.has(p.holds))
      out.push(at(['phases', i, 'holds'], `unknown object "${p.holds}"; objects are: ${list(objectIds)}`));
    p.transitions.forEach((tr, j) => {
      const path = ['phases', i, 'transitions', j];
      if (!phaseIds.has(tr.to) && !endingIds.has(tr.to))
        out.push(
          at(
            [...path, 'to'],
            `unknown phase or ending "${tr.to}"; known: ${list([...phaseIds, ...endingIds])}`,
          ),
        );
      if (tr.to === p.id) out.push(at([...path, 'to'], `a phase cannot transition to itself`));
      if (usesInstant(tr.when) && (tr.forS ?? 0) > 0)
        out.push(
          at(
            [...path, 'forS'],
            'a condition on an utterance or act is true only for an instant; remove forS',
          ),
        );
      checkCondition(tr.when, [...path, 'when']);
    });
  });

  const rules = [
    ...s.patient.sensitivities.triggers.map((r, i) => ({
      r,
      path: ['patient', 'sensitivities', 'triggers', i],
    })),
    ...s.patient.sensitivities.calming.map((r, i) => ({
      r,
      path: ['patient', 'sensitivities', 'calming', i],
    })),
  ];
  for (const { r, path } of rules) {
    if (usesInstant(r.when) && r.rate !== undefined)
      out.push(
        at([...path, 'rate'], 'a rule on an utterance or act happens at an instant: use impulse, not rate'),
      );
    checkCondition(r.when, [...path, 'when']);
  }
  if (s.patient.initialArousal > 0.98)
    out.push(
      at(['patient', 'initialArousal'], 'the patient starts out of control; nothing can be practised'),
    );

  s.lines.forEach((l, i) => {
    refPhases(l.phases, ['lines', i, 'phases']);
    l.endings?.forEach((e, j) => {
      if (!endingIds.has(e))
        out.push(at(['lines', i, 'endings', j], `unknown ending "${e}"; endings are: ${list(endingIds)}`));
    });
    if (l.replyTo && l.on !== 'reply')
      out.push(at(['lines', i, 'replyTo'], `replyTo only applies to lines with on: reply`));
    if (l.endings && l.on !== 'ending')
      out.push(at(['lines', i, 'endings'], `endings only applies to lines with on: ending`));
    if (l.audio && opts.knownAssets && !opts.knownAssets.has(l.audio))
      out.push(
        at(
          ['lines', i, 'audio'],
          `unknown audio asset "${l.audio}": put the recording in assets/recordings/${l.audio}.nb.wav (and .en.wav) and run npm run audio`,
        ),
      );
  });
  s.options.forEach((o, i) => refPhases(o.phases, ['options', i, 'phases']));

  s.endings.forEach((e, i) => {
    refPhases(e.phases, ['endings', i, 'phases']);
    if (e.phases && !e.on)
      out.push(at(['endings', i, 'phases'], 'phases only applies to endings reached by an act (on:)'));
    if (e.afterS !== undefined && e.on !== 'alarm' && e.on !== 'help')
      out.push(
        at(['endings', i, 'afterS'], 'afterS only applies to endings reached by on: alarm or on: help'),
      );
  });
  const timeouts = s.endings.filter((e) => e.on === 'timeout');
  if (timeouts.length !== 1)
    out.push(
      at(
        ['endings'],
        `exactly one ending needs on: timeout (found ${timeouts.length}); it is where a run goes when time runs out`,
      ),
    );
  for (const act of ['withdraw', 'alarm', 'help'] as const) {
    const claimed = new Map<string, string>();
    s.endings.forEach((e, i) => {
      if (e.on !== act) return;
      for (const p of e.phases ?? [...phaseIds]) {
        const prev = claimed.get(p);
        if (prev) out.push(at(['endings', i, 'phases'], `phase "${p}" already leads to "${prev}" on ${act}`));
        else claimed.set(p, e.id);
      }
    });
  }
  if (!s.endings.some((e) => e.kind === 'good'))
    out.push(at(['endings'], 'no ending has kind "good": a trainee must be able to end well'));
  if (!s.endings.some((e) => e.kind === 'bad'))
    out.push(at(['endings'], 'no ending has kind "bad": the scenario must be able to go wrong', 'warning'));

  s.probes.forEach((p, i) => {
    refPhases(p.phases, ['probes', i, 'phases']);
    if (p.kind === 'projection' && !p.hypothetical)
      out.push(at(['probes', i], 'a projection probe needs hypothetical: { approachToM } or { say }'));
    if (p.hypothetical && p.kind !== 'projection')
      out.push(at(['probes', i, 'hypothetical'], 'hypothetical only applies to kind: projection'));
    const h = p.hypothetical;
    if (h && h.approachToM === undefined && h.say === undefined)
      out.push(at(['probes', i, 'hypothetical'], 'say what is hypothetical: approachToM or say'));
    if (h?.say && !optionIds.has(h.say))
      out.push(
        at(
          ['probes', i, 'hypothetical', 'say'],
          `unknown option "${h.say}"; options are: ${list(optionIds)}`,
        ),
      );
    if (p.level === 1 && !['cuesPresent', 'nearestExit', 'patientHolds'].includes(p.kind))
      out.push(
        at(['probes', i, 'level'], `kind ${p.kind} is not a level 1 (perception) question`, 'warning'),
      );
  });
  s.probeSchedule.atS.forEach((t, i) => {
    if (t >= s.durationS)
      out.push(
        at(['probeSchedule', 'atS', i], `freeze at ${t} s is after the time limit (${s.durationS} s)`),
      );
  });

  const { width, depth } = s.setting;
  const inside = (p: readonly [number, number], margin = 0) =>
    Math.abs(p[0]) <= width / 2 - margin && Math.abs(p[1]) <= depth / 2 - margin;
  s.setting.exits.forEach((e, i) => {
    const onWall =
      Math.abs(Math.abs(e.position[0]) - width / 2) < 0.3 ||
      Math.abs(Math.abs(e.position[1]) - depth / 2) < 0.3;
    if (!onWall || !inside(e.position, -0.3))
      out.push(
        at(
          ['setting', 'exits', i, 'position'],
          `an exit must lie on a wall of the ${width} x ${depth} m room`,
        ),
      );
  });
  const placed: [PathKey[], readonly [number, number]][] = [
    [['setting', 'patientStart', 'position'], s.setting.patientStart.position],
    [['setting', 'traineeStart', 'position'], s.setting.traineeStart.position],
    ...s.setting.furniture.map((f, i): [PathKey[], readonly [number, number]] => [
      ['setting', 'furniture', i, 'position'],
      f.position,
    ]),
    ...s.setting.objects.map((o, i): [PathKey[], readonly [number, number]] => [
      ['setting', 'objects', i, 'position'],
      o.position,
    ]),
  ];
  for (const [path, p] of placed)
    if (!inside(p))
      out.push(
        at(path, `[${p.join(', ')}] lies outside the ${width} x ${depth} m room (origin at its centre)`),
      );
  out.push(...placementWarnings(s, at), ...conditionWarnings(s, at), ...hysteresisWarnings(s, at));
  out.push(...blankTexts(s, at));
  return out;
}

/** Furniture one can sit or lie on: a person may start on it. */
const SEATS = new Set(['chair', 'bench', 'bed', 'sofa']);

/** The trainee on top of the patient, or either of them inside a piece of furniture. */
function placementWarnings(s: Scenario, at: At): Problem[] {
  const out: Problem[] = [];
  const { patientStart: ps, traineeStart: ts } = s.setting;
  const d = Math.hypot(ps.position[0] - ts.position[0], ps.position[1] - ts.position[1]);
  if (d < 1)
    out.push(
      at(
        ['setting', 'traineeStart', 'position'],
        `the trainee starts ${d.toFixed(2)} m from the patient, inside his personal space (Hall: 0.45-1.2 m): start at least 1 m away`,
        'warning',
      ),
    );
  const people: [PathKey[], string, readonly [number, number]][] = [
    [['setting', 'patientStart', 'position'], 'the patient', ps.position],
    [['setting', 'traineeStart', 'position'], 'the trainee', ts.position],
  ];
  s.setting.furniture.forEach((f) => {
    if (SEATS.has(f.kind)) return;
    const [w, dz] = f.size ?? FURNITURE_SIZE[f.kind];
    const a = ((f.rotationDeg ?? 0) * Math.PI) / 180;
    for (const [path, who, p] of people) {
      // The point in the furniture's own frame (rotation about the vertical, three.js's rotation.y).
      const x = p[0] - f.position[0];
      const z = p[1] - f.position[1];
      const lx = x * Math.cos(a) - z * Math.sin(a);
      const lz = x * Math.sin(a) + z * Math.cos(a);
      if (Math.abs(lx) < w / 2 && Math.abs(lz) < dz / 2)
        out.push(at(path, `${who} starts inside the ${f.kind} "${f.id}": move one of them`, 'warning'));
    }
  });
  return out;
}

type AnyCondition = Record<string, unknown> & {
  all?: AnyCondition[];
  any?: AnyCondition[];
  not?: AnyCondition;
};

/** Bounds in one condition (and its `all` list) that no moment can meet: closer than 1 m and farther than 3 m. */
function conditionWarnings(s: Scenario, at: At): Problem[] {
  const out: Problem[] = [];
  const check = (c: AnyCondition, path: PathKey[]) => {
    const merged: Record<string, number> = {};
    for (const part of [c, ...(c.all ?? [])])
      for (const k of ['distanceBelow', 'distanceAbove', 'arousalBelow', 'arousalAbove'])
        if (typeof part[k] === 'number') {
          const v = part[k];
          merged[k] = k.endsWith('Below')
            ? Math.min(merged[k] ?? Infinity, v)
            : Math.max(merged[k] ?? -Infinity, v);
        }
    const clash = (below: string, above: string, what: string, unit: string) => {
      const b = merged[below];
      const a = merged[above];
      if (b !== undefined && a !== undefined && b <= a)
        out.push(
          at(
            path,
            `this condition can never hold: ${what} below ${b}${unit} and above ${a}${unit} at once`,
            'warning',
          ),
        );
    };
    clash('distanceBelow', 'distanceAbove', 'distance', ' m');
    clash('arousalBelow', 'arousalAbove', 'arousal', '');
    c.all?.forEach((x, i) => check(x, [...path, 'all', i]));
    c.any?.forEach((x, i) => check(x, [...path, 'any', i]));
    if (c.not) check(c.not, [...path, 'not']);
  };
  const { triggers, calming } = s.patient.sensitivities;
  triggers.forEach((r, i) =>
    check(r.when as AnyCondition, ['patient', 'sensitivities', 'triggers', i, 'when']),
  );
  calming.forEach((r, i) =>
    check(r.when as AnyCondition, ['patient', 'sensitivities', 'calming', i, 'when']),
  );
  s.phases.forEach((p, i) =>
    p.transitions.forEach((t, j) => check(t.when as AnyCondition, ['phases', i, 'transitions', j, 'when'])),
  );
  return out;
}

/** The least gap between entering a phase above an arousal and leaving it below one (design). */
const HYSTERESIS_GAP = 0.03;

/**
 * A phase entered above one arousal and left back below another with no gap flips back and forth on
 * the noise alone: the leaving threshold must lie below the entering one.
 */
function hysteresisWarnings(s: Scenario, at: At): Problem[] {
  const out: Problem[] = [];
  const level = (c: AnyCondition, key: 'arousalAbove' | 'arousalBelow') =>
    typeof c[key] === 'number' ? c[key] : undefined;
  s.phases.forEach((from) =>
    from.transitions.forEach((enter) => {
      const up = level(enter.when as AnyCondition, 'arousalAbove');
      if (up === undefined) return;
      const toIndex = s.phases.findIndex((p) => p.id === enter.to);
      const to = s.phases[toIndex];
      to?.transitions.forEach((leave, j) => {
        const down = level(leave.when as AnyCondition, 'arousalBelow');
        if (leave.to !== from.id || down === undefined || down <= up - HYSTERESIS_GAP) return;
        out.push(
          at(
            ['phases', toIndex, 'transitions', j, 'when', 'arousalBelow'],
            `"${to.id}" is entered from "${from.id}" above ${up} and left back to it below ${down}: with no gap it flips back and forth; leave below ${Math.round((up - 0.05) * 100) / 100} or lower`,
            'warning',
          ),
        );
      });
    }),
  );
  return out;
}

/** Texts that hold only spaces (nb or en): a line or label with nothing to read. */
function blankTexts(s: Scenario, at: At): Problem[] {
  const out: Problem[] = [];
  const walk = (v: unknown, path: PathKey[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.nb === 'string' && typeof o.en === 'string') {
        for (const lang of ['nb', 'en'])
          if ((o[lang] as string).trim() === '')
            out.push(
              at(
                [...path, lang],
                'this text is only spaces: write something to read, or leave the field out',
                'warning',
              ),
            );
        return;
      }
      for (const [k, x] of Object.entries(o)) walk(x, [...path, k]);
    }
  };
  walk(s, []);
  return out;
}
