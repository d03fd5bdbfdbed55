/**
 * The composer guard in Firefox, per site and UI language: the built .output/firefox-mv3 in
 * Debian's firefox-esr, the fixture pages at the real sites' URLs (LinkedIn's editor, Facebook's
 * real Lexical editor, XING's React 18 controlled textarea), Taktvoll's pause card (closed shadow
 * root) driven through Firefox's accessibility tree. Every test also checks that nothing left the
 * browser and that the extension logged no error.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axClick, axFind, axFocused, axGone, axProp, axWait, fixtureSent, imeComposeEnter, launch, type FxSession, type Lang } from './harness';

interface SiteCase {
  name: string;
  /** A thread with history (not a first message), Enter-to-send unless `clickMode`. */
  url(lang: Lang): string;
  ready(page: Page): Promise<void>;
  editor: string;
  /** How the user sends in url(): a button (selector) or Enter. */
  sendButton: string | null;
  /** URL variant in which plain Enter sends. */
  enterUrl(lang: Lang): string;
  /** What the site records as "to". */
  to: string;
  /** The draft as the site's editor holds it. */
  text(page: Page): Promise<string>;
  /**
   * A clean draft, different on each site: one browser holds all three sites, and the same words
   * to a second person are template reuse (rightly held).
   */
  clean: Record<Lang, string>;
}

const innerText = (sel: string) => (page: Page) => page.$eval(sel, (el) => (el as HTMLElement).innerText);
const LINKEDIN_THREAD = 'https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/';
const LINKEDIN_EDITOR = 'form.msg-form [role="textbox"][contenteditable="true"]';
const FACEBOOK_EDITOR = '[role="main"] [data-lexical-editor="true"]';
const XING_EDITOR = 'textarea[data-qa="message-composer-textarea"]';

const SITES: SiteCase[] = [
  {
    name: 'LinkedIn',
    url: (lang) => `${LINKEDIN_THREAD}?lang=${lang}`,
    enterUrl: (lang) => `${LINKEDIN_THREAD}?lang=${lang}&mode=enter`,
    ready: async (page) => void (await page.waitForSelector('html[data-fixture-ready]')),
    editor: LINKEDIN_EDITOR,
    sendButton: 'form.msg-form button[type="submit"]',
    to: 'Anna Example',
    text: innerText(LINKEDIN_EDITOR),
    clean: { en: 'Thanks again for the tip about the migration, it saved us a week.', de: 'Danke nochmal für den Tipp zur Migration, das hat uns eine Woche gespart.' },
  },
  {
    name: 'Facebook',
    url: (lang) => `https://www.facebook.com/messages/t/100001?lang=${lang}`,
    enterUrl: (lang) => `https://www.facebook.com/messages/t/100001?lang=${lang}`,
    ready: async (page) => void (await page.waitForSelector('[role="main"] [role="grid"] [role="row"]')),
    editor: FACEBOOK_EDITOR,
    sendButton: null,
    to: 'Anna Example',
    text: innerText(FACEBOOK_EDITOR),
    clean: { en: 'Are we still on for climbing on Thursday? I can bring the rope.', de: 'Bleibt es beim Klettern am Donnerstag? Ich kann das Seil mitbringen.' },
  },
  {
    name: 'XING',
    url: (lang) => `https://www.xing.com/chats/a1b2c3d4?lang=${lang}&delay=150`,
    enterUrl: (lang) => `https://www.xing.com/chats/a1b2c3d4?lang=${lang}&delay=150`,
    ready: async (page) => {
      await page.waitForSelector(XING_EDITOR);
      await page.waitForSelector('section ul > li');
    },
    editor: XING_EDITOR,
    sendButton: 'form button[type="submit"]',
    to: 'Anna Beispiel',
    text: (page) => page.$eval(XING_EDITOR, (el) => (el as HTMLTextAreaElement).value),
    clean: { en: 'Your slides from the meetup helped me explain the rollout to my team.', de: 'Deine Folien vom Meetup haben mir geholfen, meinem Team den Rollout zu erklären.' },
  },
];

