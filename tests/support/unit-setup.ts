// The store runs on fake-indexeddb in Node; BroadcastChannel is Node's own.
import 'fake-indexeddb/auto';
