/** One example per settings version, oldest first (tests/unit/storage/migrations/all-migrations.test.ts). */
import { v1 } from './v1';

export const SETTINGS_EXAMPLES = [v1];
