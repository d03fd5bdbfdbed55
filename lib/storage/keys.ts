/** Keys in the extension's storage.local that more than one context reads (no zod, no logic). */

/** The user's settings (lib/storage/settings-item.ts). */
export const SETTINGS_KEY = 'settings';
/** Where WXT's versioned storage item keeps the stored settings' shape version ({ v }). */
export const SETTINGS_META_KEY = `${SETTINGS_KEY}$`;
/** The settings' current shape (lib/settings.ts); bump it with a migration (lib/storage/migrations). */
export const SETTINGS_VERSION = 3;
/**
 * Bumped by the background whenever remembered data is deleted (wipe, one remembered send or
 * ledger entry, trusted contacts, retention): open tabs watch it and drop what they cached.
 */
export const DATA_VERSION_KEY = 'dataVersion';
/** When retention last ran (epoch ms); it runs at most daily when the background wakes. */
export const RETENTION_RAN_KEY = 'retentionRanAt';
/** This week's "No occasion needed" suggestions (the background's; removed by wipe). */
export const SUGGESTIONS_KEY = 'suggestions';
