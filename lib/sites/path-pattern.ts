/**
 * URLs as patterns a user can share in a bug report (the "Not working here?" diagnostic): path
 * segments the site's map knows as places are kept, every other segment (ids, slugs, names)
 * becomes `:id`; query values are dropped, only parameter names stay. Pure; used by the popup only
 * (the full URL never leaves the extension, and the report shows only this pattern).
 */
import type { Site } from '../analysis/types';
import { siteOfUrl } from './registry';

/** Path segments that name a place on each site, never a person, group or thread. */
const PATH_WORDS: Readonly<Record<Site, readonly string[]>> = {
  linkedin: [
    'messaging', 'thread', 'new', 'compose', 'in', 'mynetwork', 'catch-up', 'all', 'birthday', 'work_anniversaries',
    'job_changes', 'education', 'invite-connect', 'celebrations', 'birthdays', 'connections', 'preload',
    'custom-invite', 'search-custom-invite', 'groups', 'company', 'feed', 'search', 'results', 'people', 'events', 'posts',
  ],
  facebook: ['messages', 't', 'e2ee', 'events', 'birthdays', 'groups', 'friends', 'watch', 'marketplace', 'notifications', 'profile.php', 'people'],
  xing: ['chats', 'profile', 'contacts', 'network', 'jobs', 'news', 'search', 'members', 'communities'],
};

/** `https://www.linkedin.com/in/anna-example/?lang=de` → `/in/:id/?lang`. */
export function pathPattern(url: URL | string | undefined): string {
  let u: URL;
  try {
    if (url === undefined) return '';
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return '';
  }
  const site = siteOfUrl(u);
  const words = site ? PATH_WORDS[site] : [];
  const path = u.pathname
    .split('/')
    .map((seg) => (seg === '' || words.includes(seg) ? seg : ':id'))
    .join('/');
  const params = [...new Set([...u.searchParams.keys()].filter((k) => /^[\w-]{1,30}$/.test(k)))].sort();
  return params.length > 0 ? `${path}?${params.join('&')}` : path;
}
