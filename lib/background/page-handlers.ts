/**
 * What the background answers the extension's own pages (popup, options) — only after the sender
 * was checked to be one of them (./senders.ts). A content script is refused every one of these.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import * as repo from '../db/repo';
import { sendToTab } from '../messaging/background-to-content';
import type { PageToBackground } from '../messaging/page-to-background';
import { judgeRequestSchema, personRefSchema, relationEditSchema, relationSchema, suggestionAnswerSchema, trustedContactSchema } from '../messaging/schemas';
import { deleteRelation, editRelation, listRelations, replaceRelations } from '../db/relations';
import { answerSuggestion, forgetSuggestions, getSuggestions } from './relations';
import type { GroupDialogState } from '../messaging/types';
import { dataDeleted, promptsChanged } from './data';
import { forgetPromptsOf, restoreRule, tonedRules } from '../db/fatigue';
import { ruleIdSchema, siteSchema } from '../messaging/schemas';
import { tabHealthNow } from './health';
import { reuseFor } from './memory';
import { applyRetention } from './retention';
import type { Handlers } from './serve';

/** The most relationships an import may bring (a busy networker's years, with room to spare). */
const MAX_RELATIONS = 20_000;
const limitSchema = z.object({ limit: z.number().int().positive().max(5000).optional() });
const daysSchema = z.object({ days: z.number().int().min(1).max(366) });
const idSchema = z.object({ id: z.number().int() });
const tabSchema = z.object({ tabId: z.number().int().nonnegative() });
const answerSchema = tabSchema.extend({
  dialogId: z.string().min(1).max(100),
  personKey: z.string().min(1).max(300),
  item: z.string().min(1).max(40),
  checked: z.boolean(),
});

/** A tab without a group dialog has no listener: that is an empty list, not an error. */
function dialogs(list: unknown): GroupDialogState[] {
  return Array.isArray(list) ? (list as GroupDialogState[]) : [];
}

export const pageHandlers: Handlers<PageToBackground, { url: string }> = {
  getTabHealth: (data) => {
    const { tabId } = tabSchema.parse(data);
    return tabHealthNow(tabId, () => sendToTab('reportHealthNow', undefined, tabId));
  },
  getStats: (data) => repo.getStats(daysSchema.parse(data).days, Date.now()),
  listLedger: (data) => repo.listLedger(limitSchema.parse(data ?? {}).limit),
  deleteLedgerEntry: async (data) => {
    await repo.deleteLedgerEntry(idSchema.parse(data).id);
    await dataDeleted();
  },
  listSendMemory: (data) => repo.listSendMemory(limitSchema.parse(data ?? {}).limit),
  deleteSendMemory: async (data) => {
    await repo.deleteSendMemory(idSchema.parse(data).id);
    await dataDeleted();
  },
  findReuse: (data) => {
    const { text, context } = judgeRequestSchema.parse(data);
    return reuseFor(text, context);
  },
  listTrusted: () => repo.listTrusted(),
  setTrusted: async (data) => {
    await repo.replaceTrusted(z.object({ contacts: z.array(trustedContactSchema).max(1000) }).parse(data).contacts);
    await dataDeleted();
  },
  untrustPerson: async (data) => {
    await repo.removeTrusted(personRefSchema.parse(data));
    await dataDeleted();
  },
  wipeAllData: async () => {
    await repo.wipeAll();
    await forgetSuggestions();
    await browser.storage.session.clear();
    await dataDeleted();
  },
  getSuggestions: () => getSuggestions(),
  answerSuggestion: (data) => answerSuggestion(suggestionAnswerSchema.parse(data)),
  listRelations: () => listRelations(),
  editRelation: async (data) => {
    const { key, ...edit } = relationEditSchema.parse(data);
    await editRelation(key, edit);
    await dataDeleted();
  },
  deleteRelation: async (data) => {
    const { key } = z.object({ key: z.string().min(1).max(320) }).parse(data);
    await deleteRelation(key);
    // The person goes from prompt fatigue's memory too (`${site}:${personKey}`).
    const site = siteSchema.safeParse(key.slice(0, key.indexOf(':')));
    if (site.success) await forgetPromptsOf({ site: site.data, key: key.slice(key.indexOf(':') + 1) });
    await dataDeleted();
  },
  setRelations: async (data) => {
    await replaceRelations(z.object({ relations: z.array(relationSchema).max(MAX_RELATIONS) }).parse(data).relations);
    await dataDeleted();
  },
  listTonedRules: () => tonedRules(),
  restoreRule: async (data) => {
    await restoreRule(z.object({ rule: ruleIdSchema }).parse(data).rule, Date.now());
    await promptsChanged();
  },
  applyRetention: async () => ({ deleted: await applyRetention() }),
  getTabGroupDialogs: async (data) => {
    const { tabId } = tabSchema.parse(data);
    return dialogs(await sendToTab('getGroupDialogs', undefined, tabId).catch(() => []));
  },
  answerTabGroupItem: async (data) => {
    const { tabId, ...answer } = answerSchema.parse(data);
    return dialogs(await sendToTab('answerGroupItem', answer, tabId).catch(() => []));
  },
  getTabDiagnostic: async (data) => {
    const { tabId } = tabSchema.parse(data);
    const page = await sendToTab('getDiagnostic', undefined, { tabId, frameId: 0 }).catch(() => null);
    return page && typeof page === 'object' && Array.isArray(page.frames) ? page : null;
  },
};
