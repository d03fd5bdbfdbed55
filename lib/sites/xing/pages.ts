/** Pure URL predicates for xing.com (research/dom.md §2: the messenger lives under /chats [S]). */

const XING_HOSTS = new Set(['www.xing.com', 'xing.com']);

export const isXingHost = (url: URL): boolean => XING_HOSTS.has(url.hostname);

/** https://www.xing.com/chats/<id> → the chat id. */
export function chatIdFromUrl(url: URL): string | null {
  if (!isXingHost(url)) return null;
  const m = /^\/chats\/([^/?#]+)\/?$/.exec(url.pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** The chat list or a chat. */
export const isChatsUrl = (url: URL): boolean => isXingHost(url) && /^\/chats(?:\/|$)/.test(url.pathname);

/** Endpoints without UI. */
const NO_UI = /^\/(?:api|graphql|xing-one|login\/api)(?:\/|$)/;

export function isXingUiUrl(url: URL): boolean {
  return url.protocol === 'https:' && isXingHost(url) && !NO_UI.test(url.pathname);
}

/** A person's key from a profile link: xing.com/profile/<Slug> [S: public profile URL shape]. */
export function profileKeyFromHref(href: string, base = 'https://www.xing.com/'): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (!isXingHost(url)) return null;
  const slug = /^\/profile\/([A-Za-z0-9_.-]+)\/?/.exec(url.pathname)?.[1];
  return slug ? `xing:${slug.toLowerCase()}` : null;
}
