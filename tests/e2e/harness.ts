/**
 * End-to-end harness: launches Debian's Chromium with the built extension, serves the fixture
 * pages at the real sites' URLs (so the content scripts run under the real manifest), records
 * every network request, and drives Taktvoll's own UI the way assistive technology sees it
 * (CDP accessibility tree), which works through closed shadow roots.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession, type Frame, type Page, type Request, type Worker } from 'playwright-core';
import { fixtureBuildOptions } from '../fixtures/bundle';
import type { FixtureRoute } from '../fixtures/types';
import type { Site } from '../../lib/analysis/types';
import { SITE_REGISTRY } from '../../lib/sites/registry';

export const EXTENSION_DIR = resolve(process.env.TAKTVOLL_EXTENSION_DIR ?? '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The fixture hosts are the hosts the guard runs on (lib/sites/registry.ts): one list, never a second copy. */
export const SITE_HOSTS: Readonly<Record<Site, readonly string[]>> = {
  linkedin: SITE_REGISTRY.linkedin.hosts,
  facebook: SITE_REGISTRY.facebook.hosts,
  xing: SITE_REGISTRY.xing.hosts,
};
type FixtureSite = Site;

async function loadRoute(site: FixtureSite): Promise<FixtureRoute | null> {
  const file = resolve(`tests/fixtures/${site}/routes.ts`);
  if (!existsSync(file)) return null;
  const mod = (await import(file)) as { route?: FixtureRoute };
  return mod.route ?? null;
}

const bundleCache = new Map<string, Promise<string>>();

/** Bundle tests/fixtures/<site>/bundles/<name>.ts for the browser (cached per run). */
export function fixtureBundle(site: FixtureSite, name: string): Promise<string> {
  const key = `${site}/${name}`;
  let hit = bundleCache.get(key);
  if (!hit) {
    hit = build(fixtureBuildOptions(site, name)).then((r) => r.outputFiles[0]!.text);
    bundleCache.set(key, hit);
  }
  return hit;
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Who asked: the page frame's URL, or "service-worker"/"other". */
  from: string;
  /** true when the request went to one of the fixture hosts and was answered by a fixture. */
  fixture: boolean;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  requests: RecordedRequest[];
  /** Requests that were not fixture pages/bundles: anything the extension (or a bug) sent out. */
  foreignRequests(): RecordedRequest[];
  /** A new tab; unless the session was launched with `learn: true`, prompt fatigue's memory is forgotten first (see `forgetLearned`). */
  newPage(): Promise<Page>;
  /**
   * Forget what prompt fatigue learned (the last card per person and rule, how cards were
   * answered), as a fresh profile would have it: tests in one browser send the same draft to the
   * same person on purpose, and each expects the card a first-time user gets.
   */
  forgetLearned(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  lang?: 'en' | 'de';
  extension?: boolean;
  /** Keep prompt fatigue's memory across pages (the tests of prompt fatigue itself). */
  learn?: boolean;
}

export async function launch(opts: LaunchOptions = {}): Promise<Session> {
  const lang = opts.lang ?? 'en';
  const withExtension = opts.extension ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'taktvoll-e2e-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    `--lang=${lang}`,
  ];
  if (withExtension) args.unshift(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    locale: lang === 'de' ? 'de-DE' : 'en-US',
    // Chromium on Linux takes the extension UI language from LANGUAGE (needs chromium-l10n).
    env: { ...process.env, LANGUAGE: lang === 'de' ? 'de' : 'en', LANG: lang === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8' },
    viewport: { width: 1280, height: 900 },
  });

  const requests: RecordedRequest[] = [];
  const routes = new Map<FixtureSite, FixtureRoute | null>();
  for (const site of Object.keys(SITE_HOSTS) as FixtureSite[]) routes.set(site, await loadRoute(site));

  const record = (req: Request, fixture: boolean) => {
    let from = 'other';
    try {
      const frame: Frame = req.frame();
      from = frame.url();
    } catch {
      from = req.serviceWorker() ? 'service-worker' : 'other';
    }
    requests.push({ url: req.url(), method: req.method(), resourceType: req.resourceType(), from, fixture });
  };

  // Everything not served by a fixture is recorded and refused: the machine has no network anyway.
  await context.route('**/*', async (route) => {
    const req = route.request();
    // The extension's own pages (the welcome page it opens on install) load their files from the
    // extension's package: local, never the network — let them load, and do not count them.
    if (req.url().startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const url = new URL(req.url());
    const site = (Object.keys(SITE_HOSTS) as FixtureSite[]).find((s) => SITE_HOSTS[s].includes(url.host));
    if (site && req.method() === 'GET') {
      const bundle = /^\/__fixture__\/([\w-]+)\.js$/.exec(url.pathname);
      if (bundle) {
        record(req, true);
        await route.fulfill({ contentType: 'text/javascript', body: await fixtureBundle(site, bundle[1]!) });
        return;
      }
      const res = routes.get(site)?.(url);
      if (res) {
        record(req, true);
        await route.fulfill({ status: res.status ?? 200, contentType: res.contentType, body: res.body, headers: res.headers });
        return;
      }
    }
    record(req, false);
    await route.abort('blockedbyclient');
  });

  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }

  const forgetLearned = async (): Promise<void> => {
    const sw = context.serviceWorkers()[0] ?? worker;
    if (!sw) return;
    await sw.evaluate(async () => {
      // Only an existing database (opening a missing one would create it, empty, under Dexie's feet).
      if (!(await indexedDB.databases()).some((d) => d.name === 'taktvoll')) return;
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('taktvoll');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const stores = ['prompts', 'ruleAnswers'].filter((n) => db.objectStoreNames.contains(n));
          if (stores.length === 0) return (db.close(), resolve());
          const tx = db.transaction(stores, 'readwrite');
          for (const n of stores) tx.objectStore(n).clear();
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => (db.close(), reject(tx.error));
        };
      });
    });
  };

  return {
    context,
    extensionId,
    worker: worker as Worker,
    requests,
    foreignRequests: () => requests.filter((r) => !r.fixture),
    newPage: async () => {
      if (withExtension && !opts.learn) await forgetLearned();
      return context.newPage();
    },
    forgetLearned,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Accessibility-tree driving (works through closed shadow roots)

export interface AxNode {
  nodeId: string;
  backendDOMNodeId?: number;
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
  ignored?: boolean;
  childIds?: string[];
}

const cdpSessions = new WeakMap<Page, CDPSession>();

export async function cdp(page: Page): Promise<CDPSession> {
  let s = cdpSessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    await s.send('DOM.enable');
    await s.send('Accessibility.enable');
    cdpSessions.set(page, s);
  }
  return s;
}

