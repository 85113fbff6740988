import { useEffect, useState } from 'preact/hooks';
import { getSettings, onStoreChange, type StoreName } from '../lib/db';
import { DEFAULT_SETTINGS, type Settings } from '../lib/model/settings';

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

const SETTINGS_STORES: StoreName[] = ['meta'];

export function useSettings(): [Settings, boolean] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const version = useStoreVersion(SETTINGS_STORES);
  useEffect(() => {
    let live = true;
    getSettings().then((value) => {
      if (!live) return;
      setSettings(value);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [version]);
  return [settings, loaded];
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
