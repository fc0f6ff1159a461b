import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { getLang, setLang, t, tx } from './i18n';
import { nb } from './nb';

afterEach(() => setLang('nb'));

describe('i18n', () => {
  it('nb and en have exactly the same keys and no empty messages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const v of [...Object.values(nb), ...Object.values(en)]) expect(v.trim()).not.toBe('');
  });

  it('fills placeholders and keeps unknown ones', () => {
    expect(t('start.minutes', { n: 8 })).toBe('8 min');
    expect(t('hud.leave', {})).toBe('Gå ut: {exit}');
  });

  it('switches language and persists it', () => {
    expect(getLang()).toBe('nb');
    setLang('en');
    expect(t('end.retry')).toBe('Try again');
    expect(localStorage.getItem('rolig.lang')).toBe('en');
    setLang('nb');
    expect(t('end.retry')).toBe('Prøv igjen');
  });

  it('tx picks scenario text in the current language with fallback', () => {
    expect(tx({ nb: 'Hei', en: 'Hello' })).toBe('Hei');
    expect(tx({ nb: 'Hei', en: 'Hello' }, 'en')).toBe('Hello');
    expect(tx({ nb: 'Hei', en: '' }, 'en')).toBe('Hei');
    expect(tx(undefined)).toBe('');
  });
});
