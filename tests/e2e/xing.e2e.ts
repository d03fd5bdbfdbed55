/**
 * The composer guard on XING end to end: the built extension in Chromium, the React 18 chat
 * fixture at https://www.xing.com/chats/<id> (a controlled <textarea>, so the guard must go
 * through React's state), Taktvoll's UI driven through the accessibility tree. Every test also
 * checks that nothing left the browser.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axClick, axFind, axGone, axWait, cdp, fixtureSent, launch, type Session } from './harness';

type Lang = 'en' | 'de';

const ANNA = 'https://www.xing.com/chats/a1b2c3d4';
const EDITOR = 'textarea[data-qa="message-composer-textarea"]';
const SEND = 'form button[type="submit"]';

const TEXT = {
  flagged: { en: 'Happy birthday! All the best!', de: 'Alles Gute zum Geburtstag! Viel Erfolg weiterhin!' },
  clean: { en: 'Thanks again for the tip about the migration, it saved us a week.', de: 'Danke nochmal für den Tipp zur Migration, das hat uns eine Woche gespart.' },
  prefill: { en: 'Happy birthday, Anna!', de: 'Herzlichen Glückwunsch zum Geburtstag, Anna!' },
};
const LABEL = {
  sendAnyway: { en: 'Send anyway', de: 'Trotzdem senden' },
  keepEditing: { en: 'Keep editing', de: 'Weiter bearbeiten' },
};

async function open(s: Session, lang: Lang, url = ANNA, extra = ''): Promise<Page> {
  const page = await s.newPage();
  await page.goto(`${url}?lang=${lang}&delay=150${extra}`);
  // The React app mounts late; the messages load after the composer.
  await page.waitForSelector(`${EDITOR}`);
  await page.waitForSelector('section ul > li, section ul:empty', { state: 'attached' });
  return page;
}

async function typeInto(page: Page, text: string): Promise<void> {
  await page.locator(EDITOR).click();
  await page.keyboard.type(text);
}

const composerText = (page: Page) => page.locator(EDITOR).inputValue();

for (const lang of ['de', 'en'] as const) {
  describe(`XING composer guard (${lang.toUpperCase()})`, () => {
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

    it('holds a flagged draft sent with the button; "Send anyway" sends it once, unchanged', async () => {
      page = await open(s, lang);
      await typeInto(page, TEXT.flagged[lang]);
      await page.click(SEND);
      await axWait(page, { role: 'dialog' });
      expect(await fixtureSent(page)).toEqual([]);
      await axClick(page, await axWait(page, { role: 'button', name: LABEL.sendAnyway[lang] }));
      await expect.poll(() => fixtureSent(page!)).toEqual([{ text: TEXT.flagged[lang], via: expect.any(String), to: 'Anna Beispiel' }]);
      await axGone(page, { role: 'dialog' });
      await page.waitForTimeout(400);
      expect(await fixtureSent(page)).toHaveLength(1);
      expect(await composerText(page)).toBe('');
    });

    it('holds Enter; "Send anyway" re-sends through the site once', async () => {
      page = await open(s, lang);
      await typeInto(page, TEXT.flagged[lang]);
      await page.keyboard.press('Enter');
      await axWait(page, { role: 'dialog' });
      expect(await fixtureSent(page)).toEqual([]);
      await axClick(page, await axWait(page, { role: 'button', name: LABEL.sendAnyway[lang] }));
      await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.flagged[lang], to: 'Anna Beispiel' })]);
      await page.waitForTimeout(400);
      expect(await fixtureSent(page)).toHaveLength(1);
    });

    it('"Keep editing" sends nothing and keeps the text in React\'s state', async () => {
      page = await open(s, lang);
      await typeInto(page, TEXT.flagged[lang]);
      await page.keyboard.press('Enter');
      await axClick(page, await axWait(page, { role: 'button', name: LABEL.keepEditing[lang] }));
      await axGone(page, { role: 'dialog' });
      expect(await fixtureSent(page)).toEqual([]);
      expect(await composerText(page)).toBe(TEXT.flagged[lang]);
      expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), EDITOR)).toBe(true);
      await page.keyboard.type(' :)');
      expect(await composerText(page)).toBe(`${TEXT.flagged[lang]} :)`);
      // The site's own state has the text too: its send button is enabled.
      expect(await page.locator(SEND).isEnabled()).toBe(true);
    });

    it('Enter-is-newline mode: Enter is a line break, never held; the button send is', async () => {
      page = await open(s, lang, ANNA, '&enter=newline');
      await typeInto(page, TEXT.flagged[lang]);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Anna');
      await page.waitForTimeout(400);
      expect(await axFind(page, { role: 'dialog' })).toEqual([]);
      expect(await fixtureSent(page)).toEqual([]);
      expect(await composerText(page)).toBe(`${TEXT.flagged[lang]}\nAnna`);
      await page.click(SEND);
      await axWait(page, { role: 'dialog' });
      await axClick(page, await axWait(page, { role: 'button', name: LABEL.sendAnyway[lang] }));
      await expect.poll(() => fixtureSent(page!)).toEqual([{ text: `${TEXT.flagged[lang]}\nAnna`, via: expect.any(String), to: 'Anna Beispiel' }]);
    });

    it('sends a clean draft once, without a card', async () => {
      page = await open(s, lang);
      await typeInto(page, TEXT.clean[lang]);
      await page.keyboard.press('Enter');
      await expect.poll(() => fixtureSent(page!)).toEqual([{ text: TEXT.clean[lang], via: 'enter', to: 'Anna Beispiel' }]);
      await page.waitForTimeout(500);
      expect(await axFind(page, { role: 'dialog' })).toEqual([]);
      expect(await fixtureSent(page)).toHaveLength(1);
    });

    it('never treats Enter during IME composition as a send', async () => {
      page = await open(s, lang);
      await typeInto(page, `${TEXT.flagged[lang]} `);
      const c = await cdp(page);
      await c.send('Input.imeSetComposition', { text: 'すし', selectionStart: 2, selectionEnd: 2 });
      await c.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
      await c.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
      await c.send('Input.insertText', { text: 'すし' });
      await page.waitForTimeout(400);
      expect(await axFind(page, { role: 'dialog' })).toEqual([]);
      expect(await fixtureSent(page)).toEqual([]);
      expect(await composerText(page)).toBe(`${TEXT.flagged[lang]} すし`);
    });

    it('follows SPA navigation to a second chat (the composer re-mounts)', async () => {
      page = await open(s, lang);
      await page.click('nav a[href="/chats/e5f6a7b8"]');
      await expect.poll(() => page!.locator('section h2[data-xds="Headline"]').textContent()).toBe('Bernd Muster');
      await page.waitForSelector('section ul', { state: 'attached' });
      await page.waitForTimeout(300);
      await typeInto(page, TEXT.flagged[lang]);
      await page.keyboard.press('Enter');
      await axWait(page, { role: 'dialog' });
      await axClick(page, await axWait(page, { role: 'button', name: LABEL.sendAnyway[lang] }));
      await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.flagged[lang], to: 'Bernd Muster' })]);
    });

    it('holds the pre-filled birthday greeting sent unchanged (birthday variant, a hypothesis)', async () => {
      page = await open(s, lang, ANNA, '&occasion=birthday');
      expect(await composerText(page)).toBe(TEXT.prefill[lang]);
      await page.locator(EDITOR).click();
      await page.waitForTimeout(300);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await axWait(page, { role: 'dialog' });
      expect(await fixtureSent(page)).toEqual([]);
      await axClick(page, await axWait(page, { role: 'button', name: LABEL.keepEditing[lang] }));
      await axGone(page, { role: 'dialog' });
      expect(await composerText(page)).toBe(TEXT.prefill[lang]);
      expect(await fixtureSent(page)).toEqual([]);
    });
  });
}
