/**
 * A change made in the options page is obeyed by the content script on a site fixture, without
 * reloading the site: a personal rule flags a phrase and holds the send; a trusted contact gets no
 * card; a site switched off is left alone. And back again when the change is undone.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axClick, axFind, axGone, axWait, fixtureSent, launch, type Session } from './harness';
import { allowExtensionPages } from './pages-helpers';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/?lang=en';
const EDITOR = 'form.msg-form [role="textbox"][contenteditable="true"]';
const SEND = 'form.msg-form button[type="submit"]';
const CLEAN = 'Thanks again for the tip about the migration, it saved us a week.';
// The guard does not re-judge a text identical to the one just sent, so each step writes a new one.
const CLEAN_2 = 'The migration went well, thanks for the help.';
const CLEAN_3 = 'The migration went well, thanks for all your help.';
const FLAGGED = 'Happy birthday! All the best!';

describe('the content script obeys the options page (LinkedIn fixture, EN)', () => {
  let s: Session;
  let options: Page;
  const pages: Page[] = [];

  beforeAll(async () => {
    s = await launch({ lang: 'en' });
    await allowExtensionPages(s);
    options = await s.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1, name: 'Taktvoll settings' }).waitFor();
  });
  afterAll(async () => {
    await s?.close();
  });
  afterEach(async () => {
    expect(s.foreignRequests().filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
    while (pages.length) await pages.pop()?.close();
  });

  async function thread(): Promise<Page> {
    const page = await s.newPage();
    pages.push(page);
    await page.goto(THREAD);
    await page.waitForSelector('html[data-fixture-ready]');
    return page;
  }

  async function write(page: Page, text: string): Promise<void> {
    const box = page.locator(EDITOR).first();
    await box.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
  }

  async function sendsWithoutCard(page: Page, text: string): Promise<void> {
    await write(page, text);
    await page.waitForTimeout(1200); // past the cue's debounce
    const before = (await fixtureSent(page)).length;
    await page.locator(SEND).first().click();
    await expect.poll(async () => (await fixtureSent(page)).length).toBe(before + 1);
    expect((await fixtureSent(page)).at(-1)?.text).toBe(text);
    expect(await axFind(page, { role: 'dialog' })).toEqual([]);
  }

  async function heldWithCard(page: Page, text: string): Promise<void> {
    await write(page, text);
    const before = (await fixtureSent(page)).length;
    await page.locator(SEND).first().click();
    await axWait(page, { role: 'dialog' });
    expect((await fixtureSent(page)).length).toBe(before);
    await axClick(page, await axWait(page, { role: 'button', name: 'Keep editing' }));
    await axGone(page, { role: 'dialog' });
  }

  it('a personal rule added in the options flags its phrase, holds the send, and stops when deleted', async () => {
    const page = await thread();
    await sendsWithoutCard(page, CLEAN);

    await options.bringToFront();
    await options.getByRole('textbox', { name: 'Phrase', exact: true }).fill('migrat*');
    await options.getByRole('combobox', { name: 'When it appears' }).selectOption('warn');
    await options.getByRole('textbox', { name: /Note to self/ }).fill('Say which migration');
    await options.getByRole('button', { name: 'Add rule' }).click();
    await options.getByRole('button', { name: 'Delete rule “migrat*”' }).waitFor();

    await page.bringToFront();
    await write(page, CLEAN_2);
    // The cue's badge opens a popover that names the rule and the words it matched.
    await axClick(page, await axWait(page, { role: 'button', name: /^Taktvoll: / }, 5000));
    await axWait(page, { role: 'region', name: 'Taktvoll noticed something in this draft' }, 5000);
    const marks = await axFind(page, { role: 'mark' });
    expect(marks.length).toBeGreaterThan(0);
    // With the popover still open: it covers nothing of Send, and the send is held as usual.
    await heldWithCard(page, CLEAN_2);

    await options.bringToFront();
    await options.getByRole('button', { name: 'Delete rule “migrat*”' }).click();
    await options.getByText('No personal rules yet.').waitFor();
    await page.bringToFront();
    await sendsWithoutCard(page, CLEAN_3);
  });

  it('a trusted contact added by name gets no card; removed, the card is back', async () => {
    await options.bringToFront();
    const trusted = options.locator('#trusted');
    await trusted.getByRole('combobox', { name: 'On which site' }).selectOption('linkedin');
    await trusted.getByRole('textbox', { name: 'Name, as the site shows it' }).fill('Anna Example');
    await options.getByRole('button', { name: 'Add contact' }).click();
    await options.getByRole('button', { name: 'Remove Anna Example' }).waitFor();

    const page = await thread();
    await sendsWithoutCard(page, FLAGGED);

    await options.bringToFront();
    await options.getByRole('button', { name: 'Remove Anna Example' }).click();
    await options.getByText('No trusted contacts yet.').waitFor();
    const again = await thread();
    await heldWithCard(again, FLAGGED);
  });

  it('"Don\'t ask again for Anna" on the pause card lists the person in the options, where removing them brings the card back', async () => {
    const page = await thread();
    await write(page, FLAGGED);
    await page.locator(SEND).first().click();
    await axClick(page, await axWait(page, { role: 'checkbox', name: "Don't ask again for Anna" }));
    await axClick(page, await axWait(page, { role: 'button', name: 'Send anyway' }));
    await options.bringToFront();
    await options.reload();
    // The trusted contacts' table (Anna is also in the relationship memory's table further down).
    const row = options.locator('#trusted').getByRole('row', { name: /Anna Example/ });
    await row.waitFor();
    expect(await row.getByRole('cell', { name: 'The pause card' }).count()).toBe(1);
    const again = await thread();
    await sendsWithoutCard(again, FLAGGED);

    await options.bringToFront();
    await options.getByRole('button', { name: 'Remove Anna Example' }).click();
    await options.getByText('No trusted contacts yet.').waitFor();
    const third = await thread();
    await heldWithCard(third, FLAGGED);
  });

  it('"Don\'t ask about this on LinkedIn again" switches the check off on LinkedIn only, listed in the options, where it can be switched on again', async () => {
    const page = await thread();
    await write(page, FLAGGED);
    await page.locator(SEND).first().click();
    await axClick(page, await axWait(page, { role: 'checkbox', name: "Don't ask about this on LinkedIn again" }));
    await axClick(page, await axWait(page, { role: 'button', name: 'Send anyway' }));
    await options.bringToFront();
    // The check itself stays on everywhere else; the options list the one site (live, from the stored settings).
    expect(await options.getByRole('checkbox', { name: 'Templated greetings' }).isChecked()).toBe(true);
    const askAgain = options.getByRole('button', { name: 'Ask again about Templated greetings on LinkedIn' });
    await askAgain.waitFor();
    const again = await thread();
    await sendsWithoutCard(again, FLAGGED);

    await options.bringToFront();
    await askAgain.click();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Saved.');
    const third = await thread();
    await heldWithCard(third, FLAGGED);
  });

  it('a site switched off in the options is left alone', async () => {
    await options.bringToFront();
    await options.getByRole('checkbox', { name: 'LinkedIn' }).uncheck();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Saved.');
    const page = await thread();
    await sendsWithoutCard(page, FLAGGED);

    await options.bringToFront();
    await options.getByRole('checkbox', { name: 'LinkedIn' }).check();
    await page.bringToFront();
    await page.waitForTimeout(500);
    await heldWithCard(page, FLAGGED);
  });
});
