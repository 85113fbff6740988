import { useEffect, useState } from 'preact/hooks';
// The change channel only: hooks must not pull the whole store into views that load it late.
import { onStoreChange } from '../lib/db/changes';
import type { StoreName } from '../lib/db/schema';

/** A number that goes up whenever one of these stores changes, in any Warmline view. */
export function useStoreVersion(stores: readonly StoreName[]): number {
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      onStoreChange((changed) => {
        if (changed.some((store) => stores.includes(store))) setVersion((v) => v + 1);
      }),
    [stores.join(',')],
  );
  return version;
}

/**
 * A value read from the store, read again whenever one of `stores` changes. With `initial`
 * (already read elsewhere, e.g. by the background), the first read is skipped.
 */
export function useStoredValue<T>(load: () => Promise<T>, stores: readonly StoreName[], fallback: T, initial?: T): [T, boolean] {
  const [state, setState] = useState<{ value: T; loaded: boolean }>(
    initial === undefined ? { value: fallback, loaded: false } : { value: initial, loaded: true },
  );
  const version = useStoreVersion(stores);
  useEffect(() => {
    if (version === 0 && initial !== undefined) return;
    let live = true;
    load().then(
      (value) => live && setState({ value, loaded: true }),
      // An unreadable value keeps the last good one; `loaded` stays as it was.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [version]);
  return [state.value, state.loaded];
}

/** Run an async loader again whenever its inputs change; the latest result wins. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): { value?: T; error?: unknown } {
  const [state, setState] = useState<{ value?: T; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ value }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
