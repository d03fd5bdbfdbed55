/** One example per database version, oldest first (tests/unit/db/migrations/all-migrations.test.ts). */
import { v1 } from './v1';

export const DB_EXAMPLES = [v1];