const TEXT = {
  flagged: { en: 'Happy birthday! All the best!', de: 'Alles Gute zum Geburtstag! Viel Erfolg weiterhin!' },
  /** Another stock greeting: a different draft from `flagged`. */
  flaggedAgain: { en: 'Many happy returns! Enjoy your special day.', de: 'Herzlichen Glückwunsch zum Geburtstag! Einen schönen Tag dir.' },
};
const BUDGET_LABEL = { en: 'Pause cards per day at most', de: 'Höchstens so viele Pausenkarten pro Tag' };
const LABEL = {
  sendAnyway: { en: 'Send anyway', de: 'Trotzdem senden' },
  keepEditing: { en: 'Keep editing', de: 'Weiter bearbeiten' },
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The same Firefox without Taktvoll: what a site does on its own (launched on first use). */
let bare: Promise<FxSession> | undefined;
const withoutTaktvoll = () => (bare ??= launch({ extension: false }));
/** What each site's editor holds after the IME round without Taktvoll (once per site). */
const imeBaselines = new Map<string, Promise<{ text: string; sent: unknown[] }>>();
function imeBaseline(site: SiteCase, lang: Lang): Promise<{ text: string; sent: unknown[] }> {
  let hit = imeBaselines.get(site.name);
  if (!hit) {
    hit = withoutTaktvoll().then(async (b) => {
      const round = await imeRound(b, site, lang);
      await round.page.close();
      return { text: round.text, sent: round.sent };
    });
    imeBaselines.set(site.name, hit);
  }
  return hit;
}
afterAll(async () => {
  await (await bare)?.close();
});

/** A flagged draft, then a word composed through the input method (the same in both UI languages). */
const IME_DRAFT = 'Happy birthday! All the best!';

/** Type the draft, then compose and confirm a word through the input method; what the site holds and sent. */
async function imeRound(s: FxSession, site: SiteCase, lang: Lang): Promise<{ page: Page; text: string; sent: unknown[] }> {
  const page = await open(s, site.enterUrl(lang), site);
  await typeInto(page, site, `${IME_DRAFT} `);
  await imeComposeEnter(page, 'すし');
  await sleep(400);
  return { page, text: (await site.text(page)).trim(), sent: await fixtureSent(page) };
}

/** A site's thread, as a first-time user of prompt fatigue sees it (each test expects the first card). */
async function open(s: FxSession, url: string, site: SiteCase): Promise<Page> {
  await s.forgetLearned();
  const page = await s.newPage();
  await page.goto(url);
  await site.ready(page);
  return page;
}

async function typeInto(page: Page, site: SiteCase, text: string): Promise<void> {
  await page.click(site.editor);
  await page.keyboard.type(text);
}

/**
 * Send as a keyboard user does: the Send button focused, then Enter. (For a draft typed slowly
 * the cue's badge may already sit at the composer's corner; a pointer click is then aimed at
 * coordinates, the keyboard at the button.)
 */
async function sendByKeyboard(page: Page, site: SiteCase): Promise<void> {
  if (!site.sendButton) return page.keyboard.press('Enter');
  await page.waitForSelector(`${site.sendButton}:not([disabled])`);
  await page.focus(site.sendButton);
  await page.keyboard.press('Enter');
}

async function send(page: Page, site: SiteCase): Promise<void> {
  if (!site.sendButton) return page.keyboard.press('Enter');
  // The sites enable Send once their own state has the draft; a user clicks it when it is enabled.
  await page.waitForSelector(`${site.sendButton}:not([disabled])`);
  await page.click(site.sendButton);
}

for (const lang of ['en', 'de'] as const) {
  describe(`Firefox: composer guard (${lang.toUpperCase()})`, () => {
    let s: FxSession;
    let page: Page | undefined;
    beforeAll(async () => {
      s = await launch({ lang });
      // This suite shows more pause cards than the default daily budget (10) allows: raise it in
      // the options page, as a user would, so no test depends on how many came before it.
      const options = await s.extensionPage('options.html');
      await axClick(options, await axWait(options, { role: 'spinbutton', name: BUDGET_LABEL[lang] }));
      await options.keyboard.down('Control');
      await options.keyboard.press('a');
      await options.keyboard.up('Control');
      await options.keyboard.type('50');
      const stored = () => options.evaluate(async () => ((await (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, { dailyBudget?: number } | undefined>> } } } }).browser.storage.local.get('settings')).settings?.dailyBudget));
      for (let i = 0; (await stored()) !== 50; i++) {
        if (i > 50) throw new Error('the daily budget did not reach 50');
        await sleep(100);
      }
      await options.close();
    });
    afterAll(async () => {
      await s?.close();
    });
    afterEach(async () => {
      await page?.close();
      page = undefined;
      expect(s.foreignRequests()).toEqual([]);
      expect(await s.extensionErrors()).toEqual([]);
    });

    it('LinkedIn, after Firefox unloaded the background event page: still held, sent once, and counted', async () => {
      const site = SITES[0]!;
      page = await open(s, site.url(lang), site);
      await s.unloadBackground();
      // The content script's messages wake it: the pause card still comes, the send still counts.
      await typeInto(page, site, TEXT.flagged[lang]);
      await send(page, site);
      await axWait(page, { role: 'dialog' });
      expect(await fixtureSent(page)).toEqual([]);
      await axClick(page, await axWait(page, { role: 'button', name: LABEL.sendAnyway[lang] }));
      await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: TEXT.flagged[lang], to: site.to })]);
      await sleep(400);
      expect(await fixtureSent(page)).toHaveLength(1);
      expect(await s.backgroundState()).toBe('running');
      const ext = await s.extensionPage('popup.html');
      try {
        const wire = (await ext.evaluate(() =>
          (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ id: 1, type: 'getStats', data: { days: 1 }, timestamp: Date.now() }),
        )) as { res: { shown: number; sentAsIs: number }[] };
        // Counted in the background's IndexedDB (earlier tests of this browser count too).
        expect(wire.res.at(-1)).toMatchObject({ shown: expect.any(Number), sentAsIs: expect.any(Number) });
        expect(wire.res.at(-1)!.shown).toBeGreaterThan(0);
        expect(wire.res.at(-1)!.sentAsIs).toBeGreaterThan(0);
      } finally {
        await ext.close();
      }
    });

    for (const site of SITES) {
      it(`${site.name}: holds a flagged draft; "Keep editing" keeps text and caret; "Send anyway" sends it once, unchanged`, async () => {
        page = await open(s, site.url(lang), site);
        await typeInto(page, site, TEXT.flagged[lang]);
        await send(page, site);
        const dialog = await axWait(page, { role: 'dialog' });
        expect(axProp(dialog, 'modal')).toBe(true);
        expect(await fixtureSent(page)).toEqual([]);
        // The card quotes the words it noticed; focus moved into it.
        expect((await axFind(page, { role: 'mark' })).length).toBeGreaterThan(0);
        const keep = { role: 'button', name: LABEL.keepEditing[lang] };
        await expect.poll(() => axFocused(page!, keep)).toBe(true);

        await axClick(page, await axWait(page, keep));
        await axGone(page, { role: 'dialog' });
        expect(await fixtureSent(page)).toEqual([]);
        expect((await site.text(page)).trim()).toBe(TEXT.flagged[lang]);
        expect(await page.$eval(site.editor, (el) => el === document.activeElement)).toBe(true);
        // Typing goes on where the caret was.
        await page.keyboard.type(' :)');
        const edited = `${TEXT.flagged[lang]} :)`;
        await expect.poll(async () => (await site.text(page!)).trim()).toBe(edited);

        // Another stock greeting (nearly the same draft is not held twice for the same person:
        // prompt fatigue): held again; this time the user sends it as it is.
        const other = TEXT.flaggedAgain[lang];
        await page.click(site.editor);
        await page.keyboard.down('Control');
        await page.keyboard.press('a');
        await page.keyboard.up('Control');
        await page.keyboard.type(other);
        // Observed in Firefox under load (about 1 run in 3, LinkedIn only): a pointer click on Send
        // here neither sent nor held — nothing happened; by keyboard it is reliable.
        await sendByKeyboard(page, site);
        await axWait(page, { role: 'dialog' }).catch(async (err: Error) => {
          // Say what happened instead: sent unheld, or nothing at all (and where the focus was).
          const state = { sent: await fixtureSent(page!), text: (await site.text(page!)).trim(), focus: await page!.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)) };
          throw new Error(`${err.message}; ${JSON.stringify(state)}`);
        });
        expect(await fixtureSent(page)).toEqual([]);
        await axClick(page, await axWait(page, { role: 'button', name: LABEL.sendAnyway[lang] }));
        await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: other, to: site.to })]);
        await axGone(page, { role: 'dialog' });
        await sleep(400);
        expect(await fixtureSent(page)).toHaveLength(1);
      });

      it(`${site.name}: sends a clean draft once, without a card`, async () => {
        page = await open(s, site.url(lang), site);
        await typeInto(page, site, site.clean[lang]);
        await send(page, site);
        await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: site.clean[lang], to: site.to })]);
        await sleep(500);
        expect(await axFind(page, { role: 'dialog' })).toEqual([]);
        expect(await fixtureSent(page)).toHaveLength(1);
      });

      it(`${site.name}: Enter that confirms an IME composition is not a send`, async () => {
        // Without Taktvoll: the committed word, no send (Lexical in Firefox repeats the word; so be it).
        const baseline = await imeBaseline(site, lang);
        expect(baseline.sent).toEqual([]);
        expect(baseline.text.startsWith(`${IME_DRAFT} すし`)).toBe(true);

        const ours = await imeRound(s, site, lang);
        page = ours.page;
        expect(await axFind(page, { role: 'dialog' })).toEqual([]);
        expect(ours.sent).toEqual([]);
        expect(ours.text).toBe(baseline.text);
        // The guard is still there: a real Enter now is held.
        await page.keyboard.press('Enter');
        await axWait(page, { role: 'dialog' });
        expect(await fixtureSent(page)).toEqual([]);
      });
    }
  });
}
