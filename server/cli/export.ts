/** npm run server:export -- --out <file>: the whole store in Warmline's engine-independent format. */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { configFromEnv } from '../config.ts';
import { exportStore } from '../transfer/export.ts';
import { parseArgs, UsageError } from './args.ts';
import { runCommand } from './run.ts';
import { askServer, storeAccess } from './store-access.ts';

const USAGE = 'npm run server:export -- --out <file.jsonl>';

await runCommand(USAGE, async () => {
  const { out } = parseArgs(process.argv.slice(2), ['out']);
  if (!out) throw new UsageError('--out is required.');
  const file = createWriteStream(out, { mode: 0o600 });
  const write = async (line: string) => {
    if (!file.write(line)) await once(file, 'drain');
  };
  const access = await storeAccess(configFromEnv());
  let counts: Record<string, number> | undefined;
  if (access.kind === 'server') {
    const response = await askServer(access, '/v1/local/export');
    for await (const chunk of response.body!) await write(Buffer.from(chunk).toString('utf8'));
  } else {
    try {
      counts = await exportStore(access.db, write);
    } finally {
      await access.done();
    }
  }
  file.end();
  await once(file, 'finish');
  console.log(`Exported to ${out}${counts ? `: ${Object.entries(counts).map(([table, n]) => `${table} ${n}`).join(', ')}` : ''}.`);
});
