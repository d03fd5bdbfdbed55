/**
 * Types that cross the message protocol, shared by both ends of each direction. Type-only: the
 * content scripts import them without bundling zod (the background validates with ./schemas).
 */
import type { z } from 'zod';
import type { HeadScores } from '../analysis/core';
import type { DraftContext, ReuseMatch } from '../analysis/types';
import type { PersonRef, ledgerQuerySchema, sentRecordSchema } from './schemas';

export type SentRecordDto = z.infer<typeof sentRecordSchema>;
export type LedgerQuery = z.infer<typeof ledgerQuerySchema>;

export { MAX_JUDGED_CHARS } from './limits';

/** "Judge this draft": the learned layer's scores and "have I sent nearly this before?" in one request. */
export interface JudgeRequest {
  text: string;
  context: DraftContext;
}

export interface JudgeVerdict {
  scores: HeadScores;
  reuse: ReuseMatch | null;
}

/** A remembered send as the options page lists it (no fingerprint, no text). */
export interface SendMemoryRow {
  id: number;
  recipientKey: string;
  /** The name the site showed for the person, when Taktvoll saw one. */
  name?: string;
  site: string;
  at: number;
}

/** The state of a group dialog on a tab, as the popup shows it. */
export interface GroupDialogState {
  id: string;
  site: PersonRef['site'];
  groupName: string;
  kind: 'group-invite' | 'chat-add' | 'page-invite';
  people: { key: string; name: string; leftAt?: number; answers: string[] }[];
  held: boolean;
}

/** A tick in the popup's copy of a group checklist. */
export interface AnswerGroupItem {
  dialogId: string;
  personKey: string;
  item: string;
  checked: boolean;
}
