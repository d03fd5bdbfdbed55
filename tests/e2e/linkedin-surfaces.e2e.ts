/**
 * LinkedIn's other composers, end to end: overlay bubbles in the main document, inside the
 * #interop-outlet shadow root and inside the /preload/ iframe; the connection request note; the
 * catch-up birthday dialog with its pre-filled greeting; a compose link that pre-fills `body=`;
 * a quick-reply chip that sends canned text in one click.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axClick, axFind, axGone, axWait, fixtureSent, launch, type Session } from './harness';

const ANNA = 'ACoAABc1x2sBq9kLmN0pQrStUvWxYz12345';
const FLAGGED = 'Happy birthday! All the best!';
const SEND_ANYWAY = { role: 'button', name: 'Send anyway' } as const;
const KEEP_EDITING = { role: 'button', name: 'Keep editing' } as const;

/** Everything the fixture recorded as sent (the /preload/ iframe records into its top page's log). */
const allSent = (page: Page) => fixtureSent(page);

describe('LinkedIn surfaces beyond the messaging page', () => {
  let s: Session;
  let page: Page | undefined;
  beforeAll(async () => {
    s = await launch({ lang: 'en' });
  });
  afterAll(async () => {
    await s?.close();
  });
  afterEach(async () => {
    expect(s.foreignRequests()).toEqual([]);
    await page?.close();
    page = undefined;
  });

  for (const overlay of ['main', 'shadow', 'iframe'] as const) {
    it(`guards an overlay bubble in the ${overlay === 'main' ? 'main document' : overlay === 'shadow' ? '#interop-outlet shadow root' : '/preload/ iframe'}`, async () => {
      page = await s.newPage();
      await page.goto(`https://www.linkedin.com/feed/?overlay=${overlay}&open=anna`);
      const scope = overlay === 'iframe' ? page.frameLocator('iframe[data-testid="interop-iframe"]') : page;
      const editor = scope.locator('aside.msg-overlay-conversation-bubble [role="textbox"][contenteditable="true"]').first();
      await editor.waitFor({ timeout: 15_000 });
      await page.waitForTimeout(400);
      await editor.click();
      await page.keyboard.type(FLAGGED);
      await scope.locator('aside.msg-overlay-conversation-bubble button[type="submit"]').first().click();
      await axWait(page, SEND_ANYWAY);
      expect(await allSent(page)).toEqual([]);
      await axClick(page, await axWait(page, SEND_ANYWAY));
      await expect.poll(() => allSent(page!)).toEqual([expect.objectContaining({ text: FLAGGED, to: 'Anna Example' })]);
      await page.waitForTimeout(400);
      expect(await allSent(page)).toHaveLength(1);
    });
  }

  it('holds a pitch in a connection request note (shadow root); Keep editing sends nothing', async () => {
    page = await s.newPage();
    // Erik: nobody this profile has written to yet in this browser, so the note is a first contact.
    await page.goto('https://www.linkedin.com/in/erik-beispiel/?overlay=shadow');
    await page.locator('a[aria-label^="Invite"][aria-label$="to connect"]').first().click();
    await page.locator('button[aria-label="Add a note"]').click();
    const note = page.locator('textarea#custom-message');
    await note.click();
    const pitch = 'Hi Erik, we help engineering teams cut cloud costs by 30%. Do you have 15 minutes for a quick demo call next week?';
    await page.keyboard.type(pitch);
    await page.locator('button[aria-label="Send invitation"]').click();
    await axClick(page, await axWait(page, KEEP_EDITING));
    await axGone(page, SEND_ANYWAY);
    expect(await allSent(page)).toEqual([]);
    expect(await note.inputValue()).toBe(pitch);
  });

  it('holds the 2024 catch-up dialog’s pre-filled birthday greeting sent unchanged (legacy flow)', async () => {
    page = await s.newPage();
    await page.goto('https://www.linkedin.com/mynetwork/catch-up/birthday/?legacy=2024');
    await page.locator('[data-view-name="nurture-card-primary-button"]').first().click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const prefilled = await dialog.locator('textarea').inputValue();
    expect(prefilled.length).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await dialog.locator('[data-view-name="messaging-modal-send-button"]').click();
    await axWait(page, SEND_ANYWAY);
    expect(await allSent(page)).toEqual([]);
    await axClick(page, await axWait(page, SEND_ANYWAY));
    await expect.poll(() => allSent(page!)).toEqual([expect.objectContaining({ text: prefilled })]);
  });

  it('holds a greeting pre-filled through a compose link’s body= parameter', async () => {
    page = await s.newPage();
    await page.goto(`https://www.linkedin.com/messaging/compose/?recipient=${ANNA}&body=${encodeURIComponent('Happy birthday, Anna!')}`);
    await page.waitForSelector('html[data-fixture-ready]');
    const send = page.locator('form.msg-form button[type="submit"]').first();
    await send.click();
    await axWait(page, SEND_ANYWAY);
    await axClick(page, await axWait(page, KEEP_EDITING));
    expect(await allSent(page)).toEqual([]);
  });

  it('remembers what was sent (as fingerprints) and holds nearly the same text to someone else', async () => {
    const invite = (name: string) =>
      `Hi ${name}, I am putting together a small round table on platform engineering in Berlin on 12 March, two hours, no slides. Would you like to join us?`;
    page = await s.newPage();
    await page.goto('https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/');
    await page.waitForSelector('html[data-fixture-ready]');
    await page.locator('form.msg-form [role="textbox"][contenteditable="true"]').first().click();
    await page.keyboard.type(invite('Anna'));
    await page.locator('form.msg-form button[type="submit"]').first().click();
    // A thread with history, an honest invitation: it goes straight out.
    await expect.poll(() => allSent(page!)).toHaveLength(1);
    expect(await axFind(page, SEND_ANYWAY)).toEqual([]);
    await page.close();

    page = await s.newPage();
    await page.goto('https://www.linkedin.com/messaging/thread/2-ZDc3MWE0YjItOGM1Zi00NjE5LWIyZDMtMzQ5ZDBhYmM2NzEyXzAxMA==/');
    await page.waitForSelector('html[data-fixture-ready]');
    await page.locator('form.msg-form [role="textbox"][contenteditable="true"]').first().click();
    await page.keyboard.type(invite('Bernd'));
    // The background looks the draft up in its send memory as it is typed (no history is shipped
    // to the tab); the cue says so when typing pauses, before the user reaches for Send.
    await axWait(page, { role: 'button', name: /^Taktvoll: Nearly the same text as before/ }, 5000);
    await page.locator('form.msg-form button[type="submit"]').first().click();
    await axWait(page, SEND_ANYWAY);
    expect(await axFind(page, { role: 'StaticText', name: /nearly the same text to one other person/ })).not.toEqual([]);
    await axClick(page, await axWait(page, KEEP_EDITING));
    expect(await allSent(page)).toEqual([]);
    // Only fingerprints are stored: the background's database holds no text of either message.
    const stored = await s.worker.evaluate(async () => {
      const open = indexedDB.open('taktvoll');
      const database: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const dump: unknown[] = [];
      for (const name of Array.from(database.objectStoreNames)) {
        const rows: unknown[] = await new Promise((resolve) => {
          const req = database.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
        });
        dump.push(...rows);
      }
      database.close();
      return JSON.stringify(dump);
    });
    expect(stored).toMatch(/minhash/);
    expect(stored).not.toMatch(/round table|platform engineering/i);
  });

  it('holds a quick-reply chip that would send canned birthday text in one click', async () => {
    page = await s.newPage();
    await page.goto('https://www.linkedin.com/messaging/?birthday=1');
    await page.waitForSelector('html[data-fixture-ready]');
    const chip = page.locator('.msg-form__quick-reply-chip').first();
    const canned = (await chip.innerText()).trim();
    await chip.click();
    await axWait(page, SEND_ANYWAY);
    expect(await allSent(page)).toEqual([]);
    await axClick(page, await axWait(page, SEND_ANYWAY));
    await expect.poll(() => allSent(page!)).toEqual([expect.objectContaining({ text: canned })]);
    expect(await axFind(page, SEND_ANYWAY)).toEqual([]);
  });
});
