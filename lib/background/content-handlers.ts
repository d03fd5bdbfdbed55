/**
 * What the background answers a content script — only after the sender was checked to be a tab on
 * a guarded site (./senders.ts). Every payload is zod-validated here; anything about a tab comes
 * from the checked sender.
 */
import { z } from 'zod';
import { scoreDraft } from '../analysis';
import { ALL_LEXICONS } from '../analysis/lexicon/all';
import * as repo from '../db/repo';
import type { ContentToBackground } from '../messaging/content-to-background';
import {
  contentChoiceSchema,
  healthSchema,
  judgeRequestSchema,
  ledgerEntrySchema,
  ledgerQuerySchema,
  personRefSchema,
  promptEventSchema,
  sendEventSchema,
  threadSeenSchema,
} from '../messaging/schemas';
import { recordThreadSeen } from '../db/relations';
import { conversationLink } from '../sites/registry';
import type { JudgeVerdict } from '../messaging/types';
import { loadSettings, updateSettings } from '../storage/settings-item';
import { dataDeleted } from './data';
import { storeHealth } from './health';
import { rememberSend, reuseFor } from './memory';
import { retentionIfDue } from './retention';
import type { ContentSender } from './senders';
import type { Handlers } from './serve';

/** Score a draft and look it up in the send memory. The text is used for this answer only, never stored. */
export async function judgeDraft(data: unknown, now: number = Date.now()): Promise<JudgeVerdict> {
  const { text, context } = judgeRequestSchema.parse(data);
  return { scores: scoreDraft(text, context), reuse: await reuseFor(text, context, now) };
}

export const contentHandlers: Handlers<ContentToBackground, ContentSender> = {
  judgeDraft: (data) => judgeDraft(data),
  getLexicons: () => [...ALL_LEXICONS],
  getComposerInfo: async (data) => {
    const person = personRefSchema.parse(data);
    const settings = await loadSettings();
    return repo.getComposerInfo(person, settings.dailyBudget, Date.now(), settings.relationship.enabled);
  },
  recordSend: async (data) => {
    const now = Date.now();
    const event = sendEventSchema.parse(data);
    const settings = await loadSettings();
    const stored = await repo.recordSend(event, now, settings.relationship.enabled);
    if (stored) rememberSend(stored);
    void retentionIfDue(now).catch(() => undefined);
  },
  recordPrompt: (data) => repo.recordPrompt(promptEventSchema.parse(data), Date.now()),
  recordChoice: async (data) => {
    const choice = contentChoiceSchema.parse(data);
    if (choice.kind === 'trust-person') {
      await repo.setTrusted({ ...choice.person, addedAt: Date.now(), source: 'pause-card' });
      // Other tabs that know this person drop what they knew.
      await dataDeleted();
    } else {
      await updateSettings((s) => ({ ...s, rules: { ...s.rules, [choice.rule]: false } }));
    }
  },
  reportHealth: (data, sender) => storeHealth(sender.tabId, sender.frameId, healthSchema.parse(data)),
  queryLedger: (data) => repo.queryLedger(ledgerQuerySchema.parse(data)),
  recordLedger: (data) => repo.recordLedger(z.array(ledgerEntrySchema).max(500).parse(data)),
  recordThread: async (data, sender) => {
    const seen = threadSeenSchema.parse(data);
    // Switched off: nothing of it is recorded.
    if (!(await loadSettings()).relationship.enabled) return;
    // The sender's frame URL, checked by the browser, never a URL from the payload.
    await recordThreadSeen(seen, conversationLink(sender.url), Date.now());
  },
  getSettingsSnapshot: () => loadSettings(),
};
