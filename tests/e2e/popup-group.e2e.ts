/**
 * The popup shows the group checklist of a dialog held on the current tab, and a tick in the
 * popup is the same tick as in the page's own checklist (LinkedIn "Invite connections" fixture).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axFind, axWait, launch, type Session } from './harness';
import { allowExtensionPages, seriousViolations } from './pages-helpers';

const GROUP = 'https://www.linkedin.com/groups/9876543/?outlet=main&lang=en';

interface ExtApi {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
}

describe('popup: group checklist for a held invite (LinkedIn fixture, EN)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ lang: 'en' });
    await allowExtensionPages(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists the selected people, and ticks reach the page', async () => {
    const page = await s.newPage();
    await page.goto(GROUP);
    await page.locator('[data-fixture-action="open-picker"]').click();
    await page.locator('#invitee-picker-checkbox-anna').check();
    await page.locator('#invitee-picker-checkbox-bernd').check();
    await page.locator('[data-fixture-action="picker-invite"]').click();
    // The invite is held: the page's own checklist asks first.
    const inPage = { role: 'checkbox', name: 'Anna Example agreed to join, outside this group (required)' };
    await axWait(page, inPage);

    const popup = await s.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/options.html`);
    const tabId = await popup.evaluate(async () => (await (globalThis as unknown as { chrome: ExtApi }).chrome.tabs.query({ url: 'https://www.linkedin.com/groups/*' }))[0]?.id);
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('heading', { name: 'Group checklist' }).waitFor();
    await popup.getByRole('group', { name: 'Bernd Beispiel' }).waitFor();
    expect(await popup.getByText('The add is on hold until you continue or cancel on the page.').count()).toBe(1);
    expect(await seriousViolations(popup)).toEqual([]);

    const tick = popup.getByRole('checkbox', { name: 'Anna Example agreed to join, outside this group (required)' });
    expect(await tick.isChecked()).toBe(false);
    await tick.check();
    await expect
      .poll(async () => (await axFind(page, inPage))[0]?.properties?.find((p) => p.name === 'checked')?.value.value, { timeout: 5000 })
      .toBe('true');
    // And it stays ticked in the popup after the next poll.
    await popup.waitForTimeout(1800);
    expect(await tick.isChecked()).toBe(true);
    expect(s.foreignRequests().filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
  });
});
