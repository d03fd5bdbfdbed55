/**
 * Issue 12 end to end: the relationship memory in the judgement and "No occasion needed" in the
 * popup — the built extension in Chromium, LinkedIn fixture threads whose day headings date the
 * exchange (EN and DE). Time is seeded the way the extension learns it: by opening a thread whose
 * history the page dates, never by writing to the database.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axClick, axFind, axWait, fixtureSent, launch, type Session } from './harness';
import { allowExtensionPages, seriousViolations } from './pages-helpers';
import { THREADS } from '../fixtures/linkedin/data';

type Lang = 'en' | 'de';
const threadOf = (person: string) => THREADS.find((t) => t.person === person)!;
const url = (person: string, lang: Lang) => `https://www.linkedin.com/messaging/thread/${threadOf(person).id}/?lang=${lang}`;
const EDITOR = 'form.msg-form [role="textbox"][contenteditable="true"]';
const SEND = 'form.msg-form button[type="submit"]';

/** Dora's last message: 16 March 2023, in whole years before today (what the card must say). */

const TEXT = {
  pretext: {
    en: 'Happy birthday, Dora! By the way, could you introduce me to your head of engineering? We are hiring.',
    de: 'Alles Gute zum Geburtstag, Dora! Kleine Bitte bei der Gelegenheit: Würdest du mich deinem Engineering-Leiter vorstellen?',
  },
  followUp: {
    en: 'Hi Felix, just checking in. Could you let me know if Tuesday works for a call?',
    de: 'Hallo Felix, ich wollte nochmal nachfragen: Hättest du nächste Woche Zeit für ein kurzes Gespräch?',
  },
};
// The thread's last exchange is dated 16 March 2023: the silence is named by its month.
const SILENCE = {
  en: () => /You and Dora last wrote to each other in March 2023/,
  de: () => /Ihr letzter Austausch mit Dora war im März 2023/,
};
const THIRD = { en: 'This would be your third message without an answer', de: 'Das wäre Ihre dritte Nachricht ohne Antwort' };
const BADGE = { en: /^Taktvoll: .+\. Show why$/, de: /^Taktvoll: .+\. Warum\?$/ };
const SWITCH = { en: /Remember when you and each person last wrote/, de: /Merken, wann Sie und die andere Person zuletzt geschrieben haben/ };

async function open(s: Session, person: string, lang: Lang): Promise<Page> {
  const page = await s.newPage();
  await page.goto(url(person, lang));
  await page.waitForSelector('html[data-fixture-ready]');
  await page.waitForSelector('form.msg-form li.msg-s-message-list__event, .msg-s-message-list li.msg-s-message-list__event');
  return page;
}

async function type(page: Page, text: string): Promise<void> {
  await page.locator(EDITOR).first().click();
  await page.keyboard.type(text);
}

async function switchMemory(s: Session, lang: Lang, on: boolean): Promise<void> {
  const options = await s.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  const box = options.getByRole('checkbox', { name: SWITCH[lang] });
  await box.waitFor();
  if ((await box.isChecked()) !== on) await box.click();
  await expect.poll(() => box.isChecked()).toBe(on);
  await options.close();
}

