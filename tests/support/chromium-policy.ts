/**
 * An administrator's policy for Warmline in real Chromium. On Linux, Chromium reads policies only
 * from /etc/chromium/policies/managed/*.json (for every profile on the machine), and reads them
 * again a few seconds after a file changes. So each test gets a copy of the build in a folder of
 * its own: an unpacked extension's id comes from its folder, and the policy names that id, which
 * no other browser running on the machine (another test, another worktree) loads.
 */
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

export const POLICY_DIR = '/etc/chromium/policies/managed';
/** Chromium waits for a changed policy file to settle (5 s) before it reads it. */
export const POLICY_RELOAD_MS = 20_000;

/** Chromium's id for an unpacked extension: the folder's path hashed, in the letters a to p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

export type PolicyBuild = {
  /** The build's copy, to pass as `launch({ extensionDir })`. */
  dir: string;
  id: string;
  /** Writes (or, with null, empties) the policy for this copy alone. */
  setPolicy(policy: Record<string, unknown> | null): void;
  remove(): void;
};

export function policyBuild(): PolicyBuild {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
  } catch {
    throw new Error(`Chromium reads an administrator's policy only from ${POLICY_DIR}: run the tests as root (as .ci/run does), or make that folder writable to you.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'warmline-policy-build-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const id = unpackedExtensionId(dir);
  const file = join(POLICY_DIR, `warmline-test-${id}.json`);
  return {
    dir,
    id,
    setPolicy(policy) {
      writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy ?? {} } } }));
    },
    remove() {
      rmSync(file, { force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
