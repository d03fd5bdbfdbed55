/**
 * Pure predicates over LinkedIn URLs (research/dom.md §1.2, §1.3, §0.1). No DOM, no state.
 * Every function takes a URL or a string and never throws.
 */
import { isSiteUrl } from '../registry';

/** Strings may be hrefs relative to linkedin.com (`/in/anna/`), unless `absolute` is asked for. */
function parse(url: URL | string, absolute = false): URL | null {
  if (typeof url !== 'string') return url;
  try {
    return absolute ? new URL(url) : new URL(url, 'https://www.linkedin.com/');
  } catch {
    return null;
  }
}

/** A page on the hosts where the guard runs (lib/sites/registry.ts: www.linkedin.com; the bare and country hosts redirect there). */
export function isLinkedIn(url: URL | string): boolean {
  return isSiteUrl('linkedin', parse(url, true) ?? undefined);
}

const path = (url: URL | string): string => parse(url)?.pathname ?? '';

/** Anything under /messaging/ (full-page messaging). */
export function isMessaging(url: URL | string): boolean {
  return /^\/messaging(\/|$)/.test(path(url));
}

/** `/messaging/thread/<id>/` for an existing thread (not `/messaging/thread/new/`). */
export function isMessagingThread(url: URL | string): boolean {
  const m = path(url).match(/^\/messaging\/thread\/([^/]+)\/?$/);
  return !!m && m[1] !== 'new';
}

/** The thread id from `/messaging/thread/<id>/`, decoded. */
export function threadId(url: URL | string): string | undefined {
  const id = path(url).match(/^\/messaging\/thread\/([^/]+)\/?$/)?.[1];
  if (!id || id === 'new') return undefined;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * A draft to someone: `/messaging/compose/…` (profile "Message", birthday links) or
 * `/messaging/thread/new/?recipient=…` (dom.md §1.2). Not proof of an empty thread: compose
 * shows the whole existing conversation when there is one.
 */
export function isCompose(url: URL | string): boolean {
  return /^\/messaging\/(compose|thread\/new)\/?$/.test(path(url));
}

/** The draft a compose link pre-fills through `body=` (dom.md §1.3, [S]). */
export function composeBodyParam(url: URL | string): string | undefined {
  const u = parse(url);
  if (!u || !isCompose(u)) return undefined;
  const body = u.searchParams.get('body');
  return body ? body : undefined;
}

/**
 * The recipient of a compose URL as a profile URN: `profileUrn=urn:li:fsd_profile:<id>` or
 * `recipient=<id>` (which is the same id; dom.md §1.2 [V]).
 */
export function composeRecipientUrn(url: URL | string): string | undefined {
  const u = parse(url);
  if (!u || !isCompose(u)) return undefined;
  const urn = u.searchParams.get('profileUrn');
  if (urn && /^urn:li:[a-z_]+:[\w-]+$/i.test(urn)) return urn;
  const recipient = u.searchParams.get('recipient');
  if (!recipient) return undefined;
  if (/^urn:li:[a-z_]+:[\w-]+$/i.test(recipient)) return recipient;
  return /^[\w-]+$/.test(recipient) ? `urn:li:fsd_profile:${recipient}` : undefined;
}

/** `/mynetwork/catch-up/<kind>/` and the older `/mynetwork/invite-connect/celebrations/…` (dom.md §1.3). */
export function isCatchUp(url: URL | string): boolean {
  return /^\/mynetwork\/(catch-up|invite-connect\/celebrations)(\/|$)/.test(path(url));
}

/** The catch-up tab: 'birthday', 'all', 'work_anniversaries', 'job_changes' …; the old celebrations/birthdays page → 'birthday'. */
export function catchUpKind(url: URL | string): string | undefined {
  const p = path(url);
  const m = p.match(/^\/mynetwork\/catch-up\/([^/]+)/);
  if (m) return m[1];
  if (/^\/mynetwork\/invite-connect\/celebrations\/birthdays/.test(p)) return 'birthday';
  return undefined;
}

/** The same-origin interop iframe (`/preload/`, dom.md §0.1 [V]). */
export function isPreload(url: URL | string): boolean {
  return /^\/preload(\/|$)/.test(path(url));
}

/** The vanity name of a profile path or href (`/in/<slug>/…`), decoded and lower-cased. */
export function profileSlug(url: URL | string): string | undefined {
  const slug = path(url).match(/^\/in\/([^/?#]+)/)?.[1];
  if (!slug) return undefined;
  try {
    return decodeURIComponent(slug).toLowerCase();
  } catch {
    return slug.toLowerCase();
  }
}

export function isProfile(url: URL | string): boolean {
  return profileSlug(url) !== undefined;
}

/**
 * The invite dialog's own page: `/preload/custom-invite/?vanityName=<slug>` and
 * `/preload/search-custom-invite/?vanityName=<slug>` (research/dom-2026.md §1: src 65773955083
 * renders the dialog there, top-level or in the /preload/ iframe).
 */
export function isInvitePage(url: URL | string): boolean {
  return /^\/preload\/(search-)?custom-invite\/?$/.test(path(url));
}

/** `vanityName=` of the connect link (`/preload/custom-invite/?vanityName=<slug>`, dom.md §8.1 D). */
export function inviteVanityName(url: URL | string): string | undefined {
  const v = parse(url)?.searchParams.get('vanityName');
  return v ? v.toLowerCase() : undefined;
}

/** The numeric group id of `/groups/<id>/…`. */
export function groupId(url: URL | string): string | undefined {
  return path(url).match(/^\/groups\/(\d+)(\/|$)/)?.[1];
}

/** A company page (`/company/<name>/`), where the same invitee picker invites to follow. */
export function isCompanyPage(url: URL | string): boolean {
  return /^\/company\/[^/]+/.test(path(url));
}
