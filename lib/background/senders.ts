/**
 * Who may ask the background what (the trust boundary, as in uBlock Origin and Bitwarden): pure
 * checks on the browser-supplied sender, which a page cannot forge.
 *
 * - Content messages only from a tab on a guarded site: the sender has a tab, and the frame's URL
 *   matches one of the content scripts' match patterns. Anything about a tab is taken from the
 *   sender (its tab and frame), never from the payload.
 * - Page messages only from the extension's own pages: the sender's URL is on the extension's
 *   origin. A content script runs in a web page, so its sender URL never is.
 */

/** The fields of runtime.MessageSender the checks read. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface SenderPolicy {
  extensionId: string;
  /** e.g. "chrome-extension://<id>/" (runtime.getURL('/')). */
  extensionOrigin: string;
  /** The content scripts' match patterns (the guarded sites). */
  guardedMatches: readonly string[];
}

/** A content script's sender, once checked. */
export interface ContentSender {
  tabId: number;
  frameId: number;
  url: string;
}

export type Checked<T> = { ok: true; sender: T } | { ok: false; reason: string };

const glob = (s: string) => new RegExp(`^${s.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/**
 * Whether a URL matches a manifest match pattern (scheme://host/path; `*` host wildcards, path
 * globs). Written out here because @webext-core/match-patterns reads `Location`, which a service
 * worker does not have.
 */
export function matchesPattern(url: URL, pattern: string): boolean {
  if (pattern === '<all_urls>') return ['http:', 'https:'].includes(url.protocol);
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host = '', path = '/'] = m;
  if (scheme === '*' ? !['http:', 'https:'].includes(url.protocol) : url.protocol !== `${scheme}:`) return false;
  const hostOk = host === '*' || (host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host);
  return hostOk && glob(path).test(url.pathname + url.search);
}

export function isGuardedUrl(url: string, matches: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return matches.some((p) => matchesPattern(parsed, p));
}

export function checkContentSender(sender: Sender | undefined, policy: SenderPolicy): Checked<ContentSender> {
  if (!sender || sender.id !== policy.extensionId) return { ok: false, reason: 'not this extension' };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return { ok: false, reason: 'not from a tab' };
  const url = sender.url ?? sender.tab?.url ?? '';
  if (url.startsWith(policy.extensionOrigin)) return { ok: false, reason: 'an extension page is not a content script' };
  if (!isGuardedUrl(url, policy.guardedMatches)) return { ok: false, reason: 'not a guarded site' };
  return { ok: true, sender: { tabId, frameId: sender.frameId ?? 0, url } };
}

export function checkPageSender(sender: Sender | undefined, policy: SenderPolicy): Checked<{ url: string }> {
  if (!sender || sender.id !== policy.extensionId) return { ok: false, reason: 'not this extension' };
  const url = sender.url ?? '';
  if (!policy.extensionOrigin || !url.startsWith(policy.extensionOrigin)) return { ok: false, reason: 'not an extension page' };
  return { ok: true, sender: { url } };
}
