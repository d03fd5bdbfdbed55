/**
 * Who is asking, in unit tests. fake-browser delivers runtime messages with an empty sender, which
 * the background rightly refuses; these helpers deliver them as the browser would — from one of
 * the extension's pages, or from a content script in a tab — and deliver tab messages from the
 * background to the content scripts' listeners.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetRuntimePolicy } from '../../../lib/background/serve';

export const GUARDED_MATCHES = ['https://www.facebook.com/*', 'https://www.messenger.com/*', 'https://www.linkedin.com/*', 'https://www.xing.com/*'];

/** The manifest parts the background reads (the content scripts' matches), plus anything a test adds. */
export function installManifest(extra: Record<string, unknown> = {}): void {
  const manifest = {
    manifest_version: 3,
    name: 'Taktvoll',
    version: '0.1.0',
    permissions: ['storage'],
    host_permissions: GUARDED_MATCHES,
    content_scripts: [{ matches: GUARDED_MATCHES, js: ['content-scripts/x.js'] }],
    ...extra,
  };
  (fakeBrowser.runtime as unknown as { getManifest: () => unknown }).getManifest = () => manifest;
  resetRuntimePolicy();
}

export interface FakeSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export const pageSender = (page = '/options.html'): FakeSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(page) });

export const contentSender = (url = 'https://www.linkedin.com/messaging/thread/1/', tabId = 7, frameId = 0): FakeSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId, url },
  frameId,
});

async function deliver(message: unknown, sender: FakeSender): Promise<unknown> {
  let respond!: (v: unknown) => void;
  const response = new Promise((r) => (respond = r));
  const results = (await fakeBrowser.runtime.onMessage.trigger(message as never, sender as never, respond as never)) as unknown[];
  return results.some((r) => r === true) ? await response : undefined;
}

/** From now on, runtime.sendMessage in this test comes from `sender`. */
export function sendAs(sender: FakeSender): void {
  const impl = (message: unknown, callback?: (r: unknown) => void) => {
    const p = deliver(message, sender);
    if (typeof callback === 'function') {
      void p.then(callback);
      return undefined;
    }
    return p;
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(impl as never);
}

/** tabs.sendMessage reaches this context's listeners as a message from the background. */
export function deliverTabMessages(sender: FakeSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') }): void {
  const impl = (_tabId: number, message: unknown, _options?: unknown, callback?: (r: unknown) => void) => {
    const p = deliver(message, sender);
    if (typeof callback === 'function') {
      void p.then(callback);
      return undefined;
    }
    return p;
  };
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(impl as never);
}
