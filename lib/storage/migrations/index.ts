/**
 * The settings' migration ladder: SETTINGS_MIGRATIONS[n] turns a stored value of version n − 1
 * into version n (WXT runs the missing steps when the settings item is first read). Steps are
 * frozen once shipped and import types only; each version has an example fixture
 * (tests/unit/storage/migrations/examples/vN.ts), and all-migrations.test.ts upgrades every
 * earlier example to the current version and checks that all data is kept.
 *
 * Version 1 is the first shipped shape (lib/storage/settings.ts); there is nothing to migrate
 * from yet. To change the shape: bump SETTINGS_VERSION, add `SETTINGS_MIGRATIONS[2]` here in its
 * own file (v1-to-v2.ts), and an example v2.ts — the tests demand both.
 */
import { v1ToV2 } from './v1-to-v2';

export type SettingsMigration = (stored: unknown) => unknown;

export const SETTINGS_MIGRATIONS: Record<number, SettingsMigration> = { 2: v1ToV2 };
