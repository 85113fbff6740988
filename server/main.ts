/** `npm run server`: one instance, configured by the environment (server/config.ts), until SIGTERM. */
import { ConfigError, configFromEnv } from './config.ts';
import { DataLockedError } from './data-dir.ts';
import { startServer } from './start.ts';

try {
  const config = configFromEnv();
  const running = await startServer(config);
  const engine = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  console.log(`Warmline Team server on ${running.url} (${engine}). Ready.`);
  const stop = (signal: string) => {
    console.log(`${signal}: stopping.`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataLockedError) {
    console.error(`Warmline Team server cannot start: ${error.message}`);
  } else {
    console.error('Warmline Team server cannot start:', error);
  }
  process.exit(1);
}
