/**
 * Node runs the server's TypeScript as is (type stripping, Node 22.18+): no build step. Node wants
 * file extensions on relative imports; the extension's shared code (lib/model) is written for a
 * bundler and leaves them off, so this hook tries `.ts` and `/index.ts` when a relative import
 * without an extension is not found (or names a folder).
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const missing = code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_UNSUPPORTED_DIR_IMPORT';
      if (!missing || !/^\.\.?\//.test(specifier) || /\.[cm]?[jt]sx?$/.test(specifier)) throw error;
      try {
        return next(`${specifier}.ts`, context);
      } catch {
        return next(`${specifier}/index.ts`, context);
      }
    }
  },
});
