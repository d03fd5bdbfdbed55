/**
 * Pure URL predicates for facebook.com and messenger.com (research/dom.md §3, [C] for the
 * thread URL shapes, [S] for the birthdays page). No DOM here.
 */

const FACEBOOK_HOSTS = new Set(['www.facebook.com', 'facebook.com', 'web.facebook.com']);
const MESSENGER_HOSTS = new Set(['www.messenger.com', 'messenger.com']);

export const isFacebookHost = (url: URL): boolean => FACEBOOK_HOSTS.has(url.hostname);
export const isMessengerHost = (url: URL): boolean => MESSENGER_HOSTS.has(url.hostname);

export interface ThreadRef {
  id: string;
  e2ee: boolean;
}

/**
 * The open conversation: facebook.com/messages/t/<id>, facebook.com/messages/e2ee/t/<id>,
 * messenger.com/t/<id>, messenger.com/e2ee/t/<id> [C].
 */
export function threadFromUrl(url: URL): ThreadRef | null {
  const path = url.pathname;
  const m = isFacebookHost(url)
    ? /^\/messages\/(e2ee\/)?t\/([^/]+)\/?$/.exec(path)
    : isMessengerHost(url)
      ? /^\/(e2ee\/)?t\/([^/]+)\/?$/.exec(path)
      : null;
  if (!m?.[2]) return null;
  return { id: decodeURIComponent(m[2]), e2ee: Boolean(m[1]) };
}

export const isThreadUrl = (url: URL): boolean => threadFromUrl(url) !== null;

/** facebook.com/events/birthdays/ [S]. */
export const isBirthdaysUrl = (url: URL): boolean => isFacebookHost(url) && /^\/events\/birthdays\/?$/.test(url.pathname);

/** Path segments under /groups/ that are Facebook's own pages, not a group. */
const NOT_A_GROUP = new Set(['feed', 'discover', 'joins', 'create', 'notifications', 'search', 'your_groups', 'requests']);

/** facebook.com/groups/<id or vanity name>/… → the group's id or vanity name. */
export function groupIdFromUrl(url: URL): string | null {
  if (!isFacebookHost(url)) return null;
  const m = /^\/groups\/([^/?#]+)/.exec(url.pathname);
  if (!m?.[1]) return null;
  const id = decodeURIComponent(m[1]);
  return NOT_A_GROUP.has(id.toLowerCase()) ? null : id;
}

/** Endpoints that never hold a composer or a dialog (embeds, XHR targets). */
const NO_UI = /^\/(?:plugins|ajax|api|tr|sharer|dialog\/oauth)(?:\/|$)/;

/** The Facebook content script runs on both hosts with the same adapter. */
export function isFacebookUiUrl(url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  if (!isFacebookHost(url) && !isMessengerHost(url)) return false;
  return !NO_UI.test(url.pathname);
}

/**
 * A person's key from a profile link: facebook.com/<slug>, facebook.com/profile.php?id=<n>,
 * facebook.com/people/<name>/<n>. null for links that are not profiles.
 */
export function profileKeyFromHref(href: string, base = 'https://www.facebook.com/'): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (!isFacebookHost(url)) return null;
  if (url.pathname === '/profile.php') {
    const id = url.searchParams.get('id');
    return id && /^\d+$/.test(id) ? `facebook:id:${id}` : null;
  }
  const people = /^\/people\/[^/]+\/(\d+)\/?$/.exec(url.pathname);
  if (people) return `facebook:id:${people[1]}`;
  const slug = /^\/([A-Za-z0-9.]{3,})\/?$/.exec(url.pathname)?.[1];
  if (!slug || RESERVED.has(slug.toLowerCase())) return null;
  return `facebook:${slug.toLowerCase()}`;
}

/** First path segments that are Facebook sections, not profiles. */
const RESERVED = new Set([
  'messages', 'events', 'groups', 'watch', 'marketplace', 'gaming', 'friends', 'notifications',
  'settings', 'help', 'pages', 'photo.php', 'stories', 'reel', 'reels', 'home.php', 'bookmarks',
  'saved', 'memories', 'search', 'login', 'logout.php', 'privacy', 'policies', 'ads', 'business',
]);
