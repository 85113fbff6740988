/** Commands only the extension's own pages may give (the router has checked the sender). */
import { deleteAllData } from '../db';
import type { Message } from '../messaging';
import { importText } from '../pack/import';
import { checkPackUrl } from '../pack/pack-url';
import { refreshSubscriptionByUrl, removeSubscription, subscribe } from './subscriptions';

export async function handlePrivileged(message: Message): Promise<unknown> {
  switch (message.type) {
    case 'pack:import': {
      return importText(message.text, message.fileName);
    }
    case 'subscription:set': {
      const check = checkPackUrl(message.url);
      return check.ok ? subscribe(check.url) : { ok: false, error: check.error };
    }
    case 'subscription:refresh':
      return refreshSubscriptionByUrl(message.url);
    case 'subscription:delete':
      return removeSubscription(message.url);
    case 'data:delete-all':
      await deleteAllData();
      return { ok: true };
    default:
      return { refused: 'unknown command' };
  }
}
