import { useEffect, useState } from 'react';
import type { moduleLoader } from './moduleLoader';

/**
 * A code-split module as React state (moduleLoader.ts). Unlike React.lazy it never suspends: React
 * holds back content that replaces a Suspense fallback for 300 ms after the fallback showed, which on
 * a fast machine would be most of the time to the run's first frame (issue #3).
 */
export function useModule<T>(loader: ReturnType<typeof moduleLoader<T>>, wanted: boolean): T | null {
  const [mod, setMod] = useState<T | null>(loader.current);
  useEffect(() => {
    if (!wanted || mod) return;
    let live = true;
    loader.get().then(
      (m) => live && setMod(() => m),
      (err: unknown) => console.error('Rolig: could not load a part of the app', err),
    );
    return () => {
      live = false;
    };
  }, [loader, wanted, mod]);
  return mod ?? loader.current();
}
