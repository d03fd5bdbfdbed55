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

/** How long a popup waits for a tab whose top frame had not reported yet (frames report their first health only once the page is idle). */
const ASK_WAIT_MS = 800;
const POLL_MS = 40;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The tab's health for the popup: what its frames reported, or — when its top frame has not yet
 * (a page still starting) — what they report when asked (`ask`: the background → content "report
 * now", which reaches every frame of the tab).
 */
export async function tabHealthNow(tabId: number, ask: () => Promise<unknown>): Promise<Health[]> {
  const hasTop = (list: Health[]) => list.some((h) => h.frame === 'top');
  const known = await tabHealth(tabId);
  if (hasTop(known)) return known;
  const asked = await ask().then(
    () => true,
    () => false, // no content script in this tab (not a guarded page, or not yet injected)
  );
  if (!asked) return known;
  for (let waited = 0; waited < ASK_WAIT_MS; waited += POLL_MS) {
    await sleep(POLL_MS);
    if (hasTop(await tabHealth(tabId))) {
      await sleep(POLL_MS); // the tab's other frames answer about as fast
      break;
    }
  }
  return tabHealth(tabId);
}

export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove(healthKey(tabId));
}
