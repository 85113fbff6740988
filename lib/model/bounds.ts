/**
 * The size bounds of docs/PACK-FORMAT.md ("Size bounds"), in one place: every string and array in
 * lib/model takes its limit from here, so a pack, a stored record and a message can never carry
 * more than a real pack needs (tests/unit/model-bounds.test.ts walks every schema to hold this).
 */
export const BOUNDS = {
  /** Record ids. */
  id: 128,
  /** Names, titles, owners, approvers, publishers, teams. */
  name: 200,
  body: 5000,
  howWeKnow: 500,
  /** `salesNote`, `vendorHistory`, `notes`. */
  note: 2000,
  tags: 50,
  tag: 100,
  /** Each audience list (titles, seniorities, industries, companies), and each entry in it. */
  audienceEntries: 100,
  audienceEntry: 200,
  url: 2048,
  /** RFC 5321's longest address. */
  email: 254,
  /** An ISO 8601 date-time with a zone; nanoseconds and an offset fit well within it. */
  dateTime: 40,
  /** Items in one pack. */
  packContent: 50_000,
  /** Relationships in one pack: a whole company's network. */
  packRelationships: 1_000_000,
  /** A subscribed pack, counted as it arrives (lib/pack/fetch-pack.ts). */
  packBytes: 50 * 1024 * 1024,
  /** Records of one kind kept in this browser (an approved-library copy, acknowledged ids). */
  storedRecords: 1_000_000,
  /** A stamp or a short message for the user. */
  stamp: 100,
  message: 2000,
  /** A LinkedIn slug. */
  slug: 256,
  /** Short labels: HTTP validators, UTM values, objection tags. */
  label: 100,
} as const;
