import { describe, expect, it } from 'vitest';
import { chatIdFromUrl, isChatsUrl, isXingUiUrl, profileKeyFromHref } from '../../../../lib/sites/xing/pages';

const u = (s: string) => new URL(s);

describe('xing URL predicates', () => {
  it('reads the chat id from /chats/<id>', () => {
    expect(chatIdFromUrl(u('https://www.xing.com/chats/a1b2c3d4'))).toBe('a1b2c3d4');
    expect(chatIdFromUrl(u('https://www.xing.com/chats/a1b2c3d4/?occasion=birthday'))).toBe('a1b2c3d4');
    expect(chatIdFromUrl(u('https://www.xing.com/chats/x-1'))).toBe('x-1');
    expect(chatIdFromUrl(u('https://xing.com/chats/x-1'))).toBeNull(); // not a guarded host (the registry's is www.)
    expect(chatIdFromUrl(u('https://www.xing.com/chats/%E0%A4%A'))).toBe('%E0%A4%A');
    expect(chatIdFromUrl(u('https://www.xing.com/chats'))).toBeNull();
    expect(chatIdFromUrl(u('https://www.xing.com/chats/a/b'))).toBeNull();
    expect(chatIdFromUrl(u('https://www.xing.com/profile/Anna_Beispiel'))).toBeNull();
    expect(chatIdFromUrl(u('https://www.facebook.com/chats/a1'))).toBeNull();
  });

  it('knows the messenger pages and the UI pages', () => {
    expect(isChatsUrl(u('https://www.xing.com/chats'))).toBe(true);
    expect(isChatsUrl(u('https://www.xing.com/chats/a1'))).toBe(true);
    expect(isChatsUrl(u('https://www.xing.com/chatsomething'))).toBe(false);
    expect(isXingUiUrl(u('https://www.xing.com/notifications'))).toBe(true);
    expect(isXingUiUrl(u('https://www.xing.com/graphql'))).toBe(false);
    expect(isXingUiUrl(u('http://www.xing.com/chats'))).toBe(false);
    expect(isXingUiUrl(u('https://www.linkedin.com/chats'))).toBe(false);
  });

  it('turns profile links into stable keys', () => {
    expect(profileKeyFromHref('https://www.xing.com/profile/Anna_Beispiel')).toBe('xing:anna_beispiel');
    expect(profileKeyFromHref('/profile/Bernd_Muster2/cv')).toBe('xing:bernd_muster2');
    expect(profileKeyFromHref('https://www.xing.com/chats/a1')).toBeNull();
    expect(profileKeyFromHref('https://example.com/profile/x')).toBeNull();
    expect(profileKeyFromHref('http://[bad')).toBeNull();
  });
});
