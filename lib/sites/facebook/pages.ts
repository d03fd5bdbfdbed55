/**
 * Pure URL predicates for facebook.com (research/dom.md §3, [C] for the thread URL shapes, [S]
 * for the birthdays page). No DOM here. The guarded hosts are the registry's
 * (lib/sites/registry.ts: www. and web.facebook.com); messenger.com was retired in April 2026
 * and redirects to facebook.com/messages (research/dom-2026.md, OBSOLETE).
 */
import { isSiteUrl } from '../registry';

/** A guarded Facebook page (www. or web.facebook.com). */
export const isFacebookHost = (url: URL): boolean => isSiteUrl('facebook', url);

/** Any facebook.com host, for reading profile links (a link may point to m. or the bare host). */
const isFacebookDomain = (url: URL): boolean => url.hostname === 'facebook.com' || url.hostname.endsWith('.facebook.com');

export interface ThreadRef {
  id: string;
  e2ee: boolean;
}

/** The open conversation: facebook.com/messages/t/<id>, facebook.com/messages/e2ee/t/<id> [C]. */
export function threadFromUrl(url: URL): ThreadRef | null {
  const m = isFacebookHost(url) ? /^\/messages\/(e2ee\/)?t\/([^/]+)\/?$/.exec(url.pathname) : null;
  if (!m?.[2]) return null;
  try {
    return { id: decodeURIComponent(m[2]), e2ee: Boolean(m[1]) };
  } catch {
    return { id: m[2], e2ee: Boolean(m[1]) };
  }
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
  let id = m[1];
  try {
    id = decodeURIComponent(m[1]);
  } catch {
    /* keep it encoded */
  }
  return NOT_A_GROUP.has(id.toLowerCase()) ? null : id;
}

/** Endpoints that never hold a composer or a dialog (embeds, XHR targets). */
const NO_UI = /^\/(?:plugins|ajax|api|tr|sharer|dialog\/oauth)(?:\/|$)/;

/** Pages of the guarded hosts that never hold UI. */
export const isNoUiPath = (url: URL): boolean => NO_UI.test(url.pathname);

/** A guarded Facebook page that can hold a composer or a dialog. */
export function isFacebookUiUrl(url: URL): boolean {
  return isFacebookHost(url) && !isNoUiPath(url);
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
  if (!isFacebookDomain(url)) return null;
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
