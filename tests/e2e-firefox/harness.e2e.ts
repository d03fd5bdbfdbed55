/**
 * The Firefox harness's own promises, checked: a check that cannot fail proves nothing. What the
 * suite asserts after every test — no request left the browser, the extension logged no error —
 * is only worth something if the harness would have seen one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type FxSession } from './harness';

describe('Firefox harness', () => {
  let s: FxSession;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('records a request a tab makes to a host no fixture serves', async () => {
    const page = await s.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.evaluate(() => fetch('https://tracker.invalid/pixel?from=page').catch(() => undefined));
    await expect.poll(() => s.foreignRequests()).toContainEqual(expect.objectContaining({ url: 'https://tracker.invalid/pixel?from=page', fixture: false }));
    await page.close();
  });

  it('records a request that no tab makes (as a background page would) at the proxy', async () => {
    await s.chrome(`() => fetch('https://telemetry.invalid/submit').then(() => 'answered', (e) => String(e))`);
    await expect.poll(() => s.foreignRequests()).toContainEqual(expect.objectContaining({ from: 'proxy', method: 'CONNECT', url: 'https://telemetry.invalid:443/' }));
  });

  it("sees an error thrown in one of the extension's pages", async () => {
    const page = await s.extensionPage('popup.html');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('harness self-check');
      });
    });
    await expect.poll(async () => (await s.extensionErrors()).map((e) => e.message).join('\n')).toContain('harness self-check');
    await page.close();
  });
});
