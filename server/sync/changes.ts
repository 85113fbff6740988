/**
 * What a write transaction changed, per space, written at the end of the transaction: each space
 * touched gets its version bumped once (in sorted order, so concurrent writers never deadlock on
 * spaces) and its entries the new versions. Then one NOTIFY tells every instance which spaces moved.
 */
import type { RecordKind } from '../../lib/model/index.ts';
import type { Tx } from '../db/types.ts';

export const POKE_CHANNEL = 'warmline_poke';
/** NOTIFY payloads must stay under 8000 bytes; past this, '*' pokes everyone. */
const PAYLOAD_MAX = 7000;

type Entry = { kind: RecordKind; id: string; gone: boolean };

export class ChangeSet {
  private readonly bySpace = new Map<string, Map<string, Entry>>();
  private readonly extraPokes = new Set<string>();

  /** The record is (or, with `gone`, is no longer) in each of these spaces. */
  touch(spaces: readonly string[], kind: RecordKind, id: string, gone = false): void {
    for (const space of spaces) {
      let entries = this.bySpace.get(space);
      if (!entries) this.bySpace.set(space, (entries = new Map()));
      entries.set(`${kind}\u0000${id}`, { kind, id, gone });
    }
  }

  /**
   * A record that was in `before` and is now in `after`: entries in `after`, gone markers where
   * it left. Leaving `after` empty marks it gone everywhere (a deletion).
   */
  move(before: readonly string[], after: readonly string[], kind: RecordKind, id: string): void {
    this.touch(after, kind, id);
    this.touch(before.filter((space) => !after.includes(space)), kind, id, true);
  }

  /** Pokes without a record change (a user's access changed: `a:<user>`). */
  poke(key: string): void {
    this.extraPokes.add(key);
  }

  /** Takes over another set's changes (a mutation's, once it succeeded). */
  absorb(other: ChangeSet): void {
    for (const [space, entries] of other.bySpace) {
      for (const entry of entries.values()) this.touch([space], entry.kind, entry.id, entry.gone);
    }
    for (const key of other.extraPokes) this.extraPokes.add(key);
  }

  get empty(): boolean {
    return this.bySpace.size === 0 && this.extraPokes.size === 0;
  }

  async flush(tx: Tx): Promise<void> {
    const spaces = [...this.bySpace.keys()].sort();
    for (const space of spaces) {
      const entries = [...this.bySpace.get(space)!.values()];
      await tx.query('SELECT warmline_touch($1, $2::text[], $3::text[], $4::boolean[])', [
        space,
        entries.map((entry) => entry.kind),
        entries.map((entry) => entry.id),
        entries.map((entry) => entry.gone),
      ]);
    }
    const keys = [...spaces, ...this.extraPokes];
    if (keys.length === 0) return;
    const payload = keys.join(',');
    await tx.query('SELECT pg_notify($1, $2)', [POKE_CHANNEL, payload.length > PAYLOAD_MAX ? '*' : payload]);
    this.bySpace.clear();
    this.extraPokes.clear();
  }
}
