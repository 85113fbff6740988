/** `--name value` pairs, only the names a command knows; anything else is a clear error. */
export class UsageError extends Error {}

export function parseArgs<K extends string>(argv: readonly string[], known: readonly K[]): Partial<Record<K, string>> {
  const values: Partial<Record<K, string>> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    const name = flag.replace(/^--/, '') as K;
    if (!flag.startsWith('--') || !known.includes(name)) {
      throw new UsageError(`Unknown option ${flag}. Options: ${known.map((k) => `--${k}`).join(' ')}`);
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
    values[name] = value;
  }
  return values;
}
