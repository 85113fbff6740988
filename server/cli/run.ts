/** Runs a CLI command: usage and config errors as one clear line and exit code 2, others 1. */
import { ConfigError } from '../config.ts';
import { UsageError } from './args.ts';

export async function runCommand(usage: string, command: () => Promise<void>): Promise<void> {
  try {
    await command();
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(`${error.message}\nUsage: ${usage}`);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
