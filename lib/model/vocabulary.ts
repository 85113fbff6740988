/**
 * The content vocabulary as plain constants. Kept apart from the zod schemas so views that only
 * display content (the panel's first paint) do not load the validator.
 */
export const CONTENT_KINDS = ['message', 'post', 'talking-point', 'objection', 'faq'] as const;
export const CONTENT_STATUSES = ['draft', 'approved', 'retired'] as const;
export const SENIORITIES = ['entry', 'senior', 'manager', 'director', 'vp', 'cxo', 'owner'] as const;
export const TOKENS = [
  'firstName',
  'lastName',
  'fullName',
  'company',
  'title',
  'senderName',
  'senderFirstName',
] as const;
export type Token = (typeof TOKENS)[number];

/** What a rep can say an objection was about (feedback on a used item). */
export const OBJECTION_TAGS = ['price', 'timing', 'competitor', 'authority', 'need', 'other'] as const;
export type ObjectionTag = (typeof OBJECTION_TAGS)[number];

/** The longest text the panel may ask the content script to put in LinkedIn's message box. */
export const MAX_INSERT_LENGTH = 8000;

/**
 * What the page did to the panel's host element (lib/linkedin/host-guard.ts): the panel holds its
 * actions until the person confirms.
 */
export const HOST_PROBLEMS = ['restyled', 'moved', 'covered'] as const;
export type HostProblem = (typeof HOST_PROBLEMS)[number];

/** The tallest the panel's frame may be asked to be (the content script caps it at the window's height). */
export const MAX_PANEL_HEIGHT = 4000;

/**
 * Where the rep's panel shows: `page`, in LinkedIn's page beside the profile (the default);
 * `side-panel`, in the browser's side panel (Chrome) or sidebar (Firefox), with nothing of
 * Warmline in LinkedIn's page.
 */
export const PANEL_MODES = ['page', 'side-panel'] as const;
export type PanelMode = (typeof PANEL_MODES)[number];
