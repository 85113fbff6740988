import type { Plugin } from 'vite';

/**
 * zod probes whether it may compile validators with the Function constructor
 * (`new F("")` in `zod/v4/core/util.js`). An extension's CSP forbids that anyway, so the probe
 * always fails in Warmline; but the probe alone is eval to the stores' reviewers and to
 * `web-ext lint` (rolldown's minifier turns it into `Function("")`). Build it as "no eval".
 * A zod upgrade that moves the probe fails the build rather than shipping it again.
 */
const PROBE = /const F = Function;\s*new F\(""\);\s*return true;/;

export function zodWithoutEvalProbe(): Plugin {
  return {
    name: 'warmline:zod-without-eval-probe',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return undefined;
      if (!PROBE.test(code)) this.error("zod's eval probe moved: update scripts/build/zod-without-eval-probe.ts");
      return { code: code.replace(PROBE, 'return false;'), map: null };
    },
  };
}
