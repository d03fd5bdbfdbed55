/** The one registry of sites: hosts, matches = host permissions, URL predicates, names, path patterns. */
import { describe, expect, it } from 'vitest';
import { SITES } from '../../../lib/analysis/types';
import { SITE_LABEL, siteFromUrl } from '../../../lib/pages/status';
import { pathPattern } from '../../../lib/sites/path-pattern';
import { hostPermissions, isSiteUrl, matchesOf, SITE_ENTRIES, SITE_REGISTRY, siteOfPattern, siteOfUrl } from '../../../lib/sites/registry';

describe('site registry', () => {
  it('has every site once, with its popup name', () => {
    expect(SITE_ENTRIES.map((e) => e.site).sort()).toEqual([...SITES].sort());
    for (const e of SITE_ENTRIES) expect(SITE_LABEL[e.site]).toBe(e.label);
  });

  it('host permissions are exactly the content scripts\' matches, https only, no wildcards', () => {
    expect(hostPermissions()).toEqual(SITE_ENTRIES.flatMap((e) => matchesOf(e.site)));
    expect(hostPermissions()).toEqual(['https://www.linkedin.com/*', 'https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://www.xing.com/*']);
    for (const p of hostPermissions()) expect(p).toMatch(/^https:\/\/[a-z.]+\/\*$/);
  });

  it('LinkedIn runs in its same-origin frames too (the /preload/ iframe); the others in the top frame', () => {
    expect(SITE_REGISTRY.linkedin.allFrames).toBe(true);
    expect(SITE_REGISTRY.facebook.allFrames).toBe(false);
    expect(SITE_REGISTRY.xing.allFrames).toBe(false);
  });

  it.each([
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.facebook.com/messages/t/1', 'facebook'],
    ['https://web.facebook.com/messages/t/1', 'facebook'],
    ['https://www.xing.com/chats/1', 'xing'],
    // not guarded: the bare and country LinkedIn hosts redirect to www; messenger.com was retired
    // (April 2026, redirects to facebook.com/messages); m.facebook.com is another app without evidence
    ['https://de.linkedin.com/in/anna', undefined],
    ['https://www.messenger.com/t/1', undefined],
    ['https://m.facebook.com/messages/t/1', undefined],
    ['https://xing.com/chats/1', undefined],
    ['http://www.linkedin.com/feed/', undefined],
    ['https://www.linkedin.com.evil.example/', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, site) => {
    expect(siteOfUrl(url)).toBe(site);
    expect(siteFromUrl(url)).toBe(site);
    if (site) expect(isSiteUrl(site as 'linkedin', url)).toBe(true);
  });

  it('reads the site of a host permission pattern', () => {
    expect(siteOfPattern('https://web.facebook.com/*')).toBe('facebook');
    expect(siteOfPattern('https://*.linkedin.com/*')).toBeUndefined();
    expect(siteOfPattern('https://example.org/*')).toBeUndefined();
  });
});

describe('pathPattern: a URL a user can share', () => {
  it.each([
    ['https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/?lang=de', '/messaging/thread/:id/?lang'],
    ['https://www.linkedin.com/in/anna-example/', '/in/:id/'],
    ['https://www.linkedin.com/messaging/compose/?body=Happy%20birthday%20Anna&recipient=ACoAAB', '/messaging/compose/?body&recipient'],
    ['https://www.linkedin.com/mynetwork/catch-up/birthday/', '/mynetwork/catch-up/birthday/'],
    ['https://www.linkedin.com/preload/search-custom-invite/?vanityName=anna-example', '/preload/search-custom-invite/?vanityName'],
    ['https://www.facebook.com/groups/4455667788/', '/groups/:id/'],
    ['https://www.facebook.com/anna.example', '/:id'],
    ['https://www.xing.com/profile/Anna_Beispiel', '/profile/:id'],
    ['https://www.xing.com/chats/a1b2c3d4', '/chats/:id'],
    ['https://example.org/messaging/anna', '/:id/:id'],
  ])('%s → %s', (url, pattern) => {
    expect(pathPattern(url)).toBe(pattern);
  });
});
