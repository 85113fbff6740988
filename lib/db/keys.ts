// The store indexes relationships by the keys matching derives; one definition serves both.
export { relationshipKeys } from '../match/keys';
