/**
 * The popup and the options page in the built extension, in English and German: accessibility
 * (axe-core: no serious or critical violations), keyboard use, and the pause switch.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/i18n/node-catalog';
import { launch, type Session } from './harness';
import { allowExtensionPages, seriousViolations, tabStops } from './pages-helpers';

/** The extension API inside an extension page (typed loosely: the tests run in Node). */
interface ExtApi {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

async function storedBudget(page: Page): Promise<number> {
  return page.evaluate(async () => ((await (globalThis as unknown as { chrome: ExtApi }).chrome.storage.local.get('settings')).settings as { dailyBudget: number }).dailyBudget);
}

const FEED = 'https://www.linkedin.com/feed/';

/** Record every content-security-policy violation on a page (the pages run under a strict CSP). */
async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? ['(no recorder)']);
}

for (const lang of ['en', 'de'] as const) {
  describe(`extension pages (${lang})`, () => {
    const catalog = loadCatalog(lang);
    const msg = (key: string, ...params: (string | number)[]) => (catalog[key]?.message ?? key).replace(/\$([1-9])/g, (_m, i: string) => String(params[Number(i) - 1] ?? ''));
    let s: Session;
    beforeAll(async () => {
      s = await launch({ lang });
      await allowExtensionPages(s);
      await s.context.route(FEED, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><head><title>Feed</title></head><body><main><h1>Feed</h1></main></body></html>' }));
    });
    afterAll(async () => {
      await s?.close();
    });

    it('first run: installing opens the welcome page, which shows the badge and the card, is axe-clean and needs no inline style', async () => {
      // The session's browser installed the extension at launch: its welcome tab is already open.
      const welcome = `chrome-extension://${s.extensionId}/welcome.html`;
      await expect.poll(() => s.context.pages().some((p) => p.url() === welcome)).toBe(true);
      const page = await s.newPage();
      const csp = await recordCspViolations(page);
      await page.goto(welcome);
      await page.getByRole('heading', { level: 1, name: msg('welcome_heading') }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
      expect(await seriousViolations(page)).toEqual([]);
      // The pictures are the real components, inert: the card's title and the badge are there, drawn by our stylesheet.
      expect(await page.locator('dialog.card.inline h2').textContent()).toBe(msg('composer_card_title_0_name', msg('welcome_demo_name')));
      expect(await page.locator('dialog.card.inline mark').first().textContent()).toBe(msg('welcome_demo_word'));
      expect(await page.locator('dialog.card.inline').evaluate((d) => getComputedStyle(d).borderTopWidth)).toBe('6px');
      expect(await page.locator('.tv-welcome__badge').isVisible()).toBe(true);
      // Which sites, that open tabs need a reload, and the practice area one click away.
      for (const site of ['site_linkedin', 'site_xing', 'site_facebook']) await page.getByRole('listitem').filter({ hasText: msg(site) }).first().waitFor();
      await page.getByText(msg('welcome_reload')).waitFor();
      expect(await csp()).toEqual([]);
      await page.getByRole('link', { name: msg('welcome_try_link') }).click();
      await page.waitForURL(/options\.html#practice$/);
      await page.close();
    });

    it('options: speaks the browser language and has no serious or critical axe violations, also with content', async () => {
      const page = await s.newPage();
      const csp = await recordCspViolations(page);
      await page.goto(`chrome-extension://${s.extensionId}/options.html`);
      await page.getByRole('heading', { level: 1, name: msg('options_title') }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
      expect(await seriousViolations(page)).toEqual([]);
      // The privacy promise lists exactly what the running manifest grants.
      expect(await page.getByTestId('permissions').getByRole('listitem').allTextContents()).toEqual([`storage — ${msg('options_privacy_perm_storage')}`]);
      expect(await page.getByTestId('hosts').getByRole('listitem').count()).toBe(4);
      expect(await page.getByTestId('network').textContent()).toBe(msg('options_privacy_no_network'));

      // Fill the page by keyboard: a rule (Enter submits), a trusted contact, a practice draft.
      await page.getByRole('textbox', { name: msg('options_rule_phrase'), exact: true }).fill('synerg*');
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: msg('options_rules_table') }).waitFor();
      await page.getByRole('textbox', { name: msg('options_trusted_name') }).fill('Anna Example');
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: msg('options_trusted_table') }).waitFor();
      await page.getByRole('textbox', { name: msg('options_practice_draft'), exact: true }).fill('Happy birthday! We see great synergies, can we jump on a quick call?');
      await page.getByTestId('practice-marked').waitFor();
      // An invalid rule shows its error.
      await page.getByRole('textbox', { name: msg('options_rule_phrase'), exact: true }).fill('*');
      await page.getByText(msg('options_rule_error_too_broad')).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      // Everything the page needs is within its policy (default-src 'self', no fonts, no network).
      expect(await csp()).toEqual([]);
      await page.close();
    });

    it('options: exports a file and imports it back; a hostile file changes nothing', async () => {
      const page = await s.newPage();
      await page.goto(`chrome-extension://${s.extensionId}/options.html`);
      const budget = page.getByRole('spinbutton', { name: msg('options_budget_label') });
      await budget.fill('4');
      await expect.poll(() => page.getByTestId('status').textContent()).toBe(msg('options_saved'));
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: msg('options_export') }).click()]);
      const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; version: number; settings: { dailyBudget: number } };
      expect(exported).toMatchObject({ format: 'taktvoll-export', version: 3, settings: { dailyBudget: 4 } });
      expect(download.suggestedFilename()).toMatch(/^taktvoll-export-\d{4}-\d{2}-\d{2}\.json$/);

      await budget.fill('9');
      await expect.poll(() => storedBudget(page)).toBe(9);
      const file = page.getByLabel(msg('options_import_label'));
      await file.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
      await page.getByRole('button', { name: msg('options_import_confirm') }).click();
      await expect.poll(() => storedBudget(page)).toBe(4);
      await expect.poll(() => budget.inputValue()).toBe('4');

      const hostile = { ...exported, version: 99 };
      await file.setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(msg('options_import_error_version', 99, 3));
      await file.setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(`{"format":"taktvoll-export","version":2,"settings":${'['.repeat(5000)}${']'.repeat(5000)}}`) });
      await expect.poll(() => alert.textContent()).toContain('deep.json');
      expect(await page.getByRole('button', { name: msg('options_import_confirm') }).count()).toBe(0);
      expect(await storedBudget(page)).toBe(4);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    it('options and popup: every keyboard stop shows where focus is', async () => {
      const page = await s.newPage();
      await page.goto(`chrome-extension://${s.extensionId}/options.html`);
      await page.getByRole('heading', { level: 1, name: msg('options_title') }).waitFor();
      const options = await tabStops(page);
      expect(options.stops).toBeGreaterThan(30);
      expect(options.invisible).toEqual([]);
      await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
      await page.getByRole('link', { name: msg('popup_open_options') }).waitFor();
      const popup = await tabStops(page);
      expect(popup.stops).toBeGreaterThan(0);
      expect(popup.invisible).toEqual([]);
      await page.close();
    });

    it('options: the wipe confirmation works by keyboard alone, focus visible', async () => {
      const page = await s.newPage();
      await page.goto(`chrome-extension://${s.extensionId}/options.html`);
      const wipe = page.getByRole('button', { name: msg('options_wipe') });
      await wipe.focus();
      const outline = await wipe.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      // Focus lands on the safe choice.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(msg('options_wipe_cancel'));
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await page.getByText(msg('options_wiped')).waitFor();
      expect(await page.getByRole('table', { name: msg('options_rules_table') }).count()).toBe(0);
      await page.close();
    });

    it('popup: shows the tab, pauses and resumes, and has no serious or critical axe violations', async () => {
      const site = await s.newPage();
      await site.goto(FEED);
      const popup = await s.newPage();
      const csp = await recordCspViolations(popup);
      await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
      // Not a site tab (the popup page itself): a plain explanation.
      await popup.getByText(msg('popup_site_none')).waitFor();
      expect(await seriousViolations(popup)).toEqual([]);

      const tabId = await popup.evaluate(async (url) => (await (globalThis as unknown as { chrome: ExtApi }).chrome.tabs.query({ url }))[0]?.id, FEED);
      expect(tabId).toBeGreaterThan(0);
      await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
      await popup.getByText(msg('popup_site', msg('site_linkedin'))).waitFor();
      expect(await seriousViolations(popup)).toEqual([]);

      await popup.getByRole('button', { name: msg('popup_pause_hour') }).click();
      await popup.getByText(new RegExp(msg('popup_status_paused', '').trim())).waitFor();
      const paused = await popup.evaluate(async () => ((await (globalThis as unknown as { chrome: ExtApi }).chrome.storage.local.get('settings')).settings as { pausedUntil: Record<string, number> }).pausedUntil);
      expect(paused.linkedin).toBeGreaterThan(Date.now() + 50 * 60_000);
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.getByRole('button', { name: msg('popup_resume') }).click();
      await popup.getByRole('button', { name: msg('popup_pause_hour') }).waitFor();
      await popup.getByRole('link', { name: msg('popup_open_options') }).waitFor();
      expect(await csp()).toEqual([]);
      expect(s.foreignRequests().filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
      await popup.close();
      await site.close();
    });
  });
}
