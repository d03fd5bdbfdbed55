/**
 * The content runtime's promises that only a real browser can show: the page cannot switch the
 * guard off, and an extension update under an open pause card loses no send.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axClick, axFind, axWait, fixtureSent, launch, type Session } from './harness';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/';
const EDITOR = 'form.msg-form [role="textbox"][contenteditable="true"]';
const SEND = 'form.msg-form button[type="submit"]';
const FLAGGED = 'Happy birthday! All the best!';

async function openThread(s: Session): Promise<Page> {
  const page = await s.newPage();
  // What a page script sees of us: every message posted to the window while the page loads.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __posted: string[] }).__posted = seen;
    window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));
  });
  await page.goto(THREAD);
  await page.waitForSelector('html[data-fixture-ready]');
  return page;
}

async function holdFlagged(page: Page): Promise<void> {
  await page.locator(EDITOR).first().click();
  await page.keyboard.type(FLAGGED);
  await page.locator(SEND).first().click();
  await axWait(page, { role: 'dialog' });
  expect(await fixtureSent(page)).toEqual([]);
}

describe('the content runtime in Chromium', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('a page script cannot switch the guard off: nothing posts the extension id, and a forged stop event is ignored', async () => {
    s = await launch();
    const page = await openThread(s);
    await page.waitForTimeout(500);
    const posted = await page.evaluate(() => (window as unknown as { __posted: string[] }).__posted);
    expect(posted.filter((m) => m.includes(s!.extensionId))).toEqual([]);

    // A page script that knows the id (it is public for a store extension) forges WXT's
    // "a newer copy of this content script started" event.
    await page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:linkedin:wxt:content-script-started`, { detail: { contentScriptName: 'linkedin', messageId: 'forged' } }));
    }, s.extensionId);
    await holdFlagged(page);
    await axClick(page, await axWait(page, { role: 'button', name: 'Keep editing' }));
    expect(await fixtureSent(page)).toEqual([]);
    expect(s.foreignRequests()).toEqual([]);
  });

  it('an extension update under an open pause card: the card keeps working, "Send anyway" sends once', async () => {
    s = await launch();
    const page = await openThread(s);
    await holdFlagged(page);
    // Reload the extension, as an update does: the content script's extension APIs are gone.
    await s.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(2500); // longer than the runtime's slow poll, which notices the update
    const sendAnyway = await axWait(page, { role: 'button', name: 'Send anyway' });
    await axClick(page, sendAnyway);
    await expect.poll(() => fixtureSent(page)).toEqual([expect.objectContaining({ text: FLAGGED })]);
    await expect.poll(async () => (await axFind(page, { role: 'dialog' })).length).toBe(0);
    // From now on the site works as without Taktvoll.
    await page.locator(EDITOR).first().click();
    await page.keyboard.type(FLAGGED);
    await page.locator(SEND).first().click();
    await expect.poll(() => fixtureSent(page)).toHaveLength(2);
    expect(await axFind(page, { role: 'dialog' })).toEqual([]);
  });
});