export async function axTree(page: Page): Promise<AxNode[]> {
  const s = await cdp(page);
  // Same-origin iframes are separate frames in the AX tree: collect every frame's nodes.
  const frameTree = (await s.send('Page.getFrameTree')) as { frameTree: FrameTreeNode };
  const frameIds: string[] = [];
  const walk = (n: FrameTreeNode) => {
    frameIds.push(n.frame.id);
    n.childFrames?.forEach(walk);
  };
  walk(frameTree.frameTree);
  const all: AxNode[] = [];
  for (const frameId of frameIds) {
    try {
      const { nodes } = (await s.send('Accessibility.getFullAXTree', { frameId })) as { nodes: AxNode[] };
      all.push(...nodes);
    } catch {
      /* frame went away */
    }
  }
  return all;
}
interface FrameTreeNode {
  frame: { id: string; url: string };
  childFrames?: FrameTreeNode[];
}

export interface AxMatch {
  role: string;
  name?: string | RegExp;
}

const matches = (n: AxNode, m: AxMatch) =>
  !n.ignored &&
  n.role?.value === m.role &&
  (m.name === undefined || (typeof m.name === 'string' ? n.name?.value === m.name : m.name.test(n.name?.value ?? '')));

export async function axFind(page: Page, m: AxMatch): Promise<AxNode[]> {
  return (await axTree(page)).filter((n) => matches(n, m));
}

/** Wait until an accessible node matching role/name exists; returns it. */
export async function axWait(page: Page, m: AxMatch, timeout = 10_000): Promise<AxNode> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const [hit] = await axFind(page, m);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`No accessible ${m.role} named ${String(m.name)} within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

/** Wait until no accessible node matches. */
export async function axGone(page: Page, m: AxMatch, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await axFind(page, m)).length > 0) {
    if (Date.now() > deadline) throw new Error(`Accessible ${m.role} named ${String(m.name)} still present after ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

/** A real (trusted) mouse click in the middle of an accessible node. */
export async function axClick(page: Page, node: AxNode): Promise<void> {
  const s = await cdp(page);
  const { model } = (await s.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Evaluate a function on the DOM node behind an accessible node (e.g. to read focus state). */
export async function axEval<T>(page: Page, node: AxNode, fn: string): Promise<T> {
  const s = await cdp(page);
  const { object } = (await s.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId })) as { object: { objectId: string } };
  const { result } = (await s.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true })) as { result: { value: T } };
  return result.value;
}

/** Whether the DOM node behind an accessible node has focus (its root's active element, and that root's host up to the document). */
export async function axFocused(page: Page, node: AxNode): Promise<boolean> {
  return axEval<boolean>(
    page,
    node,
    `function () {
      let el = this;
      for (;;) {
        const root = el.getRootNode();
        if (root.activeElement !== el) return false;
        if (root === el.ownerDocument) return true;
        el = root.host;
      }
    }`,
  );
}

export async function fixtureSent(page: Page | Frame): Promise<{ text: string; via: string; to?: string }[]> {
  return page.evaluate(() => (window as unknown as { __fixture?: { sent: { text: string; via: string; to?: string }[] } }).__fixture?.sent ?? []);
}
