/**
 * The composer guard end to end, per site and language: the built extension in Chromium, the
 * fixture pages at the real sites' URLs, Taktvoll's own UI driven through the accessibility
 * tree (its shadow roots are closed). Every test also checks that nothing left the browser.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axClick, axFind, axFocused, axGone, axWait, cdp, fixtureSent, launch, type Session } from './harness';

type Lang = 'en' | 'de';

interface SiteCase {
  name: string;
  /** A thread with history (not a first message). */
  thread(lang: Lang, extra?: string): string;
  /** Wait until the page finished its late mounting. */
  ready(page: Page): Promise<void>;
  editor: string;
  /** The send control in "click to send" mode (null: Enter is the only way). */
  sendButton: string | null;
  /** URL variant in which plain Enter sends ('' when it always does). */
  enterMode: string;
  /** A link in the page that navigates (SPA) to a second thread, and that person's name. */
  secondThread: { link: string; name: string };
  /** What a site records as "to" for the first thread. */
  to: string;
}

const LINKEDIN_THREAD = '2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==';

const SITES: SiteCase[] = [
  {
    name: 'LinkedIn',
    thread: (lang, extra = '') => `https://www.linkedin.com/messaging/thread/${LINKEDIN_THREAD}/?lang=${lang}${extra}`,
    ready: async (page) => {
      await page.waitForSelector('html[data-fixture-ready]');
    },
    editor: 'form.msg-form [role="textbox"][contenteditable="true"]',
    sendButton: 'form.msg-form button[type="submit"]',
    enterMode: '&mode=enter',
    secondThread: { link: 'a[href*="/messaging/thread/2-ZDc3"]', name: 'Bernd Beispiel' },
    to: 'Anna Example',
  },
  {
    name: 'Facebook',
    thread: (lang, extra = '') => `https://www.facebook.com/messages/t/100001?lang=${lang}${extra}`,
    ready: async (page) => {
      await page.waitForSelector('[role="main"] [role="grid"] [role="row"]');
    },
    editor: '[role="main"] [data-lexical-editor="true"]',
    sendButton: null,
    enterMode: '',
    secondThread: { link: '[role="navigation"] a[href*="/messages/t/100003"]', name: 'Chloé Müller' },
    to: 'Anna Example',
  },
];

const TEXT = {
  flagged: { en: 'Happy birthday! All the best!', de: 'Alles Gute zum Geburtstag! Viel Erfolg weiterhin!' },
  clean: { en: 'Thanks again for the tip about the migration, it saved us a week.', de: 'Danke nochmal für den Tipp zur Migration, das hat uns eine Woche gespart.' },
};
const LABEL = {
  sendAnyway: { en: 'Send anyway', de: 'Trotzdem senden' },
  keepEditing: { en: 'Keep editing', de: 'Weiter bearbeiten' },
};

async function open(s: Session, site: SiteCase, lang: Lang, extra = ''): Promise<Page> {
  const page = await s.newPage();
  await page.goto(site.thread(lang, extra));
  await site.ready(page);
  return page;
}

async function typeInto(page: Page, site: SiteCase, text: string): Promise<void> {
  const box = page.locator(site.editor).first();
  await box.click();
  await page.keyboard.type(text);
}

async function send(page: Page, site: SiteCase): Promise<void> {
  if (site.sendButton) await page.locator(site.sendButton).first().click();
  else await page.keyboard.press('Enter');
}

const composerText = (page: Page, site: SiteCase) => page.locator(site.editor).first().innerText();

