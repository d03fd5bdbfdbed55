/** Background message handlers: validate every payload, then delegate to lib/db. */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import * as repo from '../../lib/db/repo';
import { onMessage } from '../../lib/messaging/protocol';
import {
  choiceSchema,
  healthSchema,
  ledgerEntrySchema,
  ledgerQuerySchema,
  personRefSchema,
  promptEventSchema,
  sendEventSchema,
  trustedContactSchema,
  type Health,
} from '../../lib/messaging/schemas';
import { loadSettings, updateSettings } from '../../lib/storage/settings-item';

const limitSchema = z.object({ limit: z.number().int().positive().max(5000).optional() });
const daysSchema = z.object({ days: z.number().int().min(1).max(366) });
const idSchema = z.object({ id: z.number().int() });

/** Tab health lives in storage.session: it survives service-worker restarts, not browser restarts. */
const healthKey = (tabId: number) => `health:${tabId}`;

async function storeHealth(tabId: number, frameId: number, health: Health): Promise<void> {
  const key = healthKey(tabId);
  const current = ((await browser.storage.session.get(key))[key] ?? {}) as Record<string, Health>;
  current[String(frameId)] = health;
  await browser.storage.session.set({ [key]: current });
}

async function retention(): Promise<number> {
  const settings = await loadSettings();
  return repo.applyRetention(settings.retentionDays, Date.now());
}

export function registerHandlers(): void {
  onMessage('getComposerInfo', async ({ data }) => {
    const person = personRefSchema.parse(data);
    const settings = await loadSettings();
    return repo.getComposerInfo(person, settings.dailyBudget, Date.now());
  });
  onMessage('getSendMemory', ({ data }) => repo.getSendMemory(daysSchema.parse(data).days, Date.now()));
  onMessage('recordSend', ({ data }) => repo.recordSend(sendEventSchema.parse(data), Date.now()));
  onMessage('recordPrompt', ({ data }) => repo.recordPrompt(promptEventSchema.parse(data), Date.now()));
  onMessage('recordChoice', async ({ data }) => {
    const choice = choiceSchema.parse(data);
    if (choice.kind === 'trust-person') {
      await repo.setTrusted({ ...choice.person, addedAt: Date.now(), source: 'pause-card' });
    } else if (choice.kind === 'untrust-person') {
      await repo.removeTrusted(choice.person);
    } else {
      await updateSettings((s) => ({ ...s, rules: { ...s.rules, [choice.rule]: false } }));
    }
  });
  onMessage('reportHealth', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await storeHealth(tabId, sender.frameId ?? 0, healthSchema.parse(data));
  });
  onMessage('queryLedger', ({ data }) => repo.queryLedger(ledgerQuerySchema.parse(data)));
  onMessage('recordLedger', ({ data }) => repo.recordLedger(z.array(ledgerEntrySchema).max(500).parse(data)));

  onMessage('getTabHealth', async ({ data }) => {
    const { tabId } = z.object({ tabId: z.number().int() }).parse(data);
    const key = healthKey(tabId);
    const stored = ((await browser.storage.session.get(key))[key] ?? {}) as Record<string, unknown>;
    return Object.values(stored).flatMap((h) => {
      const parsed = healthSchema.safeParse(h);
      return parsed.success ? [parsed.data] : [];
    });
  });
  onMessage('getStats', ({ data }) => repo.getStats(daysSchema.parse(data).days, Date.now()));
  onMessage('listLedger', ({ data }) => repo.listLedger(limitSchema.parse(data ?? {}).limit));
  onMessage('deleteLedgerEntry', ({ data }) => repo.deleteLedgerEntry(idSchema.parse(data).id));
  onMessage('listSendMemory', ({ data }) => repo.listSendMemory(limitSchema.parse(data ?? {}).limit));
  onMessage('deleteSendMemory', ({ data }) => repo.deleteSendMemory(idSchema.parse(data).id));
  onMessage('listTrusted', () => repo.listTrusted());
  onMessage('setTrusted', ({ data }) => repo.replaceTrusted(z.object({ contacts: z.array(trustedContactSchema).max(1000) }).parse(data).contacts));
  onMessage('wipeAllData', async () => {
    await repo.wipeAll();
    await browser.storage.session.clear();
  });
  onMessage('applyRetention', async () => ({ deleted: await retention() }));
  onMessage('getSettingsSnapshot', () => loadSettings());
}

export function registerLifecycle(): void {
  browser.runtime.onStartup.addListener(() => void retention().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void retention().catch(() => undefined));
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(healthKey(tabId)));
  // A tab loading a new document: what the old one's frames reported is stale. The new document's
  // content script reports afresh; a page Taktvoll may not enter (site access switched off)
  // reports nothing, and the popup must not show the old "Guard active" for it.
  onTabLoading((tabId) => void browser.storage.session.remove(healthKey(tabId)));
}

/**
 * tabs.onUpdated, for a tab that starts loading. Firefox can filter by property, so its event
 * page is not woken for every title or favicon change; Chrome's addListener takes no filter.
 */
function onTabLoading(fn: (tabId: number) => void): void {
  const listener = (tabId: number, info: { status?: string }) => {
    if (info.status === 'loading') fn(tabId);
  };
  const addListener = browser.tabs.onUpdated.addListener.bind(browser.tabs.onUpdated) as (l: typeof listener, filter?: { properties: string[] }) => void;
  try {
    addListener(listener, { properties: ['status'] });
  } catch {
    addListener(listener);
  }
}
