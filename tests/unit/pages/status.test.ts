/** Pure helpers behind the popup: site detection, guard state, pause, health summary; manifest facts; highlighting. */
import { describe, expect, it } from 'vitest';
import type { Health } from '../../../lib/messaging/schemas';
import { segments } from '../../../lib/pages/highlight';
import { readManifestFacts } from '../../../lib/pages/manifest';
import { PAUSED_INDEFINITELY, guardState, pauseFor, resume, siteFromUrl, summarizeHealth, totals } from '../../../lib/pages/status';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const NOW = 1_700_000_000_000;
const health = (over: Partial<Health> = {}): Health => ({
  site: 'linkedin',
  url: 'https://www.linkedin.com/messaging/',
  frame: 'top',
  active: true,
  reasons: [],
  composers: 1,
  groupDialogs: 0,
  matched: [],
  failures: [],
  warnings: [],
  errors: [],
  ...over,
});

describe('siteFromUrl', () => {
  it('knows the three sites on the hosts where the guard runs (lib/sites/registry.ts), and nothing else', () => {
    expect(siteFromUrl('https://www.linkedin.com/messaging/thread/1/')).toBe('linkedin');
    expect(siteFromUrl('https://www.xing.com/chats')).toBe('xing');
    expect(siteFromUrl('https://www.facebook.com/messages/t/1')).toBe('facebook');
    expect(siteFromUrl('https://web.facebook.com/messages/t/1')).toBe('facebook');
    // retired (redirects to facebook.com/messages), and the mobile site the guard does not know
    expect(siteFromUrl('https://www.messenger.com/t/1')).toBeUndefined();
    expect(siteFromUrl('https://m.facebook.com/messages/t/1')).toBeUndefined();
    expect(siteFromUrl('https://evil-linkedin.com/')).toBeUndefined();
    expect(siteFromUrl('https://linkedin.com.evil.example/')).toBeUndefined();
    expect(siteFromUrl('http://www.linkedin.com/')).toBeUndefined();
    expect(siteFromUrl('chrome://extensions')).toBeUndefined();
    expect(siteFromUrl(undefined)).toBeUndefined();
    expect(siteFromUrl('not a url')).toBeUndefined();
  });
});

describe('guardState', () => {
  it('reports none, off, paused, unknown, active and inactive', () => {
    expect(guardState(undefined, DEFAULT_SETTINGS, [], NOW)).toEqual({ kind: 'none' });
    expect(guardState('xing', { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, xing: false } }, [health()], NOW)).toEqual({ kind: 'off' });
    expect(guardState('linkedin', pauseFor(DEFAULT_SETTINGS, 'linkedin', 'hour', NOW), [health()], NOW)).toEqual({ kind: 'paused', until: NOW + 3_600_000 });
    expect(guardState('linkedin', pauseFor(DEFAULT_SETTINGS, 'linkedin', 'site', NOW), [health()], NOW)).toEqual({ kind: 'paused-site' });
    expect(guardState('linkedin', pauseFor(DEFAULT_SETTINGS, 'linkedin', 'hour', NOW - 4_000_000), [health()], NOW)).toEqual({ kind: 'active' });
    expect(guardState('linkedin', DEFAULT_SETTINGS, [], NOW)).toEqual({ kind: 'unknown' });
    expect(guardState('linkedin', DEFAULT_SETTINGS, [health({ active: false })], NOW)).toEqual({ kind: 'inactive' });
    expect(guardState('linkedin', DEFAULT_SETTINGS, [health({ active: false }), health({ frame: 'sub' })], NOW)).toEqual({ kind: 'active' });
    // The browser withholds site access: say so (unless the user switched the site off anyway).
    expect(guardState('linkedin', DEFAULT_SETTINGS, [], NOW, false)).toEqual({ kind: 'no-access' });
    expect(guardState('linkedin', { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, linkedin: false } }, [], NOW, false)).toEqual({ kind: 'off' });
  });

  it('pauses only the given site, and resumes', () => {
    const paused = pauseFor(DEFAULT_SETTINGS, 'facebook', 'site', NOW);
    expect(paused.pausedUntil).toEqual({ facebook: PAUSED_INDEFINITELY });
    expect(resume(paused, 'facebook').pausedUntil).toEqual({ facebook: 0 });
    // The content scripts' check: paused while pausedUntil > now.
    expect((paused.pausedUntil.facebook ?? 0) > NOW + 10 * 365 * 86_400_000).toBe(true);
  });
});

