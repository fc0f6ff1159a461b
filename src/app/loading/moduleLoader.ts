/**
 * A code-split module as plain state: null until loaded, then the module (synchronously on every
 * later use). No React here.
 */
export function moduleLoader<T>(load: () => Promise<T>) {
  let loaded: T | null = null;
  let pending: Promise<T> | null = null;
  const get = (): Promise<T> =>
    (pending ??= load().then(
      (m) => (loaded = m),
      (err: unknown) => {
        pending = null; // a later use tries again (offline, a new deploy)
        throw err;
      },
    ));
  return { get, current: () => loaded };
}
