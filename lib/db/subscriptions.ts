import type { Subscription } from '../model';
import { readStore, writeStore } from './run';

export function listSubscriptions(): Promise<Subscription[]> {
  return readStore((db) => db.getAll('subscriptions'));
}

export function getSubscription(url: string): Promise<Subscription | undefined> {
  return readStore((db) => db.get('subscriptions', url));
}

/** Adds or replaces the subscription for this URL. */
export function putSubscription(s: Subscription): Promise<void> {
  return writeStore(['subscriptions'], async (db) => {
    await db.put('subscriptions', s);
  });
}

export function deleteSubscription(url: string): Promise<void> {
  return writeStore(['subscriptions'], (db) => db.delete('subscriptions', url));
}
