import { askPanelHello } from './hello';

/**
 * The panel's question to the background, sent as this module is evaluated: the entry imports
 * it before the panel's code, so the answer travels while that code is evaluated.
 */
export const hello = askPanelHello();
