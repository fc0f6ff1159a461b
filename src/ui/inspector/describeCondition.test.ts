import { describe, expect, it } from 'vitest';
import { describeCondition } from './describeCondition';

describe('describeCondition', () => {
  it('says a threshold with its hold time in nb and en', () => {
    expect(describeCondition({ arousalAbove: 0.75 }, 'nb', 1)).toBe('arousal > 0.75 i 1 s');
    expect(describeCondition({ arousalAbove: 0.75 }, 'en', 1)).toBe('arousal > 0.75 for 1 s');
    expect(describeCondition({ arousalBelow: 0.3 }, 'en')).toBe('arousal < 0.3');
  });

  it('joins several keys with and, lists with slashes and translates vocabulary', () => {
    const c = {
      arousalBelow: 0.3,
      distanceBelow: 4,
      saidBefore: ['choice', 'inform'] as ('choice' | 'inform')[],
    };
    expect(describeCondition(c, 'nb', 20)).toBe(
      'arousal < 0.3 og avstand < 4 m og har sagt: valg/informere i 20 s',
    );
    expect(describeCondition(c, 'en')).toBe(
      'arousal < 0.3 and distance < 4 m and said before: choice/inform',
    );
    expect(describeCondition({ hands: ['pointing', 'raised'], stance: 'square' }, 'nb')).toBe(
      'står rett mot og hender: peker/hevet',
    );
  });

  it('says booleans both ways and nests any/all/not with parentheses', () => {
    expect(describeCondition({ blockingExit: true }, 'en')).toBe('blocking the exit');
    expect(describeCondition({ blockingExit: false }, 'nb')).toBe('sperrer ikke utgangen');
    expect(
      describeCondition(
        { any: [{ tone: 'shouting' }, { all: [{ act: 'say' }, { utteranceTag: 'command' }] }] },
        'en',
      ),
    ).toBe('(tone: shouting or (say and says: command))');
    expect(describeCondition({ not: { zone: ['intimate', 'personal'] } }, 'nb')).toBe(
      'ikke (sone: intim/personlig)',
    );
    expect(describeCondition({ ignoredForAboveS: 30, alarmRaised: false }, 'en')).toBe(
      'ignored > 30 s and no alarm',
    );
  });

  it('describes every condition of every bundled scenario without leaving a key out', async () => {
    const { BUNDLED, loadText } = await import('./load');
    for (const [path, text] of Object.entries(BUNDLED)) {
      const l = loadText(text, path);
      expect(l.ok, path).toBe(true);
      if (!l.ok) continue;
      for (const p of l.scenario.phases)
        for (const tr of p.transitions)
          for (const lang of ['nb', 'en'] as const) {
            const s = describeCondition(tr.when, lang, tr.forS);
            expect(s.length, `${path} ${p.id}→${tr.to}`).toBeGreaterThan(3);
            expect(s).not.toMatch(/undefined|\{v\}/);
          }
    }
  });
});
