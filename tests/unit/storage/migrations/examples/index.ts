/** One example per settings version, oldest first (tests/unit/storage/migrations/all-migrations.test.ts). */
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';

export const SETTINGS_EXAMPLES = [v1, v2, v3];
