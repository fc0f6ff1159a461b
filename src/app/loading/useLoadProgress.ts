import { useEffect, useState } from 'react';
import { DefaultLoadingManager } from 'three';

/** How far three's loaders are (0..1), undefined while nothing is counted: the loading bar's value. */
export function useLoadProgress(): number | undefined {
  const [progress, setProgress] = useState<number | undefined>(undefined);
  useEffect(() => {
    DefaultLoadingManager.onProgress = (_url, loaded, total) =>
      setProgress(total > 0 ? loaded / total : undefined);
    return () => void (DefaultLoadingManager.onProgress = () => {});
  }, []);
  return progress;
}
