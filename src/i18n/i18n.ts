import { useSyncExternalStore } from 'react';
import { en } from './en';
import { nb, type MessageKey } from './nb';

export type Lang = 'nb' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'en'];
const STORAGE_KEY = 'rolig.lang';
const catalogues: Record<Lang, Record<MessageKey, string>> = { nb, en };

function readStored(): Lang {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v === 'en' || v === 'nb' ? v : 'nb';
  } catch {
    return 'nb';
  }
}

let current: Lang = readStored();
const listeners = new Set<() => void>();

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // storage unavailable (private mode): the choice lasts for this page only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  listeners.forEach((l) => l());
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export type Params = Record<string, string | number>;

/** Translate a UI message; `{name}` placeholders are filled from params. */
export function t(key: MessageKey, params?: Params, lang: Lang = current): string {
  const msg = catalogues[lang][key] ?? nb[key] ?? key;
  if (!params) return msg;
  return msg.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Scenario text is bilingual data: pick the language, fall back to the other one. */
export function tx(text: { nb: string; en: string } | undefined | null, lang: Lang = current): string {
  if (!text) return '';
  return text[lang] || text.nb || text.en;
}

export type Translate = ((key: MessageKey, params?: Params) => string) & {
  lang: Lang;
  tx: (text: { nb: string; en: string } | undefined | null) => string;
};

/** Hook: re-renders when the language changes. */
export function useT(): Translate {
  const lang = useSyncExternalStore(subscribe, getLang, getLang);
  const fn = ((key: MessageKey, params?: Params) => t(key, params, lang)) as Translate;
  fn.lang = lang;
  fn.tx = (text) => tx(text, lang);
  return fn;
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang, getLang);
}
