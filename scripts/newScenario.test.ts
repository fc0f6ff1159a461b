import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../src/scenario';
import { newScenarioText } from './newScenario';

describe('npm run new:scenario', () => {
  it("writes the guide's example under the new id, loading with no problem, its schema found from anywhere", () => {
    const text = newScenarioText('my-ward-seclusion');
    const r = parseScenario(text, '/somewhere/else/my-ward-seclusion.yaml');
    expect(r.ok && r.warnings).toEqual([]);
    expect(r.ok && r.scenario.id).toBe('my-ward-seclusion');
    const schema = /\$schema=(\S+)/.exec(text.split('\n')[0]!)![1]!;
    expect(schema.startsWith('file:///')).toBe(true);
    expect(existsSync(fileURLToPath(schema))).toBe(true);
  });

  it('refuses an id the format would refuse, saying what an id is', () => {
    expect(() => newScenarioText('1st ward')).toThrow(
      '"1st ward" is not an id: a letter, then letters, digits, - or _',
    );
  });
});
