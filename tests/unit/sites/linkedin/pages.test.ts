/** Pure URL predicates of the LinkedIn adapter, on real-looking URLs. */
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { linkedin } from '../../../../lib/sites/linkedin/adapter';
import * as P from '../../../../lib/sites/linkedin/pages';
import { route } from '../../../fixtures/linkedin/routes';
import { PEOPLE, THREADS } from '../../../fixtures/linkedin/pages';
import { PAGE_SCRIPT } from '../../../fixtures/linkedin/page-script';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/';
const PROFILE_COMPOSE =
  'https://www.linkedin.com/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAABc1x2sBq9kLmN0pQrStUvWxYz12345&recipient=ACoAABc1x2sBq9kLmN0pQrStUvWxYz12345&screenContext=NON_SELF_PROFILE_VIEW&interop=msgOverlay';
const BIRTHDAY_COMPOSE = 'https://www.linkedin.com/messaging/compose/?body=Happy%20birthday%2C%20Anna!%20%F0%9F%8E%89&recipient=ACoAABc1x2sBq9kLmN0pQrStUvWxYz12345';

describe('matchesUrl / isLinkedIn: the registry\'s host only (the bare and country hosts redirect to www)', () => {
  it.each([
    ['https://www.linkedin.com/feed/', true],
    ['https://www.linkedin.com/preload/?_bprMode=vanilla', true],
    ['https://de.linkedin.com/in/anna-example', false],
    ['https://linkedin.com/messaging/', false],
    ['http://www.linkedin.com/feed/', false],
    ['https://www.linkedin.com.evil.example/feed/', false],
    ['https://www.xing.com/chats', false],
    ['https://evil-linkedin.com/', false],
  ])('%s → %s', (url, ok) => {
    expect(linkedin.matchesUrl(new URL(url))).toBe(ok);
    expect(P.isLinkedIn(url)).toBe(ok);
  });
});

describe('the invite dialog\'s own page', () => {
  it('is /preload/custom-invite/ or /preload/search-custom-invite/, with the vanity name in the query', () => {
    expect(P.isInvitePage('https://www.linkedin.com/preload/custom-invite/?vanityName=anna-example')).toBe(true);
    expect(P.isInvitePage('https://www.linkedin.com/preload/search-custom-invite/?vanityName=anna-example')).toBe(true);
    expect(P.isInvitePage('https://www.linkedin.com/preload/')).toBe(false);
    expect(P.isInvitePage('https://www.linkedin.com/in/anna-example/')).toBe(false);
    expect(P.inviteVanityName('https://www.linkedin.com/preload/search-custom-invite/?vanityName=Anna-Example')).toBe('anna-example');
  });
});

describe('messaging URLs', () => {
  it('a thread', () => {
    expect(P.isMessaging(THREAD)).toBe(true);
    expect(P.isMessagingThread(THREAD)).toBe(true);
    expect(P.threadId(THREAD)).toBe('2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==');
    expect(P.threadId('https://www.linkedin.com/messaging/thread/2-abc%3D%3D/')).toBe('2-abc==');
    expect(P.isCompose(THREAD)).toBe(false);
    expect(P.composeBodyParam(`${THREAD}?body=hi`)).toBeUndefined();
  });

  it('/messaging/thread/new/ is a compose, not a thread', () => {
    const url = 'https://www.linkedin.com/messaging/thread/new/?recipient=urn%3Ali%3Afsd_profile%3AACoAAEf0m9NbVcXz1QwErTyUiOpAs24680';
    expect(P.isMessagingThread(url)).toBe(false);
    expect(P.threadId(url)).toBeUndefined();
    expect(P.isCompose(url)).toBe(true);
    expect(P.composeRecipientUrn(url)).toBe('urn:li:fsd_profile:ACoAAEf0m9NbVcXz1QwErTyUiOpAs24680');
  });

  it('the profile "Message" compose link', () => {
    expect(P.isCompose(PROFILE_COMPOSE)).toBe(true);
    expect(P.composeRecipientUrn(PROFILE_COMPOSE)).toBe('urn:li:fsd_profile:ACoAABc1x2sBq9kLmN0pQrStUvWxYz12345');
    expect(P.composeBodyParam(PROFILE_COMPOSE)).toBeUndefined();
  });

  it('a birthday compose link pre-fills through body=', () => {
    expect(P.composeBodyParam(BIRTHDAY_COMPOSE)).toBe('Happy birthday, Anna! 🎉');
    expect(P.composeBodyParam(new URL(BIRTHDAY_COMPOSE))).toBe('Happy birthday, Anna! 🎉');
    expect(P.composeRecipientUrn(BIRTHDAY_COMPOSE)).toBe('urn:li:fsd_profile:ACoAABc1x2sBq9kLmN0pQrStUvWxYz12345');
    expect(P.composeRecipientUrn('https://www.linkedin.com/messaging/compose/?recipient=<script>')).toBeUndefined();
  });

  it('other pages are not messaging', () => {
    expect(P.isMessaging('https://www.linkedin.com/messaging-tips/')).toBe(false);
    expect(P.isMessaging('https://www.linkedin.com/messaging/')).toBe(true);
    expect(P.isMessagingThread('https://www.linkedin.com/messaging/')).toBe(false);
  });
});