for (const site of SITES) {
  for (const lang of ['en', 'de'] as const) {
    describe(`${site.name} composer guard (${lang.toUpperCase()})`, () => {
      let s: Session;
      let page: Page | undefined;
      beforeAll(async () => {
        s = await launch({ lang });
      });
      afterAll(async () => {
        await s?.close();
      });
      afterEach(async () => {
        // Privacy: every request in this test went to a fixture page; the extension sent none.
        expect(s.foreignRequests()).toEqual([]);
        await page?.close();
        page = undefined;
      });

      it('holds a flagged draft; "Send anyway" sends it once, unchanged', async () => {
        page = await open(s, site, lang);
        await typeInto(page, site, TEXT.flagged[lang]);
        await send(page, site);
        const dialog = await axWait(page, { role: 'dialog' });
        expect(dialog.properties?.find((p) => p.name === 'modal')?.value.value).toBe(true);
        expect(await fixtureSent(page)).toEqual([]);
        // The card names what it noticed and quotes the words.
        expect((await axFind(page, { role: 'mark' })).length).toBeGreaterThan(0);
        await axClick(page, await axWait(page, { role: 'button', name: LABEL.sendAnyway[lang] }));
        await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.flagged[lang], to: site.to })]);
        await axGone(page, { role: 'dialog' });
        await page.waitForTimeout(400);
        expect(await fixtureSent(page)).toHaveLength(1);
      });

      it('"Keep editing" sends nothing, keeps the text and puts the caret back in the composer', async () => {
        page = await open(s, site, lang);
        await typeInto(page, site, TEXT.flagged[lang]);
        await send(page, site);
        const keep = await axWait(page, { role: 'button', name: LABEL.keepEditing[lang] });
        expect(await axFocused(page, keep)).toBe(true); // focus moved into the card
        await axClick(page, keep);
        await axGone(page, { role: 'dialog' });
        expect(await fixtureSent(page)).toEqual([]);
        expect((await composerText(page, site)).trim()).toBe(TEXT.flagged[lang]);
        expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), site.editor)).toBe(true);
        // Typing goes on where the caret was.
        await page.keyboard.type(' :)');
        expect((await composerText(page, site)).trim()).toBe(`${TEXT.flagged[lang]} :)`);
      });

      it('writes the user’s own line into the composer only when asked, through the site’s editor, and sends nothing', async () => {
        page = await open(s, site, lang);
        await typeInto(page, site, TEXT.flagged[lang]);
        await send(page, site);
        const line = await axWait(page, { role: 'textbox', name: lang === 'de' ? 'Eine persönliche Zeile ergänzen (optional)' : 'Add a personal line (optional)' });
        await axClick(page, line);
        const personal = lang === 'de' ? 'Wie war der Marathon in Wien?' : 'How was the marathon in Vienna?';
        await page.keyboard.type(personal);
        await axClick(page, await axWait(page, { role: 'button', name: lang === 'de' ? 'Zu meiner Nachricht hinzufügen' : 'Add to my message' }));
        await axGone(page, { role: 'dialog' });
        // The site's own editor took the text (read back from the page, not from us).
        await expect.poll(async () => (await composerText(page!, site)).replace(/\s+/g, ' ').trim()).toBe(`${TEXT.flagged[lang]} ${personal}`);
        expect(await fixtureSent(page)).toEqual([]);
        // And the site sends what is now in its editor, once (through a card if it still reads as a template).
        await send(page, site);
        await page.waitForTimeout(300);
        const again = await axFind(page, { role: 'button', name: LABEL.sendAnyway[lang] });
        if (again[0]) await axClick(page, again[0]);
        await expect.poll(() => fixtureSent(page!)).toHaveLength(1);
        expect((await fixtureSent(page))[0]?.text.replace(/\s+/g, ' ')).toBe(`${TEXT.flagged[lang]} ${personal}`);
      });

      it('sends a clean draft once, without a card', async () => {
        page = await open(s, site, lang);
        await typeInto(page, site, TEXT.clean[lang]);
        await send(page, site);
        await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.clean[lang] })]);
        await page.waitForTimeout(500);
        expect(await axFind(page, { role: 'dialog' })).toEqual([]);
        expect(await fixtureSent(page)).toHaveLength(1);
      });

      it('shows the cue as a badge at the composer, announced in a live region; its popover names what was noticed', async () => {
        page = await open(s, site, lang);
        await typeInto(page, site, TEXT.flagged[lang]);
        const badge = await axWait(page, { role: 'button', name: lang === 'de' ? /^Taktvoll: .+\. Warum\?$/ : /^Taktvoll: .+\. Show why$/ }, 5000);
        const status = (await axFind(page, { role: 'status' })).filter((n) => n.properties?.some((p) => p.name === 'live' && p.value.value === 'polite'));
        expect(status.length).toBeGreaterThan(0);
        await axClick(page, badge);
        const region = await axWait(page, { role: 'region', name: lang === 'de' ? /aufgefallen/ : /noticed/ }, 5000);
        expect(region.name?.value).toBe(lang === 'de' ? 'Taktvoll ist in diesem Entwurf etwas aufgefallen' : 'Taktvoll noticed something in this draft');
        expect((await axFind(page, { role: 'mark' })).length).toBeGreaterThan(0);
        // Beside, never inside: the composer holds exactly the user's text.
        expect((await composerText(page, site)).trim()).toBe(TEXT.flagged[lang]);
        expect(await fixtureSent(page)).toEqual([]);
      });

      it('never treats Enter during IME composition as a send', async () => {
        page = await open(s, site, lang, site.enterMode);
        await typeInto(page, site, `${TEXT.flagged[lang]} `);
        const c = await cdp(page);
        await c.send('Input.imeSetComposition', { text: 'すし', selectionStart: 2, selectionEnd: 2 });
        await c.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
        await c.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
        await c.send('Input.insertText', { text: 'すし' });
        await page.waitForTimeout(400);
        expect(await axFind(page, { role: 'dialog' })).toEqual([]);
        expect(await fixtureSent(page)).toEqual([]);
        expect((await composerText(page, site)).trim()).toBe(`${TEXT.flagged[lang]} すし`);
      });

      it('holds Enter in Enter-to-send mode and re-sends through the site once', async () => {
        page = await open(s, site, lang, site.enterMode);
        await typeInto(page, site, TEXT.flagged[lang]);
        await page.keyboard.press('Enter');
        await axWait(page, { role: 'dialog' });
        expect(await fixtureSent(page)).toEqual([]);
        await axClick(page, await axWait(page, { role: 'button', name: LABEL.sendAnyway[lang] }));
        await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.flagged[lang], via: expect.stringMatching(/enter/) })]);
        await page.waitForTimeout(400);
        expect(await fixtureSent(page)).toHaveLength(1);
      });

      it('follows SPA navigation to a second thread', async () => {
        page = await open(s, site, lang);
        await page.locator(site.secondThread.link).first().click();
        await expect.poll(() => page!.evaluate((name) => document.body.innerText.includes(name), site.secondThread.name)).toBe(true);
        await page.waitForTimeout(600);
        await typeInto(page, site, TEXT.flagged[lang]);
        await send(page, site);
        await axWait(page, { role: 'dialog' });
        await axClick(page, await axWait(page, { role: 'button', name: LABEL.sendAnyway[lang] }));
        await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.flagged[lang], to: site.secondThread.name })]);
      });
    });
  }
}
