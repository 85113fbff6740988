import { useEffect, useState } from 'preact/hooks';

/** True once the first paint is done and the browser is idle: the moment for secondary parts. */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const handle = requestIdleCallback(() => setReady(true), { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }, []);
  return ready;
}
