/**
 * The one registry of the sites Taktvoll guards. Everything that used to be written in five
 * places reads it: wxt.config.ts (host permissions), the content scripts (`matches`,
 * `allFrames`), the adapters' URL predicates, the popup (which site a tab is on, its name, the
 * host permissions to ask for) and the end-to-end harness (which hosts get fixtures).
 *
 * Pure data and pure functions: no DOM, no browser API, safe for every layer.
 *
 * Hosts, with the evidence they rest on (research/dom-2026.md "Manifest / entrypoints"):
 * - LinkedIn: www.linkedin.com only. The bare and country hosts redirect to www, and the
 *   overlays' /preload/ iframe is same-origin, so `allFrames` covers it.
 * - Facebook: www.facebook.com and web.facebook.com (the host some regions and Facebook's own
 *   links use; the adapter's predicates always expected it). Not messenger.com: the Messenger
 *   website was retired in April 2026 and redirects to facebook.com/messages, so its host
 *   permission would only widen what the extension may read. Not m.facebook.com: the mobile site
 *   is a different, server-rendered app with no public evidence of its DOM; guarding it would be
 *   guessing (README "Limits": Firefox for Android users on m.facebook.com are not guarded).
 * - XING: www.xing.com only (the messenger lives under /chats; chat lightboxes on /profile/).
 */
import type { Site } from '../analysis/types';

export interface SiteEntry {
  readonly site: Site;
  /** The i18n key of the site's name in the popup and options. */
  readonly label: 'site_linkedin' | 'site_xing' | 'site_facebook';
  /** Hosts where the guard runs (https only). */
  readonly hosts: readonly string[];
  /** Run in every same-origin frame too (LinkedIn's /preload/ iframe holds overlays). */
  readonly allFrames: boolean;
}

export const SITE_REGISTRY: Readonly<Record<Site, SiteEntry>> = {
  linkedin: {
    site: 'linkedin',
    label: 'site_linkedin',
    hosts: ['www.linkedin.com'],
    allFrames: true,
  },
  facebook: {
    site: 'facebook',
    label: 'site_facebook',
    hosts: ['www.facebook.com', 'web.facebook.com'],
    allFrames: false,
  },
  xing: {
    site: 'xing',
    label: 'site_xing',
    hosts: ['www.xing.com'],
    allFrames: false,
  },
};

export const SITE_ENTRIES: readonly SiteEntry[] = Object.values(SITE_REGISTRY);

/** Content-script match patterns of a site: one `https://<host>/*` per host. */
export function matchesOf(site: Site): string[] {
  return SITE_REGISTRY[site].hosts.map((host) => `https://${host}/*`);
}

/** The host permissions of the whole extension: exactly the content scripts' matches. */
export function hostPermissions(): string[] {
  return SITE_ENTRIES.flatMap((e) => matchesOf(e.site));
}

function parse(url: URL | string | undefined): URL | null {
  if (url === undefined) return null;
  if (typeof url !== 'string') return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The site an https URL belongs to, if the guard runs there; never throws. */
export function siteOfUrl(url: URL | string | undefined): Site | undefined {
  const u = parse(url);
  if (!u || u.protocol !== 'https:') return undefined;
  return SITE_ENTRIES.find((e) => e.hosts.includes(u.hostname))?.site;
}

/** Whether an https URL is on one of the site's guarded hosts. */
export function isSiteUrl(site: Site, url: URL | string | undefined): boolean {
  return siteOfUrl(url) === site;
}

/** The site a host permission or match pattern belongs to (`https://www.xing.com/*` → xing). */
export function siteOfPattern(pattern: string): Site | undefined {
  const m = /^https:\/\/([^/]+)\/\*$/.exec(pattern);
  if (!m) return undefined;
  const host = m[1] ?? '';
  return SITE_ENTRIES.find((e) => e.hosts.includes(host))?.site;
}

/** The path of one conversation on each site (what "a link to the conversation" may point at). */
const CONVERSATION_PATHS: Readonly<Record<Site, RegExp>> = {
  linkedin: /^\/messaging\/thread\/[^/]+\/?$/,
  facebook: /^\/messages\/(?:e2ee\/)?t\/[^/]+\/?$/,
  xing: /^\/chats\/[^/]+\/?$/,
};

/**
 * A link to the conversation a URL shows (origin and path, no query or fragment), when it is a
 * conversation page of a guarded site; undefined for anything else (a feed, a profile, a bubble).
 */
export function conversationLink(url: URL | string | undefined): string | undefined {
  const u = parse(url);
  const site = siteOfUrl(u ?? undefined);
  if (!u || !site || !CONVERSATION_PATHS[site].test(u.pathname) || u.pathname.length > 400) return undefined;
  return `${u.origin}${u.pathname}`;
}
