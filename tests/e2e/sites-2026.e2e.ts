/**
 * The sites as they are in 2026 (issue 10; research/dom-2026.md), end to end with the built
 * extension: the LinkedIn catch-up link that opens a pre-filled overlay; a German Facebook send
 * control labelled with a sentence about the Enter key; a LinkedIn thread whose history hydrates
 * late; the XING chat lightbox; the LinkedIn invite picker after two searches; and the "Not working
 * here?" diagnostic, which must hold no draft text and no names on a page full of both.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axClick, axFind, axGone, axWait, fixtureSent, launch, type Session } from './harness';
import { allowExtensionPages, seriousViolations } from './pages-helpers';
import { PEOPLE, ME, THREADS } from '../fixtures/linkedin/pages';

type Lang = 'en' | 'de';

const UI = {
  en: { sendAnyway: 'Send anyway', keepEditing: 'Keep editing', prefillFinding: 'This is the greeting the site suggested, sent (nearly) unchanged.' },
  de: { sendAnyway: 'Trotzdem senden', keepEditing: 'Weiter bearbeiten', prefillFinding: 'Das ist der Gruß, den die Seite vorgeschlagen hat – (fast) unverändert.' },
};

const ANNA_THREAD = `https://www.linkedin.com/messaging/thread/${THREADS[0]!.id}/`;
const CARLA_THREAD = `https://www.linkedin.com/messaging/thread/${THREADS[2]!.id}/`;
const BUBBLE = 'aside.msg-overlay-conversation-bubble';

/** Wait until the page is past its cold-load window (lib/sites/kit/settle.ts: 10 s), so "first message" can be certain. */
const pastColdLoad = (page: Page) => page.waitForFunction(() => performance.now() > 10_300, undefined, { timeout: 20_000, polling: 200 });

