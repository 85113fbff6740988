import { storageItem } from './item';
import { STORAGE_KEYS } from './keys';

/**
 * Whether the rep collapsed the panel. In storage.local because the content script sizes the
 * frame by it before the panel loads (it holds no library data).
 */
export const panelCollapsed = storageItem(STORAGE_KEYS.panelCollapsed, (raw) => raw === true);