describe('summarizeHealth and totals', () => {
  it('adds up all frames and keeps the newest finding', () => {
    const s = summarizeHealth([
      health({ composers: 2, lastFinding: { rule: 'templated-greeting', at: 5 }, reasons: ['a'] }),
      health({ frame: 'sub', composers: 1, groupDialogs: 1, lastFinding: { rule: 'pitch-first-message', at: 9 }, reasons: ['a', 'b'], errors: ['x'] }),
    ]);
    expect(s).toEqual({ composers: 3, dialogs: 1, lastFinding: { rule: 'pitch-first-message', at: 9 }, reasons: ['a', 'b'], errors: ['x'], frames: 2, matched: [], failures: [], warnings: [] });
    expect(summarizeHealth([health({ matched: ['a#0', 'b#1'] }), health({ matched: ['b#1'] })]).matched).toEqual(['a#0', 'b#1']);
  });

  it('sums failures across frames and lists current warnings once', () => {
    const s = summarizeHealth([
      health({ failures: [{ where: 'sendControls', why: 'no-send-control', count: 2 }], warnings: ['no-send-control'] }),
      health({ frame: 'sub', failures: [{ where: 'sendControls', why: 'no-send-control', count: 1 }, { where: 'readContext', why: 'threw TypeError', count: 1 }], warnings: ['no-send-control'] }),
    ]);
    expect(s.failures).toEqual([
      { where: 'sendControls', why: 'no-send-control', count: 3 },
      { where: 'readContext', why: 'threw TypeError', count: 1 },
    ]);
    expect(s.warnings).toEqual(['no-send-control']);
  });

  it('totals the five measures', () => {
    const day = { day: '2026-11-22', shown: 2, revised: 1, cancelled: 1, sentAsIs: 0, keptEditing: 2, clean: 9, groupHeld: 0, groupCancelled: 0, groupContinued: 0 };
    expect(totals([day, { ...day, sentAsIs: 3, keptEditing: 1 }])).toEqual({ shown: 4, keptEditing: 3, revised: 2, cancelled: 2, sentAsIs: 3 });
  });
});

describe('readManifestFacts', () => {
  it('reads permissions, host permissions and whether the pages may connect anywhere', () => {
    const facts = readManifestFacts({
      permissions: ['storage'],
      host_permissions: ['https://www.linkedin.com/*', 'https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://example.org/*'],
      content_security_policy: { extension_pages: "script-src 'self'; connect-src 'none'; object-src 'none'" },
    });
    expect(facts.permissions).toEqual(['storage']);
    expect(facts.connectNone).toBe(true);
    expect(facts.hostSite('https://www.linkedin.com/*')).toBe('linkedin');
    expect(facts.hostSite('https://web.facebook.com/*')).toBe('facebook');
    expect(facts.hostSite('https://*.messenger.com/*')).toBeUndefined();
    expect(facts.hostSite('https://example.org/*')).toBeUndefined();
    expect(facts.hostsOf('facebook')).toEqual(['https://www.facebook.com/*', 'https://web.facebook.com/*']);
    expect(facts.hostsOf('xing')).toEqual([]);
    expect(readManifestFacts({ content_security_policy: { extension_pages: "connect-src 'self'" } }).connectNone).toBe(false);
    expect(readManifestFacts({}).permissions).toEqual([]);
  });
});

describe('segments', () => {
  it('marks merged, clamped spans', () => {
    expect(segments('Happy birthday! Quick call?', [[16, 21], [0, 5], [3, 14], [22, 99]])).toEqual([
      { text: 'Happy birthday', marked: true },
      { text: '! ', marked: false },
      { text: 'Quick', marked: true },
      { text: ' ', marked: false },
      { text: 'call?', marked: true },
    ]);
    expect(segments('abc', [])).toEqual([{ text: 'abc', marked: false }]);
    expect(segments('abc', [[2, 2], [-5, 0]])).toEqual([{ text: 'abc', marked: false }]);
  });
});

describe('formatting', () => {
  it('never throws on a time no date can hold', async () => {
    const { formatDate, formatDateTime, formatTime, formatDay } = await import('../../../lib/pages/format');
    expect(formatDate(-1e300)).toBe('—');
    expect(formatDateTime(Number.NaN)).toBe('—');
    expect(formatTime(Infinity)).toBe('—');
    expect(formatDate(Date.UTC(2026, 10, 22))).toMatch(/2026/);
    expect(formatDay('2026-11-22')).toMatch(/22/);
  });
});