function sessionFor(lang: Lang, pages = false) {
  const ctx: { s?: Session; page?: Page } = {};
  beforeAll(async () => {
    ctx.s = await launch({ lang });
    if (pages) await allowExtensionPages(ctx.s);
  });
  afterAll(async () => {
    await ctx.s?.close();
  });
  afterEach(async () => {
    expect(ctx.s!.foreignRequests().filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
    await ctx.page?.close();
    ctx.page = undefined;
  });
  return ctx;
}

for (const lang of ['en', 'de'] as const) {
  describe(`LinkedIn catch-up 2026: the "Message" link opens a pre-filled overlay (${lang.toUpperCase()})`, () => {
    const ctx = sessionFor(lang);
    const overlays = lang === 'en' ? (['shadow', 'iframe'] as const) : (['shadow'] as const);

    for (const overlay of overlays) {
      it(`the body= greeting sent unchanged is held as the site's greeting (${overlay === 'shadow' ? '#interop-outlet shadow root' : '/preload/ iframe'})`, async () => {
        const page = (ctx.page = await ctx.s!.newPage());
        await page.goto(`https://www.linkedin.com/mynetwork/catch-up/birthday/?lang=${lang}&overlay=${overlay}`);
        await page.waitForSelector('html[data-fixture-ready]');
        await page.locator('a[data-view-name="nurture-card-primary-button"]').first().click();
        const scope = overlay === 'iframe' ? page.frameLocator('iframe[data-testid="interop-iframe"]') : page;
        const editor = scope.locator(`${BUBBLE} [contenteditable="true"]`).first();
        await editor.waitFor();
        await page.waitForTimeout(500); // the composer re-renders once; the guard scans
        const prefilled = (await editor.innerText()).trim();
        expect(prefilled).toBe(lang === 'en' ? 'Happy birthday, Anna! 🎉' : 'Alles Gute zum Geburtstag, Anna! 🎉');
        await scope.locator(`${BUBBLE} button[type="submit"]`).first().click();
        await axWait(page, { role: 'button', name: UI[lang].sendAnyway });
        // It is held *because it is LinkedIn's own greeting*, not merely because it is a wish.
        expect(await axFind(page, { role: 'StaticText', name: UI[lang].prefillFinding })).not.toEqual([]);
        expect(await fixtureSent(page)).toEqual([]);
        await axClick(page, await axWait(page, { role: 'button', name: UI[lang].sendAnyway }));
        await expect.poll(() => fixtureSent(page)).toEqual([expect.objectContaining({ text: prefilled, to: 'Anna Example' })]);
        await page.waitForTimeout(400);
        expect(await fixtureSent(page)).toHaveLength(1);
      });
    }
  });
}

describe('Facebook in German: the send control is a sentence about the Enter key', () => {
  const ctx = sessionFor('de');

  it('a mouse click on "Zum Senden die Eingabetaste drücken" is held; "Trotzdem senden" sends once', async () => {
    const page = (ctx.page = await ctx.s!.newPage());
    await page.goto('https://www.facebook.com/messages/t/100001?lang=de&delay=200');
    const editor = page.locator('[role="main"] [data-lexical-editor="true"]');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.type('Alles Gute zum Geburtstag! Viel Erfolg weiterhin!');
    const send = page.locator('[role="main"] [role="button"][aria-label="Zum Senden die Eingabetaste drücken"]');
    await send.waitFor();
    await page.waitForTimeout(300);
    await send.click();
    await axWait(page, { role: 'button', name: UI.de.sendAnyway });
    expect(await fixtureSent(page)).toEqual([]);
    await axClick(page, await axWait(page, { role: 'button', name: UI.de.sendAnyway }));
    await expect.poll(() => fixtureSent(page)).toEqual([{ text: 'Alles Gute zum Geburtstag! Viel Erfolg weiterhin!', via: 'button', to: 'Anna Example' }]);
    await page.waitForTimeout(400);
    expect(await fixtureSent(page)).toHaveLength(1);
  });
});

describe('LinkedIn: "first message" waits for the thread to settle (EN)', () => {
  const ctx = sessionFor('en');

  it('in an empty thread, once it has settled, an ask is a first-message pitch and is held', async () => {
    // Without this, the next test would prove nothing: the same kind of ask IS held in a real first message.
    const page = (ctx.page = await ctx.s!.newPage());
    await page.goto(`${CARLA_THREAD}?empty=1`);
    await page.waitForSelector('html[data-fixture-ready]');
    await pastColdLoad(page);
    await page.locator('form.msg-form [contenteditable="true"]').click();
    await page.keyboard.insertText('Hi Carla, do you have time for a quick call next week?');
    await page.waitForTimeout(300);
    await page.locator('form.msg-form button[type="submit"]').click();
    await axClick(page, await axWait(page, { role: 'button', name: UI.en.keepEditing }));
    await axGone(page, { role: 'button', name: UI.en.sendAnyway });
    expect(await fixtureSent(page)).toEqual([]);
  });

  it('an existing thread whose history appears after 1.5 s: an ask typed and sent before it appears is not held', async () => {
    const page = (ctx.page = await ctx.s!.newPage());
    await page.goto(`${ANNA_THREAD}?hydrate=1500`);
    const editor = page.locator('form.msg-form [contenteditable="true"]');
    await editor.waitFor();
    await page.waitForTimeout(300); // the composer re-renders once
    await editor.click();
    await page.keyboard.insertText('Hi Anna, do you have time for a quick call next week?');
    await page.locator('form.msg-form button[type="submit"]').click();
    // Sent at once, while the list still showed no events (history: 0), and no card.
    await expect.poll(() => fixtureSent(page)).toEqual([{ text: 'Hi Anna, do you have time for a quick call next week?', via: 'button', to: 'Anna Example', history: 0 }]);
    expect(await axFind(page, { role: 'button', name: UI.en.sendAnyway })).toEqual([]);
    // … and the history did arrive afterwards: it was not a first message.
    await page.waitForSelector('html[data-fixture-ready]');
    expect(await page.locator('li.msg-s-message-list__event').count()).toBe(3);
  });
});

describe('XING chat lightbox over a profile (DE)', () => {
  const ctx = sessionFor('de');
  const REPLY = 'textarea[data-testid="chat-reply-input"]';

  async function openLightbox(page: Page): Promise<void> {
    await page.goto('https://www.xing.com/profile/Anna_Beispiel?delay=150');
    await page.getByRole('button', { name: 'Nachricht schreiben' }).click();
    await page.waitForSelector(REPLY);
    await page.waitForSelector('[role="dialog"] ul > li', { state: 'attached' });
  }

  it('a flagged draft is held at the button; "Trotzdem senden" sends it once', async () => {
    const page = (ctx.page = await ctx.s!.newPage());
    await openLightbox(page);
    await page.locator(REPLY).click();
    await page.keyboard.type('Alles Gute zum Geburtstag! Viel Erfolg weiterhin!');
    await page.locator('[role="dialog"] form button[type="submit"]').click();
    await axWait(page, { role: 'button', name: UI.de.sendAnyway });
    expect(await fixtureSent(page)).toEqual([]);
    await axClick(page, await axWait(page, { role: 'button', name: UI.de.sendAnyway }));
    await expect.poll(() => fixtureSent(page)).toEqual([{ text: 'Alles Gute zum Geburtstag! Viel Erfolg weiterhin!', via: 'button', to: 'Anna Beispiel' }]);
    await page.waitForTimeout(400);
    expect(await fixtureSent(page)).toHaveLength(1);
  });

  it('a clean draft goes out at once; Enter stays a line break there and is never held', async () => {
    const page = (ctx.page = await ctx.s!.newPage());
    await openLightbox(page);
    await page.locator(REPLY).click();
    await page.keyboard.type('Danke nochmal für den Tipp zur Migration,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('das hat uns eine Woche gespart.');
    await page.waitForTimeout(400);
    expect(await page.locator(REPLY).inputValue()).toBe('Danke nochmal für den Tipp zur Migration,\ndas hat uns eine Woche gespart.');
    expect(await axFind(page, { role: 'button', name: UI.de.sendAnyway })).toEqual([]);
    await page.locator('[role="dialog"] form button[type="submit"]').click();
    await expect.poll(() => fixtureSent(page)).toEqual([{ text: 'Danke nochmal für den Tipp zur Migration,\ndas hat uns eine Woche gespart.', via: 'button', to: 'Anna Beispiel' }]);
    expect(await axFind(page, { role: 'button', name: UI.de.sendAnyway })).toEqual([]);
  });
});

describe('LinkedIn invite picker: people selected in two searches (EN)', () => {
  const ctx = sessionFor('en');

  it('the checklist lists everyone selected, also those the second search hid', async () => {
    const page = (ctx.page = await ctx.s!.newPage());
    await page.goto('https://www.linkedin.com/groups/9876543/?lang=en');
    await page.waitForSelector('[data-fixture-action="open-picker"]');
    await page.click('[data-fixture-action="open-picker"]');
    const search = page.locator('[data-test-modal-id="groups-invite-picker"] input[role="combobox"]');
    await search.fill('anna');
    await page.locator('#invitee-picker-checkbox-anna').check();
    await search.fill('bernd');
    await page.locator('#invitee-picker-checkbox-bernd').check();
    // Anna's row is gone from the results; the selected-members pane keeps her.
    expect(await page.locator('#invitee-picker-checkbox-anna').count()).toBe(0);
    expect(await page.locator('.invitee-picker-selected-members-pane__list li').allInnerTexts()).toEqual(['Anna Example', 'Bernd Beispiel']);
    await page.getByRole('button', { name: 'Invite 2' }).click();
    await axWait(page, { role: 'dialog', name: /^Before you invite people/ });
    await axWait(page, { role: 'checkbox', name: 'Anna Example agreed to join, outside this group (required)' });
    await axWait(page, { role: 'checkbox', name: 'Bernd Beispiel agreed to join, outside this group (required)' });
    expect(await fixtureSent(page)).toEqual([]);
  });
});

describe('"Not working here?": a diagnostic without draft text and without names (EN)', () => {
  const ctx = sessionFor('en', true);

  it('shows the page structure in full in the popup, copies it, and names nobody', async () => {
    const s = ctx.s!;
    const page = (ctx.page = await s.newPage());
    await page.goto(ANNA_THREAD);
    await page.waitForSelector('html[data-fixture-ready]');
    const draft = 'Dear Anna, Zoltan Quintero from Timbuktu told me Bernd Beispiel has the quarterly figures; could Carla Muster forward them?';
    await page.locator('form.msg-form [contenteditable="true"]').click();
    await page.keyboard.insertText(draft);
    await page.waitForTimeout(1200); // the guard reports its health

    const popup = await s.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/options.html`);
    const tabId = await popup.evaluate(async () => (await (globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } }).chrome.tabs.query({ url: 'https://www.linkedin.com/messaging/*' }))[0]?.id);
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Not working here?' }).click();
    const report = popup.getByRole('textbox', { name: 'Diagnostic report' });
    await report.waitFor();
    const text = await report.inputValue();
    // Focus moved to the report's heading; the whole report is shown before anything is copied.
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tv-diag-h');
    expect(text).toContain('page: /messaging/thread/:id/');
    expect(text).toContain('◀ editor (contenteditable)');
    expect(text).toMatch(/button\.msg-form__send-button\[type=submit\]\s+\(text\)\s+◀ send/);
    expect(text).toContain('linkedin.messageEditor#');
    expect(text).toContain('aria-label="Write a message…"');
    // Every part of every name, slug and id on the page; the draft's and the messages' content words.
    const names = [ME.name, ME.slug, ...Object.values(PEOPLE).flatMap((p) => [p.name, p.slug, p.id, p.headline]), ...THREADS.map((t) => t.id)];
    const texts = [draft, ...THREADS.flatMap((t) => t.history.en.map((m) => m.text))];
    const split = (x: string) => x.split(/[^\p{L}\p{N}]+/u);
    const words = [...new Set([...names.flatMap(split).filter((w) => w.length >= 3), ...texts.flatMap(split).filter((w) => w.length >= 6)])];
    expect(words).toEqual(expect.arrayContaining(['Anna', 'Example', 'Zoltan', 'Timbuktu', 'quarterly', 'migration', 'Mustermann']));
    const leaked = words.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(text));
    expect(leaked).toEqual([]);
    expect(await seriousViolations(popup)).toEqual([]);

    // Copy: exactly what was shown goes to the clipboard, and the popup says how that went.
    await popup.evaluate(() => {
      const w = window as unknown as { copied?: string };
      const real = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (t: string) => {
        w.copied = t;
        return real(t);
      };
    });
    await popup.getByRole('button', { name: 'Copy report' }).click();
    const status = popup.locator('.tv-diag [role="status"]');
    await expect.poll(() => status.innerText(), { timeout: 5000 }).toMatch(/^(Copied\. Paste it wherever you report the problem\.|Copying did not work: select the text above and copy it yourself\.)$/);
    expect(await popup.evaluate(() => (window as unknown as { copied?: string }).copied)).toBe(text);
    if ((await status.innerText()).startsWith('Copying did not work')) {
      // The report is selected, so Ctrl+C copies it.
      expect(await report.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, text.length]);
    }
    await popup.close();
  });
});
