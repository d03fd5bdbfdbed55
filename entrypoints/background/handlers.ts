/** Background wiring: each direction of the protocol behind its sender check, then lifecycle. */
import { browser } from 'wxt/browser';
import { contentHandlers } from '../../lib/background/content-handlers';
import { forgetTab } from '../../lib/background/health';
import { pageHandlers } from '../../lib/background/page-handlers';
import { retentionIfDue } from '../../lib/background/retention';
import { checkContentSender, checkPageSender } from '../../lib/background/senders';
import { runtimePolicy, serve } from '../../lib/background/serve';
import { onContentMessage } from '../../lib/messaging/content-to-background';
import { onPageMessage } from '../../lib/messaging/page-to-background';

export function registerHandlers(): () => void {
  const offContent = serve(onContentMessage, contentHandlers, (sender) => checkContentSender(sender, runtimePolicy()));
  const offPages = serve(onPageMessage, pageHandlers, (sender) => checkPageSender(sender, runtimePolicy()));
  return () => {
    offContent();
    offPages();
  };
}

export function registerLifecycle(): void {
  // First run: the welcome page introduces the badge and the card (on install only, never on update).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A tab loading a new document: what the old one's frames reported is stale. The new document's
  // content script reports afresh; a page Taktvoll may not enter (site access switched off)
  // reports nothing, and the popup must not show the old "Guard active" for it.
  onTabLoading((tabId) => void forgetTab(tabId));
  // The worker wakes for every burst of use: retention runs then, at most once a day.
  void retentionIfDue().catch(() => undefined);
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