describe('catch-up, preload, profiles, groups', () => {
  it('catch-up tabs and the older celebrations page', () => {
    expect(P.isCatchUp('https://www.linkedin.com/mynetwork/catch-up/birthday/')).toBe(true);
    expect(P.catchUpKind('https://www.linkedin.com/mynetwork/catch-up/birthday/')).toBe('birthday');
    expect(P.catchUpKind('https://www.linkedin.com/mynetwork/catch-up/all/')).toBe('all');
    expect(P.catchUpKind('https://www.linkedin.com/mynetwork/catch-up/work_anniversaries/')).toBe('work_anniversaries');
    expect(P.isCatchUp('https://www.linkedin.com/mynetwork/invite-connect/celebrations/birthdays/')).toBe(true);
    expect(P.catchUpKind('https://www.linkedin.com/mynetwork/invite-connect/celebrations/birthdays/')).toBe('birthday');
    expect(P.isCatchUp('https://www.linkedin.com/mynetwork/')).toBe(false);
    expect(P.catchUpKind('https://www.linkedin.com/feed/')).toBeUndefined();
  });

  it('the interop iframe', () => {
    expect(P.isPreload('https://www.linkedin.com/preload/')).toBe(true);
    expect(P.isPreload('https://www.linkedin.com/preload/?_bprMode=vanilla')).toBe(true);
    expect(P.isPreload('https://www.linkedin.com/preload/custom-invite/?vanityName=anna-example')).toBe(true);
    expect(P.inviteVanityName('https://www.linkedin.com/preload/custom-invite/?vanityName=Anna-Example')).toBe('anna-example');
    expect(P.isPreload('https://www.linkedin.com/preloaded/')).toBe(false);
  });

  it('profile slugs, decoded and lower-cased, from paths and hrefs', () => {
    expect(P.profileSlug('https://www.linkedin.com/in/anna-example/')).toBe('anna-example');
    expect(P.profileSlug('/in/Anna-Example?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB')).toBe('anna-example');
    expect(P.profileSlug('/in/j%C3%BCrgen-m%C3%BCller-9b1/')).toBe('jürgen-müller-9b1');
    expect(P.profileSlug('/in/%E0%A4%A/')).toBe('%e0%a4%a');
    expect(P.isProfile('https://www.linkedin.com/in/anna-example/recent-activity/')).toBe(true);
    expect(P.isProfile('https://www.linkedin.com/company/example/')).toBe(false);
  });

  it('group ids and company pages', () => {
    expect(P.groupId('https://www.linkedin.com/groups/9876543/')).toBe('9876543');
    expect(P.groupId('https://www.linkedin.com/groups/9876543/members/')).toBe('9876543');
    expect(P.groupId('https://www.linkedin.com/groups/')).toBeUndefined();
    expect(P.isCompanyPage('https://www.linkedin.com/company/example-gmbh/admin/')).toBe(true);
  });

  it('never throws on garbage', () => {
    expect(P.isLinkedIn('::not a url')).toBe(false);
    expect(P.profileSlug('')).toBeUndefined();
  });
});

describe('fixture routes', () => {
  const get = (url: string): string | undefined => route(new URL(url))?.body;

  it.each([
    [THREAD, 'msg-convo-wrapper'],
    [`${THREAD}?lang=de&mode=enter`, 'Nachricht schreiben…'],
    [PROFILE_COMPOSE, 'artdeco-pill--dismiss'],
    [BIRTHDAY_COMPOSE, 'Happy birthday, Anna! 🎉'],
    ['https://www.linkedin.com/messaging/thread/new/?recipient=ACoAAEf0m9NbVcXz1QwErTyUiOpAs24680', 'Carla Muster'],
    ['https://www.linkedin.com/feed/?overlay=shadow&open=anna,bernd', '"overlay":"shadow"'],
    ['https://www.linkedin.com/preload/', 'msg-overlay'],
    [`https://www.linkedin.com/in/${PEOPLE.anna.slug}/`, 'Invite Anna Example to connect'],
    [`https://www.linkedin.com/in/${PEOPLE.jurgen.slug}/?lang=de`, 'Jürgen Müller zum Vernetzen einladen'],
    ['https://www.linkedin.com/mynetwork/catch-up/birthday/?lang=de', 'Alles Gute zum Geburtstag, Anna! 🎉'],
    ['https://www.linkedin.com/groups/9876543/', 'invitee-picker-search'],
  ])('%s serves a page containing %s', (url, needle) => {
    const body = get(url);
    expect(body).toContain(needle);
    expect(body).toContain('window.__fixture');
  });

  it('unknown pages and hosts are not served', () => {
    expect(get('https://www.linkedin.com/jobs/')).toBeUndefined();
    expect(get('https://www.linkedin.com/messaging/thread/2-unknown/')).toBeUndefined();
    expect(get('https://www.linkedin.com/in/nobody/')).toBeUndefined();
    expect(get('https://www.xing.com/feed/')).toBeUndefined();
  });

  it('the inline page script is valid JavaScript (a broken one leaves every page un-ready)', () => {
    expect(() => new Script(PAGE_SCRIPT, { filename: 'linkedin-page-script.js' })).not.toThrow();
    // and it is the script every page inlines
    expect(get(THREAD)).toContain(PAGE_SCRIPT);
  });

  it('every thread id routes', () => {
    for (const t of THREADS) expect(get(`https://www.linkedin.com/messaging/thread/${t.id}/`)).toContain(PEOPLE[t.person].name);
  });
});
