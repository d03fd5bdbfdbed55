/**
 * The LinkedIn fixtures and adapter in real Chromium (no extension): the fixture pages behave like
 * LinkedIn (send modes, chips, dialogs, the shadow root and the /preload/ iframe, exactly one
 * record per send), and the adapter, bundled and injected into the page, finds every surface
 * there — `:has()`, shadow roots and iframes included, which happy-dom can only approximate.
 */
import { build } from 'esbuild';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSent, launch, type Session } from './harness';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/';
const EDITOR = 'form.msg-form [role="textbox"][contenteditable="true"]';

let adapterJs = '';
async function adapterBundle(): Promise<string> {
  if (!adapterJs) {
    const out = await build({
      stdin: { contents: "import { linkedin } from './lib/sites/linkedin/adapter';\n(window as any).__li = linkedin;", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      logLevel: 'silent',
    });
    adapterJs = out.outputFiles[0]!.text;
  }
  return adapterJs;
}

interface Seen {
  surface: string;
  text: string;
  ctx: { recipient?: { name: string; key: string }; firstMessage?: boolean; occasion?: string; prefill?: string; register?: string };
  buttons: number;
  chips: string[];
  enterSends: boolean;
}

/** Run the adapter inside a frame: composers in the document and in the outlet's shadow root. */
async function composersIn(frame: Page | Frame): Promise<Seen[]> {
  // Once per page: the adapter remembers first sights (prefills, a conversation's quiet period).
  if (!(await frame.evaluate(() => '__li' in window))) await frame.addScriptTag({ content: await adapterBundle() });
  return frame.evaluate(() => {
    type Li = import('../../lib/sites/types').SiteAdapter;
    const li = (window as unknown as { __li: Li }).__li;
    const roots: (Document | ShadowRoot)[] = [document, ...li.shadowRoots(document)];
    return roots.flatMap((r) =>
      li.findComposers(r).map((c) => {
        const sc = li.sendControls(c);
        return { surface: c.surface, text: li.readText(c), ctx: JSON.parse(JSON.stringify(li.readContext(c))), buttons: sc.buttons.length, chips: sc.chips.map((x) => x.text), enterSends: sc.enterSends };
      }),
    );
  });
}

const ready = (page: Page) => page.waitForSelector('html[data-fixture-ready]');

describe('LinkedIn fixtures and adapter in Chromium', () => {
  let s: Session;
  let page: Page | undefined;
  beforeAll(async () => {
    s = await launch({ extension: false });
  });
  afterAll(async () => {
    await s?.close();
  });
  afterEach(async () => {
    expect(s.foreignRequests()).toEqual([]);
    await page?.close();
    page = undefined;
  });

  it('"Click Send": Enter is a newline, Send sends once, the composer clears and the event appears', async () => {
    page = await s.newPage();
    await page.goto(THREAD);
    await ready(page);
    const send = page.locator('form.msg-form button[type="submit"]');
    expect(await send.isDisabled()).toBe(true);
    await page.locator(EDITOR).click();
    await page.keyboard.type('Hi Anna,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('how was the migration?');
    expect(await send.isDisabled()).toBe(false);
    expect(await fixtureSent(page)).toEqual([]);
    const [seen] = await composersIn(page);
    expect(seen).toMatchObject({ surface: 'message', text: 'Hi Anna,\nhow was the migration?', buttons: 1, enterSends: false });
    expect(seen!.ctx).toMatchObject({ recipient: { name: 'Anna Example', key: 'in:anna-example' }, firstMessage: false });
    const before = await page.locator('li.msg-s-message-list__event').count();
    await send.click();
    expect(await fixtureSent(page)).toEqual([{ text: 'Hi Anna,\nhow was the migration?', via: 'button', to: 'Anna Example', history: 2 }]);
    expect(await page.locator(EDITOR).innerHTML()).toBe('<p><br></p>');
    expect(await page.locator('li.msg-s-message-list__event').count()).toBe(before + 1);
    expect(await send.isDisabled()).toBe(true);
  });

  it('"Press Enter to Send": no Send button, Enter sends, Shift+Enter is a newline; the hovercard switches modes', async () => {
    page = await s.newPage();
    await page.goto(`${THREAD}?mode=enter&lang=de`);
    await ready(page);
    expect(await page.locator('form.msg-form button[type="submit"]').count()).toBe(0);
    await page.locator(EDITOR).click();
    await page.keyboard.type('Hallo Anna,');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('wie geht es dir?');
    const [seen] = await composersIn(page);
    expect(seen).toMatchObject({ text: 'Hallo Anna,\nwie geht es dir?', buttons: 0, enterSends: true });
    expect(seen!.ctx.register).toBe('du');
    await page.keyboard.press('Enter');
    expect(await fixtureSent(page)).toEqual([{ text: 'Hallo Anna,\nwie geht es dir?', via: 'enter', to: 'Anna Example', history: 2 }]);
    // switch to "Click Send" through the hovercard: the button comes back, Enter no longer sends
    await page.locator('button[aria-label="Sendeoptionen öffnen"]').click();
    await page.locator('.msg-form__hovercard input[value="click"]').check();
    expect(await page.locator('form.msg-form button[type="submit"]').count()).toBe(1);
    expect((await composersIn(page))[0]).toMatchObject({ buttons: 1, enterSends: false });
  });

  it('a birthday quick reply sends its canned text in one click', async () => {
    page = await s.newPage();
    await page.goto(`${THREAD}?birthday=1`);
    await ready(page);
    const [seen] = await composersIn(page);
    expect(seen!.chips[0]).toBe('Wishing you a very happy birthday!');
    expect(seen!.ctx.occasion).toBe('birthday');
    await page.getByRole('button', { name: 'Wishing you a very happy birthday!' }).click();
    expect(await fixtureSent(page)).toEqual([{ text: 'Wishing you a very happy birthday!', via: 'chip', to: 'Anna Example' }]);
  });

  it('an empty thread is unknown until it has stayed empty (and the page is past its cold load), then a first message', async () => {
    page = await s.newPage();
    await page.goto('https://www.linkedin.com/messaging/thread/2-NmYyYzQ4ZTEtMWQ5Yi00YzM3LWE4ZjYtNTUwYjdjOGQ5ZTExXzAxMA==/?empty=1');
    await page.waitForSelector(EDITOR);
    const loading = await composersIn(page);
    expect(loading[0]!.ctx.firstMessage).toBeUndefined();
    await ready(page);
    expect((await composersIn(page))[0]!.ctx.firstMessage).toBeUndefined();
    // lib/sites/kit/settle.ts: 1.5 s quiet, and 10 s since a cold page load
    await page.waitForFunction(() => performance.now() > 10_200, undefined, { timeout: 15_000 });
    expect((await composersIn(page))[0]!.ctx.firstMessage).toBe(true);
  });

  it('compose with body=: pre-filled draft, prefill and birthday occasion, key from the URN', async () => {
    page = await s.newPage();
    await page.goto('https://www.linkedin.com/messaging/compose/?body=Happy%20birthday%2C%20J%C3%BCrgen!%20%F0%9F%8E%89&recipient=ACoAAGh5q8WeRtZu2IoPlKjHgFdSa13579');
    await ready(page);
    const [seen] = await composersIn(page);
    expect(seen).toMatchObject({ text: 'Happy birthday, Jürgen! 🎉', buttons: 1 });
    expect(seen!.ctx).toMatchObject({
      prefill: 'Happy birthday, Jürgen! 🎉',
      occasion: 'birthday',
      recipient: { name: 'Jürgen Müller', key: 'urn:li:fsd_profile:ACoAAGh5q8WeRtZu2IoPlKjHgFdSa13579' },
    });
    expect(seen!.ctx.firstMessage).toBeUndefined(); // empty, but not yet certain on a cold load
    await page.locator('form.msg-form button[type="submit"]').click();
    expect(await fixtureSent(page)).toEqual([{ text: 'Happy birthday, Jürgen! 🎉', via: 'button', to: 'Jürgen Müller', history: 0 }]);
  });

  for (const overlay of ['main', 'shadow', 'iframe'] as const) {
    it(`overlay bubbles in the ${overlay === 'main' ? 'main document' : overlay === 'shadow' ? '#interop-outlet shadow root' : '/preload/ iframe'}: two open, each sends on its own`, async () => {
      page = await s.newPage();
      await page.goto(`https://www.linkedin.com/feed/?overlay=${overlay}&open=anna,carla`);
      await ready(page);
      const frame = overlay === 'iframe' ? page.frames().find((f) => f.url().includes('/preload/'))! : page;
      const seen = await composersIn(frame);
      // Anna's history is there: not a first message. Carla's draft is empty, but on a cold page
      // load that stays "unknown" (lib/sites/kit/settle.ts) — never a guess.
      expect(seen.map((x) => [x.ctx.recipient?.name, x.ctx.firstMessage])).toEqual([
        ['Anna Example', false],
        ['Carla Muster', undefined],
      ]);
      if (overlay !== 'iframe') expect(await composersIn(page.mainFrame())).toHaveLength(2);
      else expect(await composersIn(page.mainFrame())).toHaveLength(0);
      const editors = frame.locator(EDITOR);
      await editors.nth(1).click();
      await page.keyboard.type('Hi Carla, great meeting you at the conference.');
      await frame.locator('form.msg-form button[type="submit"]').nth(1).click();
      expect(await fixtureSent(page)).toEqual([{ text: 'Hi Carla, great meeting you at the conference.', via: 'button', to: 'Carla Muster', history: 0 }]);
    });
  }

  it('catch-up 2026: the "Message" link opens the pre-filled overlay in the shadow root; Send records it once', async () => {
    page = await s.newPage();
    await page.goto('https://www.linkedin.com/mynetwork/catch-up/birthday/?lang=de');
    await ready(page);
    expect(await composersIn(page)).toEqual([]);
    await page.locator('a[data-view-name="nurture-card-primary-button"]').first().click();
    expect(page.url()).toBe('https://www.linkedin.com/mynetwork/catch-up/birthday/?lang=de'); // no navigation
    await page.locator('aside.msg-overlay-conversation-bubble [contenteditable="true"]').waitFor();
    const [seen] = await composersIn(page);
    expect(seen).toMatchObject({ surface: 'message', text: 'Alles Gute zum Geburtstag, Anna! 🎉', buttons: 1 });
    expect(seen!.ctx).toMatchObject({ recipient: { name: 'Anna Example', key: 'in:anna-example' }, prefill: 'Alles Gute zum Geburtstag, Anna! 🎉', occasion: 'birthday' });
    await page.locator('aside.msg-overlay-conversation-bubble button[type="submit"]').click();
    expect(await fixtureSent(page)).toEqual([{ text: 'Alles Gute zum Geburtstag, Anna! 🎉', via: 'button', to: 'Anna Example', history: 0 }]);
  });

  it('catch-up 2024 (legacy): "Message" opens the pre-filled dialog; Send records it once', async () => {
    page = await s.newPage();
    await page.goto('https://www.linkedin.com/mynetwork/catch-up/birthday/?lang=de&legacy=2024');
    await ready(page);
    expect(await composersIn(page)).toEqual([]);
    await page.locator('[data-view-name="nurture-card-primary-button"]').first().click();
    const [seen] = await composersIn(page);
    expect(seen).toMatchObject({ surface: 'birthday', text: 'Alles Gute zum Geburtstag, Anna! 🎉', buttons: 1 });
    expect(seen!.ctx).toEqual({ recipient: { name: 'Anna Example', key: 'in:anna-example' }, prefill: 'Alles Gute zum Geburtstag, Anna! 🎉', occasion: 'birthday' });
    await page.locator('button[data-view-name="messaging-modal-send-button"]').click();
    expect(await fixtureSent(page)).toEqual([{ text: 'Alles Gute zum Geburtstag, Anna! 🎉', via: 'dialog', to: 'Anna Example' }]);
    expect(await page.locator('dialog').count()).toBe(0);
  });

  it('connect: "Add a note" in the shadow root; Send invitation records the note once', async () => {
    page = await s.newPage();
    await page.goto('https://www.linkedin.com/in/anna-example/');
    await ready(page);
    await page.locator('a[aria-label="Invite Anna Example to connect"]').click();
    await page.locator('button[aria-label="Add a note"]').click(); // playwright pierces open shadow roots
    expect(await page.evaluate(() => document.querySelector('#custom-message'))).toBeNull();
    await page.locator('textarea#custom-message').fill('Hi Anna, I enjoyed your talk on migrations.');
    const [seen] = await composersIn(page);
    expect(seen).toMatchObject({ surface: 'connection-note', text: 'Hi Anna, I enjoyed your talk on migrations.', buttons: 1 });
    expect(seen!.ctx).toEqual({ firstMessage: true, recipient: { name: 'Anna Example', key: 'in:anna-example' } });
    await page.locator('button[aria-label="Send invitation"]').click();
    expect(await fixtureSent(page)).toEqual([{ text: 'Hi Anna, I enjoyed your talk on migrations.', via: 'invitation', to: 'Anna Example' }]);
  });

  for (const outlet of ['main', 'shadow'] as const) {
    it(`group picker (${outlet}): "Invite N" follows the checked rows; Invite records the names once`, async () => {
      page = await s.newPage();
      await page.goto(`https://www.linkedin.com/groups/9876543/?lang=de&outlet=${outlet}`);
      await ready(page);
      await page.getByRole('button', { name: 'Kontakte einladen' }).click();
      await page.getByRole('option', { name: /Anna Example/ }).locator('input').check();
      await page.getByRole('option', { name: /Bernd Beispiel/ }).click();
      if (!(await page.evaluate(() => '__li' in window))) await page.addScriptTag({ content: await adapterBundle() });
      const dialogs = await page.evaluate(() => {
        type Li = import('../../lib/sites/types').SiteAdapter;
        const li = (window as unknown as { __li: Li }).__li;
        return [document, ...li.shadowRoots(document)].flatMap((r) =>
          li.findGroupDialogs(r).map((d) => ({
            key: d.groupKey,
            name: d.groupName,
            selected: d.selected().map((p) => p.name),
            marked: d.marked().map((p) => [p.name, p.state]),
            confirm: d.confirmControl()?.textContent,
          })),
        );
      });
      expect(dialogs).toEqual([
        { key: '9876543', name: 'Mindful Networking DACH', selected: ['Anna Example', 'Bernd Beispiel'], marked: [['Erik Beispiel', 'member']], confirm: '2 einladen' },
      ]);
      await page.getByRole('button', { name: '2 einladen' }).click();
      expect(await fixtureSent(page)).toEqual([{ text: '', via: 'invite', to: 'Anna Example, Bernd Beispiel' }]);
    });
  }
});
