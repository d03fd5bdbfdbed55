/** Types shared by the pages' logic and their presentational components. */
import type { DraftContext, Finding } from '../analysis/types';

/** Judge a draft in a situation: the analyzer, bound to the user's send memory. */
export type Analyze = (draft: string, context: DraftContext) => Finding[];
