/** A readable timeline of a run for the terminal. */
import type { Simulation } from '../src/sim';

export function describeLog(sim: Simulation, lang: 'nb' | 'en'): string {
  const out: string[] = [];
  const ts = (t: number) => `${Math.floor(t / 60)}:${(t % 60).toFixed(1).padStart(4, '0')}`;
  for (const e of sim.log) {
    if (e.kind === 'act') {
      const ev = e.event;
      if (ev.type === 'SAY') {
        const o = sim.model.options.get(ev.optionId);
        out.push(`${ts(e.t)}  trainee (${e.tone}): ${o ? o.text[lang] : ev.optionId}`);
      } else out.push(`${ts(e.t)}  trainee: ${ev.type}${ev.type === 'WITHDRAW' ? ` via ${ev.exitId}` : ''}`);
    } else if (e.kind === 'transition') out.push(`${ts(e.t)}  -- ${e.from} -> ${e.to}`);
    else if (e.kind === 'effect' && e.effect.type === 'say') {
      const line = sim.line(e.effect.lineId);
      out.push(`${ts(e.t)}  patient: ${line ? line.text[lang] : e.effect.lineId}`);
    } else if (e.kind === 'effect' && e.effect.type === 'cue')
      out.push(`${ts(e.t)}  cue ${e.effect.on ? 'on ' : 'off'} ${e.effect.behaviour}`);
  }
  return out.join('\n');
}
