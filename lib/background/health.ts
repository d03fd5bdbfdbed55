/** Tab health lives in storage.session: it survives service-worker restarts, not browser restarts. */
import { browser } from 'wxt/browser';
import { healthSchema, type Health } from '../messaging/schemas';

const healthKey = (tabId: number) => `health:${tabId}`;

export async function storeHealth(tabId: number, frameId: number, health: Health): Promise<void> {
  const key = healthKey(tabId);
  const current = ((await browser.storage.session.get(key))[key] ?? {}) as Record<string, Health>;
  current[String(frameId)] = health;
  await browser.storage.session.set({ [key]: current });
}

export async function tabHealth(tabId: number): Promise<Health[]> {
  const key = healthKey(tabId);
  const stored = ((await browser.storage.session.get(key))[key] ?? {}) as Record<string, unknown>;
  return Object.values(stored).flatMap((h) => {
    const parsed = healthSchema.safeParse(h);
    return parsed.success ? [parsed.data] : [];
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove(healthKey(tabId));
}
