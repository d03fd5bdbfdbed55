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
import type { ContentChoice } from '../messaging/schemas';
import { recordThreadSeen } from '../db/relations';
import { conversationLink } from '../sites/registry';
import type { JudgeVerdict } from '../messaging/types';
import { loadSettings, updateSettings } from '../storage/settings-item';
import { dataDeleted, promptsChanged } from './data';
import { tonedRules } from '../db/fatigue';
import { siteOfUrl } from '../sites/registry';
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

type Choice = Exclude<ContentChoice, { kind: 'undo' }>;

/** How long the pause card's undo toast may take a choice back. */
export const UNDO_MS = 2 * 60_000;

/** Choices a tab made a moment ago: the only ones it may undo (anything older is the options page's). */
export const undoable = {
  recent: new Map<string, number>(),
  key: (tabId: number, choice: Choice) => `${tabId}\u0000${choice.kind}\u0000${choice.kind === 'trust-person' ? `${choice.person.site}\u0000${choice.person.key}` : `${choice.rule}\u0000${choice.site ?? ''}`}`,
  put(tabId: number, choice: Choice, now: number): void {
    for (const [k, at] of this.recent) if (now - at > UNDO_MS) this.recent.delete(k);
    this.recent.set(this.key(tabId, choice), now);
  },
  take(tabId: number, choice: Choice, now: number): boolean {
    const k = this.key(tabId, choice);
    const at = this.recent.get(k);
    this.recent.delete(k);
    return at !== undefined && now - at <= UNDO_MS;
  },
};

async function applyChoice(choice: Choice, on: boolean): Promise<void> {
  if (choice.kind === 'trust-person') {
    if (on) await repo.setTrusted({ ...choice.person, addedAt: Date.now(), source: 'pause-card' });
    else await repo.removeTrusted(choice.person);
    // Other tabs that know this person drop what they knew.
    await dataDeleted();
    return;
  }
  const { rule, site } = choice;
  await updateSettings((s) => {
    if (!site) return { ...s, rules: { ...s.rules, [rule]: !on } };
    const forSite = Object.fromEntries(Object.entries(s.siteRules[site] ?? {}).filter(([r]) => r !== rule));
    return { ...s, siteRules: { ...s.siteRules, [site]: on ? { ...forSite, [rule]: false } : forSite } };
  });
}

/** A tab records only for its own site: the site is the sender's, checked by the browser, never the payload's word. */
function ownSite(sender: ContentSender, site: string | undefined): void {
  if (site !== undefined && siteOfUrl(sender.url) !== site) throw new Error(`Taktvoll refused a record for ${site} from a tab on another site`);
}

export const contentHandlers: Handlers<ContentToBackground, ContentSender> = {
  judgeDraft: (data) => judgeDraft(data),
  getLexicons: () => [...ALL_LEXICONS],
  getComposerInfo: async (data) => {
    const person = personRefSchema.parse(data);
    const settings = await loadSettings();
    return repo.getComposerInfo(person, settings.dailyBudget, Date.now(), settings.relationship.enabled);
  },
  recordSend: async (data, sender) => {
    const now = Date.now();
    const event = sendEventSchema.parse(data);
    const settings = await loadSettings();
    ownSite(sender, event.person?.site);
    const { stored, tonedChanged } = await repo.recordSend(event, now, settings.relationship.enabled);
    if (stored) rememberSend(stored);
    if (tonedChanged) await promptsChanged(now);
    void retentionIfDue(now).catch(() => undefined);
  },
  recordPrompt: async (data, sender) => {
    const event = promptEventSchema.parse(data);
    ownSite(sender, event.site);
    ownSite(sender, event.person?.site);
    const now = Date.now();
    if (await repo.recordPrompt(event, now)) await promptsChanged(now);
  },
  getTonedRules: async () => (await tonedRules()).map((r) => r.rule),
  recordChoice: async (data, sender) => {
    const choice = contentChoiceSchema.parse(data);
    const now = Date.now();
    if (choice.kind === 'undo') {
      if (!undoable.take(sender.tabId, choice.choice, now)) return false;
      await applyChoice(choice.choice, false);
      return true;
    }
    await applyChoice(choice, true);
    undoable.put(sender.tabId, choice, now);
    return true;
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
