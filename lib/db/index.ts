/** The only way into IndexedDB. Every write announces itself (onStoreChange); errors are StoreErrors. */
export { DB_NAME, STORE_NAMES, type StoreName, type WarmlineDB } from './schema';
export { DB_VERSION } from './migrations';
export { openWarmlineDb, closeWarmlineDb, StoreError, toStoreError, type StoreErrorKind } from './open';
export { STORE_ERROR_MESSAGES } from './errors';
export { onStoreChange, notifyChange, isStoreName, type ChangeSource } from './changes';
export {
  listContent,
  getContent,
  listContentByStatus,
  putContent,
  deleteContent,
  type ContentStatus,
} from './content';
export {
  putRelationship,
  getRelationship,
  deleteRelationship,
  listRelationships,
  listRelationshipsNotFromTeam,
  countRelationships,
  hasRelationships,
  relationshipsByKeys,
  toStoredRelationship,
} from './relationships';
export { addActivity, listActivities, activitiesForContent } from './activities';
export { addFeedback, addFeedbackWithActivity, removeFeedback, listFeedback, feedbackForContent } from './feedback';
export { listSubscriptions, getSubscription, putSubscription, deleteSubscription } from './subscriptions';
export { getSettings, saveSettings } from './settings';
export { META, getMeta, putMeta, deleteMeta, type MetaEntry } from './meta';
export { applyImport, deleteAllData, IMPORT_STORES, type ImportWrite } from './bulk';
export { countSubscriptionRecords, removeSubscriptionRecords, type RecordCounts } from './subscription-records';
export { listApprovedContent } from './approved-cache';
export { commitLocal, withdrawFeedback, countOutbox, listOutbox, takeOutboxBatch, isEditable, LOCAL_STORES, type RecordWrite, type Outgoing, type LocalCommit } from './outbox';
export { applyPullPage, applyPushResults, beginResync, finishResync, forgetTeam, refuseOutboxEntries, type PullPage, type PushPair, type Applied } from './team-apply';
export { storedFromChange, teamRecordMeta, isOwnTeamFlag, type TeamContext, type PutChange } from './team-records';
export {
  startTeamSession,
  updateTeamSession,
  updateTeamSync,
  listConflicts,
  getConflict,
  listIntros,
  introsForRelationship,
  countTeamRecords,
  listTeamContent,
} from './team-state';
