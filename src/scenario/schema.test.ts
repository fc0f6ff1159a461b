import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledText } from '../../test/fixtures/scenarios/scenarioText';
import { scenarioJsonSchema } from './jsonSchema';
import { FORMAT_VERSION } from './schema';

const committed = JSON.parse(
  readFileSync(new URL('../../public/scenario.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('public/scenario.schema.json', () => {
  it('matches the zod schema (run `npm run schema` if this fails)', () => {
    expect(committed, 'public/scenario.schema.json is out of date: run `npm run schema`').toEqual(
      scenarioJsonSchema(),
    );
  });

  it('describes the current format strictly', () => {
    const props = committed.properties as Record<string, Record<string, unknown>>;
    expect(props.version?.const).toBe(FORMAT_VERSION);
    expect(committed.additionalProperties).toBe(false);
    expect(committed.required).toEqual(
      expect.arrayContaining(['version', 'id', 'durationS', 'phases', 'endings']),
    );
    expect(committed.title).toBe('Rolig scenario');
  });
});

describe('bundled scenario files', () => {
  it('start with the yaml-language-server schema comment', () => {
    expect(bundledText.split('\n')[0]).toBe('# yaml-language-server: $schema=../public/scenario.schema.json');
  });
});