for (const lang of ['en', 'de'] as const) {
  describe(`the relationship in the judgement (${lang.toUpperCase()})`, () => {
    let s: Session;
    let page: Page | undefined;
    beforeAll(async () => {
      s = await launch({ lang });
      await allowExtensionPages(s); // the options page, to switch the memory off
    });
    afterAll(async () => {
      await s?.close();
    });
    afterEach(async () => {
      // Privacy: nothing but fixture pages and the extension's own files.
      expect(s.foreignRequests().filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
      await page?.close();
      page = undefined;
    });

    it('holds a birthday wish with an ask after years of silence, and names the silence', async () => {
      page = await open(s, 'dora', lang);
      await type(page, TEXT.pretext[lang]);
      await page.locator(SEND).click();
      await axWait(page, { role: 'dialog' });
      expect(await fixtureSent(page)).toEqual([]);
      await axWait(page, { role: 'StaticText', name: SILENCE[lang]() });
    });

    it('cues a third message without an answer that asks again, and does not hold it', async () => {
      page = await open(s, 'felix', lang);
      await type(page, TEXT.followUp[lang]);
      // The cue is a badge at the composer; its popover says what it noticed.
      await axClick(page, await axWait(page, { role: 'button', name: BADGE[lang] }, 5000));
      await axWait(page, { role: 'StaticText', name: THIRD[lang] }, 5000);
      await page.locator(SEND).click(); // with the popover still open: it covers nothing of Send
      await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.followUp[lang] })]);
      expect(await axFind(page, { role: 'dialog' })).toEqual([]);
    });

    it('with the relationship memory switched off: no silence wording, no cue', async () => {
      await switchMemory(s, lang, false);
      page = await open(s, 'dora', lang);
      await type(page, TEXT.pretext[lang]);
      // Without the silence the rules alone are less sure: let the background's scores arrive (the cue shows first).
      await axWait(page, { role: 'button', name: BADGE[lang] }, 5000);
      await page.waitForTimeout(800);
      await page.locator(SEND).click();
      await axWait(page, { role: 'dialog' });
      // Still a greeting that leads into an ask — but nothing about the relationship.
      await axWait(page, { role: 'StaticText', name: /„|“/ });
      expect(await axFind(page, { role: 'StaticText', name: SILENCE[lang]() })).toEqual([]);
      await page.close();
      page = await open(s, 'felix', lang);
      await type(page, TEXT.followUp[lang]);
      await page.waitForTimeout(1500);
      // No badge for it, and nothing to read if one were opened.
      for (const badge of await axFind(page, { role: 'button', name: BADGE[lang] })) await axClick(page, badge);
      expect(await axFind(page, { role: 'StaticText', name: THIRD[lang] })).toEqual([]);
      await switchMemory(s, lang, true);
    });
  });
}

const POPUP = {
  en: { heading: 'No occasion needed', show: /^Show people/, later: 'Later: Dora Dormann', never: 'Not this person: Dora Dormann', none: 'Nobody this week.', wrote: /You last wrote on/ },
  de: { heading: 'Ohne Anlass', show: /^Personen anzeigen/, later: 'Später: Dora Dormann', never: 'Nicht diese Person: Dora Dormann', none: 'Diese Woche niemand.', wrote: /Sie haben zuletzt am .* geschrieben/ },
};

/**
 * Open the threads as a user would: each tells the memory what it shows, through the extension's
 * own protocol. Each stays open until the options page (reading through that protocol, never the
 * database) lists the person: on a busy machine the first read, 3 s after the composer appears,
 * may come late.
 */
async function visitThreads(s: Session, lang: Lang): Promise<void> {
  const NAMES: Record<string, string> = { dora: 'Dora Dormann', felix: 'Felix Folger', greta: 'Greta Gruß' };
  const options = await s.newPage();
  for (const who of ['dora', 'felix', 'greta']) {
    const page = await open(s, who, lang);
    const row = options.getByRole('rowheader', { name: new RegExp(NAMES[who]!) });
    const deadline = Date.now() + 30_000;
    for (let n = 0; ; n++) {
      // A fresh load each time (a hash-only navigation would not ask the background again).
      await options.goto(`chrome-extension://${s.extensionId}/options.html?n=${n}#relations`);
      if (await row.waitFor({ timeout: 2000 }).then(() => true, () => false)) break;
      if (Date.now() > deadline) throw new Error(`The relationship memory never listed ${NAMES[who]}`);
    }
    await page.close();
  }
  await options.close();
}

async function openPopup(s: Session): Promise<Page> {
  const popup = await s.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await popup.getByRole('heading', { level: 1 }).waitFor();
  return popup;
}

