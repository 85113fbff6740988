import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it is shown; it renders nothing until then. Keeps
 * secondary parts (and the store code they bring) out of a view's first paint.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let ready: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => ready);
    useEffect(() => {
      if (Component) return;
      let live = true;
      pending ??= load().then((component) => (ready = component));
      pending.then(
        (component) => live && setComponent(() => component),
        (error: unknown) => {
          pending = undefined; // let the next mount try again
          console.error('Warmline could not load part of this view', error);
        },
      );
      return () => {
        live = false;
      };
    }, []);
    return Component ? <Component {...props} /> : null;
  };
}
