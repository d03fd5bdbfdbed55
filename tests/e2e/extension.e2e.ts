/** The built extension loads in Chromium, its service worker starts, and a page at a LinkedIn URL gets the content script. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, axFind, axWait, fixtureSent, launch, type Session } from './harness';

/** The extension APIs as seen inside the service worker (evaluate() runs there). */
declare const chrome: {
  runtime: { getManifest(): { version: string; permissions?: string[] } };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
};

describe('the built extension', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('starts its service worker under the real manifest', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(s.worker.url()).toBe(`chrome-extension://${s.extensionId}/background.js`);
    const runtimeManifest = await s.worker.evaluate(() => chrome.runtime.getManifest());
    expect(runtimeManifest.version).toBe(manifest.version);
    expect(runtimeManifest.permissions).toEqual(['storage']);
  });

  it('keeps every content script within its 60 KB (gzipped) budget and asks for no permission but storage', () => {
    const dir = join(EXTENSION_DIR, 'content-scripts');
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
    // One per site (each also answers "Not working here?" for its own site).
    expect(scripts.sort()).toEqual(['facebook.js', 'linkedin.js', 'xing.js']);
    const over = scripts.map((f) => ({ f, kb: gzipSync(readFileSync(join(dir, f)), { level: 9 }).length / 1024 })).filter((x) => x.kb > 60);
    expect(over).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage']);
    // Host access exactly where a content script runs (lib/sites/registry.ts): no messenger.com (retired), no wildcards.
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*', 'https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://www.xing.com/*']);
    const matches = (manifest.content_scripts as { matches: string[] }[]).flatMap((cs) => cs.matches);
    expect([...new Set(matches)].sort()).toEqual([...(manifest.host_permissions as string[])].sort());
    const csp = (manifest.content_security_policy.extension_pages as string).split(';').map((d) => d.trim());
    expect(csp).toEqual(expect.arrayContaining(["default-src 'self'", "script-src 'self'", "img-src 'self' data:", "font-src 'none'", "connect-src 'none'", "object-src 'none'", "frame-ancestors 'none'"]));
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('runs the LinkedIn content script on a page served at a LinkedIn URL', async () => {
    await s.context.route('https://www.linkedin.com/feed/', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><body><main><h1>Feed</h1></main></body></html>' }),
    );
    const page = await s.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    // The content script reports its health to the background for the popup: that proves it ran.
    const health = await expect
      .poll(
        async () => {
          const all = await s.worker.evaluate(() => chrome.storage.session.get(null));
          return Object.values(all).flatMap((frames) => Object.values(frames as Record<string, { site: string; url: string }>));
        },
        { timeout: 15_000 },
      )
      .toEqual(expect.arrayContaining([expect.objectContaining({ site: 'linkedin', url: 'https://www.linkedin.com/feed/' })]));
    void health;
    expect(s.foreignRequests()).toEqual([]);
    await page.close();
  });
});

describe('when the extension is reloaded under an open page', () => {
  it('steps aside: the site sends a flagged draft once, with no card (fail open)', async () => {
    const s = await launch();
    try {
      const page = await s.newPage();
      await page.goto('https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/');
      await page.waitForSelector('html[data-fixture-ready]');
      const box = page.locator('form.msg-form [role="textbox"][contenteditable="true"]').first();
      await box.click();
      await page.keyboard.type('Happy birthday! All the best!');
      // The guard is there: the cue's badge shows.
      await axWait(page, { role: 'button', name: /^Taktvoll: / });
      // Reload the extension (as an update would): the old content script's context is invalidated.
      await s.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
      await page.waitForTimeout(1500);
      await page.locator('form.msg-form button[type="submit"]').first().click();
      await expect.poll(() => fixtureSent(page)).toEqual([expect.objectContaining({ text: 'Happy birthday! All the best!' })]);
      expect(await axFind(page, { role: 'dialog' })).toEqual([]);
      // Our leftover UI is gone too.
      expect(await axFind(page, { role: 'button', name: /^Taktvoll: / })).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