for (const lang of ['en', 'de'] as const) {
  describe(`"No occasion needed" in the popup (${lang.toUpperCase()})`, () => {
    let s: Session;
    beforeAll(async () => {
      s = await launch({ lang });
      await allowExtensionPages(s);
      await visitThreads(s, lang);
    });
    afterAll(async () => {
      await s?.close();
    });
    afterEach(() => {
      expect(s.foreignRequests().filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
    });

    it('shows a two-way contact after the quiet period — not a one-way one, nor one with two unanswered messages', async () => {
      const popup = await openPopup(s);
      await popup.getByRole('heading', { name: POPUP[lang].heading }).waitFor();
      // Names only after a click.
      expect(await popup.getByText('Dora Dormann').count()).toBe(0);
      await popup.getByRole('button', { name: POPUP[lang].show }).click();
      await popup.getByRole('heading', { name: 'Dora Dormann' }).waitFor();
      expect(await popup.getByText('Greta Gruß').count()).toBe(0);
      expect(await popup.getByText('Felix Folger').count()).toBe(0);
      expect(await popup.getByText(POPUP[lang].wrote).count()).toBe(1);
      const link = popup.getByRole('link', { name: /LinkedIn/ });
      expect(await link.getAttribute('href')).toBe(`https://www.linkedin.com/messaging/thread/${threadOf('dora').id}/`);
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
    });

    it('"Later" takes Dora off the list, and the options say until when', async () => {
      const popup = await openPopup(s);
      await popup.getByRole('button', { name: POPUP[lang].show }).click();
      await popup.getByRole('button', { name: POPUP[lang].later }).click();
      await popup.getByText(POPUP[lang].none).waitFor();
      await popup.reload();
      await popup.getByText(POPUP[lang].none).waitFor();
      expect(await popup.getByText('Dora Dormann').count()).toBe(0);
      await popup.goto(`chrome-extension://${s.extensionId}/options.html#relations`);
      const table = popup.getByTestId('relations-table');
      await table.getByRole('rowheader', { name: /Dora Dormann/ }).waitFor();
      const unsnooze = table.getByRole('button', { name: lang === 'de' ? 'Jetzt wieder vorschlagen' : 'Suggest again now' });
      expect(await unsnooze.count()).toBe(1);
      // The snooze can be lifted there.
      await unsnooze.click();
      await expect.poll(() => unsnooze.count()).toBe(0);
      await popup.close();
    });

    it('"Not this person" (in a fresh profile) takes Dora off for good, and the options show it', async () => {
      const fresh = await launch({ lang });
      try {
        await allowExtensionPages(fresh);
        await visitThreads(fresh, lang);
        const popup = await openPopup(fresh);
        await popup.getByRole('button', { name: POPUP[lang].show }).click();
        await popup.getByRole('button', { name: POPUP[lang].never }).click();
        await popup.getByText(POPUP[lang].none).waitFor();
        await popup.goto(`chrome-extension://${fresh.extensionId}/options.html#relations`);
        const suggest = popup.getByRole('checkbox', { name: lang === 'de' ? 'Dora Dormann vorschlagen' : 'Suggest Dora Dormann' });
        await suggest.waitFor();
        expect(await suggest.isChecked()).toBe(false);
        // Greta, the one-way contact, is remembered (and can be deleted) but was never suggested.
        const greta = popup.getByRole('button', { name: lang === 'de' ? 'Löschen, was Taktvoll über Greta Gruß weiß' : 'Delete what Taktvoll remembers about Greta Gruß' });
        await greta.click();
        await expect.poll(() => greta.count()).toBe(0);
        expect(await seriousViolations(popup)).toEqual([]);
        expect(fresh.foreignRequests().filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
      } finally {
        await fresh.close();
      }
    });

    it('nothing of it in the popup with the memory switched off', async () => {
      await switchMemory(s, lang, false);
      const popup = await openPopup(s);
      await popup.getByRole('heading', { level: 2 }).first().waitFor();
      await popup.waitForTimeout(300);
      expect(await popup.getByRole('heading', { name: POPUP[lang].heading }).count()).toBe(0);
      await popup.close();
      await switchMemory(s, lang, true);
    });
  });
}
