/**
 * Facebook / Messenger surfaces beyond the full-page thread of composer.e2e.ts: chat tabs,
 * birthday wall posts, the chat tab opened from a birthday card, web.facebook.com and E2EE threads,
 * and the first-message context read from the page (a pitch to someone never written to is
 * held; the same words in a thread with history are not). Comment boxes stay untouched.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axClick, axFind, axWait, fixtureSent, launch, type Session } from './harness';

type Lang = 'en' | 'de';

const TEXT = {
  birthday: { en: 'Happy birthday! All the best!', de: 'Alles Gute zum Geburtstag! Viel Erfolg weiterhin!' },
  pitch: {
    en: 'Do you have 15 minutes next week for a quick call? I would love to show you a demo of our product.',
    de: 'Hast du nächste Woche 15 Minuten für ein kurzes Gespräch? Ich würde dir gern eine Demo unseres Produkts zeigen.',
  },
  // Different words (the same text to a second person would be template reuse). As a first
  // message this is a confident pitch (`npm run analyze -- --context '{"firstMessage":true}' …`).
  pitch2: {
    en: 'Could we set up a short call on Tuesday? Happy to walk you through a demo of the new dashboard.',
    de: 'Können wir am Dienstag kurz telefonieren? Ich zeige dir gern eine Demo des neuen Dashboards.',
  },
};
const SEND_ANYWAY = { en: 'Send anyway', de: 'Trotzdem senden' };
const LABELS = {
  en: { writeTo: (n: string) => `Write to ${n}`, post: 'Post', message: 'Message', comment: 'Write a comment…', wall: "Write on Anna's profile…" },
  de: { writeTo: (n: string) => `Nachricht an ${n}`, post: 'Posten', message: 'Nachricht senden', comment: 'Kommentieren …', wall: 'Schreib etwas auf Annas Profil …' },
};

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().click();
  await page.keyboard.type(text);
}

async function sendAnyway(page: Page, lang: Lang): Promise<void> {
  await axClick(page, await axWait(page, { role: 'button', name: SEND_ANYWAY[lang] }));
}

for (const lang of ['en', 'de'] as const) {
  const L = LABELS[lang];
  describe(`Facebook surfaces (${lang.toUpperCase()})`, () => {
    let s: Session;
    let page: Page | undefined;
    beforeAll(async () => {
      s = await launch({ lang });
    });
    afterAll(async () => {
      await s?.close();
    });
    afterEach(async () => {
      expect(s.foreignRequests()).toEqual([]);
      await page?.close();
      page = undefined;
    });

    // First: once anything was sent to Ben (the birthday card's chat tab below), he is no longer
    // a first contact — the guard remembers contacts across surfaces by the same key.
    it('web.facebook.com: a pitch in a first message is held', async () => {
      page = await s.newPage();
      await page.goto(`https://web.facebook.com/messages/t/100002?delay=200&lang=${lang}`);
      await page.waitForSelector('[role="main"] [data-lexical-editor="true"]');
      await typeInto(page, '[role="main"] [data-lexical-editor="true"]', TEXT.pitch[lang]);
      // "First message" is certain only once the empty conversation has settled, and a cold page
      // load gets ten seconds (lib/sites/kit/settle.ts): until then only unmistakable pitches hold.
      await page.waitForFunction(() => performance.now() > 10_300, undefined, { timeout: 20_000, polling: 200 });
      await page.keyboard.press('Enter');
      await axWait(page, { role: 'dialog', name: /./ });
      expect(await fixtureSent(page)).toEqual([]);
      await sendAnyway(page, lang);
      await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.pitch[lang], to: 'Ben Beispiel' })]);
    });

    it('chat tab: holds a templated wish and sends it once; the feed comment box is left alone', async () => {
      page = await s.newPage();
      await page.goto(`https://www.facebook.com/?chat=100001&delay=200&lang=${lang}`);
      const tab = `[role="dialog"] [role="textbox"][aria-label="${L.writeTo('Anna Example')}"]`;
      await page.waitForSelector(tab);
      await typeInto(page, tab, TEXT.birthday[lang]);
      await page.keyboard.press('Enter');
      await axWait(page, { role: 'dialog', name: /./ });
      expect(await fixtureSent(page)).toEqual([]);
      await sendAnyway(page, lang);
      await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.birthday[lang], to: 'Anna Example' })]);

      await typeInto(page, `[role="textbox"][aria-label="${L.comment}"]`, TEXT.birthday[lang]);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await fixtureSent(page!)).length).toBe(2);
      expect((await fixtureSent(page))[1]).toEqual({ text: TEXT.birthday[lang], via: 'comment' });
      await page.waitForTimeout(400);
      expect(await fixtureSent(page)).toHaveLength(2);
    });

    it('two chat tabs: the wish in the second is held and goes to that person only', async () => {
      page = await s.newPage();
      await page.goto(`https://www.facebook.com/?chat=100001,100003&delay=200&lang=${lang}`);
      const second = `[role="dialog"] [role="textbox"][aria-label="${L.writeTo('Chloé Müller')}"]`;
      await page.waitForSelector(second);
      await page.waitForSelector(`[role="dialog"] [role="textbox"][aria-label="${L.writeTo('Anna Example')}"]`);
      await typeInto(page, second, TEXT.birthday[lang]);
      await page.keyboard.press('Enter');
      await axWait(page, { role: 'dialog', name: /Chloé/ });
      expect(await fixtureSent(page)).toEqual([]);
      await sendAnyway(page, lang);
      await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.birthday[lang], to: 'Chloé Müller' })]);
      await page.waitForTimeout(400);
      expect(await fixtureSent(page)).toHaveLength(1);
    });

    it('birthday wall post: the Post button is held; "Send anyway" posts once', async () => {
      page = await s.newPage();
      await page.goto(`https://www.facebook.com/events/birthdays/?lang=${lang}`);
      const wall = `[role="textbox"][aria-label="${L.wall}"]`;
      await page.waitForSelector(`${wall}[data-lexical-editor="true"]`);
      await typeInto(page, wall, TEXT.birthday[lang]);
      await page.click(`[role="button"][aria-label="${L.post}"]`);
      await axWait(page, { role: 'dialog', name: /./ });
      expect(await fixtureSent(page)).toEqual([]);
      await sendAnyway(page, lang);
      await expect.poll(() => fixtureSent(page!)).toEqual([{ text: TEXT.birthday[lang], via: 'button', to: 'Anna Example' }]);
      await page.waitForTimeout(400);
      expect(await fixtureSent(page)).toHaveLength(1);
    });

    it('birthday card "Message" opens a chat tab whose wish is held', async () => {
      page = await s.newPage();
      await page.goto(`https://www.facebook.com/events/birthdays/?lang=${lang}`);
      await page.click(`[role="button"][aria-label="${L.message}"]`);
      const tab = `[role="dialog"] [role="textbox"][aria-label="${L.writeTo('Ben Beispiel')}"]`;
      await page.waitForSelector(tab);
      await typeInto(page, tab, TEXT.birthday[lang]);
      await page.keyboard.press('Enter');
      await axWait(page, { role: 'dialog', name: /./ });
      await sendAnyway(page, lang);
      await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.birthday[lang], to: 'Ben Beispiel' })]);
    });

    it('E2EE PIN screen first: the guard finds the composer once the thread loads', async () => {
      page = await s.newPage();
      await page.goto(`https://www.facebook.com/messages/e2ee/t/100001?pin=1&delay=200&lang=${lang}`);
      await page.waitForSelector('[data-fx-pin] input[type="password"]');
      expect(await page.locator('[role="main"] [data-lexical-editor="true"]').count()).toBe(0);
      await page.fill('[data-fx-pin] input[type="password"]', '123456');
      await page.click('[data-fx-action="pin-ok"]');
      await page.waitForSelector('[role="main"] [role="grid"] [role="row"]');
      await typeInto(page, '[role="main"] [data-lexical-editor="true"]', TEXT.birthday[lang]);
      await page.keyboard.press('Enter');
      await axWait(page, { role: 'dialog', name: /Anna/ });
      expect(await fixtureSent(page)).toEqual([]);
      await sendAnyway(page, lang);
      await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.birthday[lang], to: 'Anna Example' })]);
    });

    it('E2EE thread with history: a pitch is not a first message and sends without a card', async () => {
      page = await s.newPage();
      await page.goto(`https://www.facebook.com/messages/e2ee/t/100003?delay=200&lang=${lang}`);
      await page.waitForSelector('[role="main"] [role="grid"] [role="row"]');
      await typeInto(page, '[role="main"] [data-lexical-editor="true"]', TEXT.pitch2[lang]);
      await page.keyboard.press('Enter');
      await expect.poll(() => fixtureSent(page!), { timeout: 5000 }).toEqual([{ text: TEXT.pitch2[lang], via: 'enter', to: 'Chloé Müller' }]);
      await page.waitForTimeout(500);
      expect(await axFind(page, { role: 'dialog', name: /Taktvoll|noticed|aufgefallen/ })).toEqual([]);
      expect(await fixtureSent(page)).toHaveLength(1);
    });
  });
}
