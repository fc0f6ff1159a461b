/** The run's captions (session's CaptionStore) in a component: it alone renders when they change. */
import { useSyncExternalStore } from 'react';
import { useT } from '../i18n';
import type { Captions, CaptionStore } from '../session';

export const useCaptions = (store: CaptionStore): Captions =>
  useSyncExternalStore(store.subscribe, store.get);

/** The captions as text in the language in use. */
export function useCaptionText(store: CaptionStore): { caption: string | null; own: string | null } {
  const t = useT();
  const { caption, own } = useCaptions(store);
  return { caption: caption ? t.tx(caption.text) : null, own: own ? t.tx(own.text) : null };
}
