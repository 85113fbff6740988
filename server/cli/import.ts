/** npm run server:import -- --in <file>: into an empty store (stop a PGlite server first). */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { configFromEnv } from '../config.ts';
import { importStore } from '../transfer/import.ts';
import { parseArgs, UsageError } from './args.ts';
import { runCommand } from './run.ts';
import { storeAccess } from './store-access.ts';

const USAGE = 'npm run server:import -- --in <file.jsonl>   (DATABASE_URL=postgres://… to import into PostgreSQL)';

await runCommand(USAGE, async () => {
  const { in: file } = parseArgs(process.argv.slice(2), ['in']);
  if (!file) throw new UsageError('--in is required.');
  const access = await storeAccess(configFromEnv());
  if (access.kind === 'server') throw new Error('A Warmline server is running on this data folder: stop it, then import.');
  try {
    // Iterate at once: readline drops the lines it reads before an iterator asks for them.
    const reading = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })[Symbol.asyncIterator]();
    const counts = await importStore(access.db, { [Symbol.asyncIterator]: () => reading });
    console.log(`Imported ${file}: ${Object.entries(counts).map(([table, n]) => `${table} ${n}`).join(', ')}.`);
    console.log('Every browser will pull everything again on its next sync.');
  } finally {
    await access.done();
  }
});
