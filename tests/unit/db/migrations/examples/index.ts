/** One example per database version, oldest first (tests/unit/db/migrations/all-migrations.test.ts). */
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';

export const DB_EXAMPLES = [v1, v2, v3];
