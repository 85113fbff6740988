/**
 * The panel's way to the store. IndexedDB code and the zod schemas behind it are most of the
 * panel's script, and the first paint comes from the background's prepared view, so this code
 * loads only when the panel first reads or writes by itself (after the first paint, or a click).
 */
export const panelStore = () => import('./store-impl');
