/**
 * Pure URL predicates for xing.com (research/dom.md §2: the messenger lives under /chats [S];
 * research/dom-2026.md: chats also open in a lightbox over a profile page [S]). The guarded host
 * is the registry's (lib/sites/registry.ts).
 */
import { isSiteUrl } from '../registry';

export const isXingHost = (url: URL): boolean => isSiteUrl('xing', url);

/** Any xing.com host, for reading profile links. */
const isXingDomain = (url: URL): boolean => url.hostname === 'xing.com' || url.hostname.endsWith('.xing.com');

/** https://www.xing.com/chats/<id> → the chat id. */
export function chatIdFromUrl(url: URL): string | null {
  if (!isXingHost(url)) return null;
  const m = /^\/chats\/([^/?#]+)\/?$/.exec(url.pathname);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

/** The chat list or a chat. */
export const isChatsUrl = (url: URL): boolean => isXingHost(url) && /^\/chats(?:\/|$)/.test(url.pathname);

/** Endpoints without UI. */
const NO_UI = /^\/(?:api|graphql|xing-one|login\/api)(?:\/|$)/;

export const isNoUiPath = (url: URL): boolean => NO_UI.test(url.pathname);

export function isXingUiUrl(url: URL): boolean {
  return isXingHost(url) && !isNoUiPath(url);
}

/** A person's key from a profile link: xing.com/profile/<Slug> [S: public profile URL shape]. */
export function profileKeyFromHref(href: string, base = 'https://www.xing.com/'): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (!isXingDomain(url)) return null;
  const slug = /^\/profile\/([A-Za-z0-9_.-]+)\/?/.exec(url.pathname)?.[1];
  return slug ? `xing:${slug.toLowerCase()}` : null;
}
