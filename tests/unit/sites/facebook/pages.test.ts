import { describe, expect, it } from 'vitest';
import {
  groupIdFromUrl,
  isBirthdaysUrl,
  isFacebookUiUrl,
  isThreadUrl,
  profileKeyFromHref,
  threadFromUrl,
} from '../../../../lib/sites/facebook/pages';

const u = (s: string) => new URL(s);

describe('facebook URL predicates', () => {
  it('recognises the thread URL shapes and their E2EE variants, on www. and web.facebook.com', () => {
    expect(threadFromUrl(u('https://www.facebook.com/messages/t/100001'))).toEqual({ id: '100001', e2ee: false });
    expect(threadFromUrl(u('https://www.facebook.com/messages/t/100001/'))).toEqual({ id: '100001', e2ee: false });
    expect(threadFromUrl(u('https://www.facebook.com/messages/e2ee/t/987654321'))).toEqual({ id: '987654321', e2ee: true });
    expect(threadFromUrl(u('https://web.facebook.com/messages/e2ee/t/55'))).toEqual({ id: '55', e2ee: true });
    // messenger.com was retired in April 2026 (it redirects to facebook.com/messages)
    expect(threadFromUrl(u('https://www.messenger.com/t/100001'))).toBeNull();
    expect(threadFromUrl(u('https://www.facebook.com/messages/t/%E0%A4%A'))).toEqual({ id: '%E0%A4%A', e2ee: false });
  });

  it('does not take other pages for threads', () => {
    expect(isThreadUrl(u('https://www.facebook.com/messages/'))).toBe(false);
    expect(isThreadUrl(u('https://www.facebook.com/t/100001'))).toBe(false); // /t/ was messenger.com's shape
    expect(isThreadUrl(u('https://www.messenger.com/messages/t/100001'))).toBe(false);
    expect(isThreadUrl(u('https://www.facebook.com/messages/t/'))).toBe(false);
    expect(isThreadUrl(u('https://www.linkedin.com/messages/t/1'))).toBe(false);
  });

  it('recognises the birthdays page', () => {
    expect(isBirthdaysUrl(u('https://www.facebook.com/events/birthdays/'))).toBe(true);
    expect(isBirthdaysUrl(u('https://www.facebook.com/events/birthdays'))).toBe(true);
    expect(isBirthdaysUrl(u('https://www.facebook.com/events/123/'))).toBe(false);
    expect(isBirthdaysUrl(u('https://www.messenger.com/events/birthdays/'))).toBe(false);
  });

  it('reads group ids and vanity names, not Facebook sections', () => {
    expect(groupIdFromUrl(u('https://www.facebook.com/groups/4455667788/'))).toBe('4455667788');
    expect(groupIdFromUrl(u('https://www.facebook.com/groups/makersdach/members'))).toBe('makersdach');
    expect(groupIdFromUrl(u('https://www.facebook.com/groups/feed/'))).toBeNull();
    expect(groupIdFromUrl(u('https://www.facebook.com/groups/discover'))).toBeNull();
    expect(groupIdFromUrl(u('https://www.facebook.com/events/birthdays/'))).toBeNull();
  });

  it('runs on www. and web.facebook.com but not on embeds and endpoints, messenger.com or m.facebook.com', () => {
    expect(isFacebookUiUrl(u('https://www.facebook.com/'))).toBe(true);
    expect(isFacebookUiUrl(u('https://web.facebook.com/messages/t/1'))).toBe(true);
    expect(isFacebookUiUrl(u('https://www.messenger.com/t/1'))).toBe(false);
    expect(isFacebookUiUrl(u('https://m.facebook.com/messages/t/1'))).toBe(false);
    expect(isFacebookUiUrl(u('https://www.facebook.com/plugins/post.php?href=x'))).toBe(false);
    expect(isFacebookUiUrl(u('https://www.facebook.com/ajax/bz'))).toBe(false);
    expect(isFacebookUiUrl(u('http://www.facebook.com/'))).toBe(false);
    expect(isFacebookUiUrl(u('https://www.xing.com/chats'))).toBe(false);
  });

  it('turns profile links into stable keys', () => {
    expect(profileKeyFromHref('https://www.facebook.com/anna.example')).toBe('facebook:anna.example');
    expect(profileKeyFromHref('/Anna.Example/')).toBe('facebook:anna.example');
    expect(profileKeyFromHref('https://m.facebook.com/anna.example')).toBe('facebook:anna.example');
    expect(profileKeyFromHref('https://www.facebook.com/profile.php?id=100001')).toBe('facebook:id:100001');
    expect(profileKeyFromHref('https://www.facebook.com/people/Anna-Example/100001/')).toBe('facebook:id:100001');
    expect(profileKeyFromHref('https://www.facebook.com/messages/t/1')).toBeNull();
    expect(profileKeyFromHref('https://www.facebook.com/groups')).toBeNull();
    expect(profileKeyFromHref('https://example.com/anna')).toBeNull();
    expect(profileKeyFromHref('http://[bad')).toBeNull();
  });
});
