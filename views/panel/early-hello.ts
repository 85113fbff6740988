import { askPanelHello } from './hello';
import { noticesHeard, startNotices } from './notices';

// Listening first: a notice that comes while the question travels is then not missed.
startNotices();

/**
 * The panel's question to the background, sent as this module is evaluated: the entry imports
 * it before the panel's code, so the answer travels while that code is evaluated.
 */
export const hello = askPanelHello();

/** Notices heard when the question went out; any later one may have made its answer stale. */
export const heardAtHello = noticesHeard();
