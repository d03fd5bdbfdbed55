/**
 * The settings' migration ladder: SETTINGS_MIGRATIONS[n] turns a stored value of version n − 1
 * into version n (WXT runs the missing steps when the settings item is first read). Steps are
 * frozen once shipped and import types only; each version has an example fixture
 * (tests/unit/storage/migrations/examples/vN.ts), and all-migrations.test.ts upgrades every
 * earlier example to the current version and checks that all data is kept.
 *
 * Version 1 is the first shipped shape; version 2 adds per-site switched-off checks (v1-to-v2.ts),
 * version 3 the relationship memory's switch and quiet period (v2-to-v3.ts).
 * To change the shape: bump SETTINGS_VERSION, add `SETTINGS_MIGRATIONS[n]` here in its own file
 * (v<n-1>-to-v<n>.ts), and an example v<n>.ts — the tests demand both.
 */
import { settingsV1ToV2 } from './v1-to-v2';
import { settingsV2ToV3 } from './v2-to-v3';

export type SettingsMigration = (stored: unknown) => unknown;

export const SETTINGS_MIGRATIONS: Record<number, SettingsMigration> = {
  2: settingsV1ToV2,
  3: settingsV2ToV3,
};
