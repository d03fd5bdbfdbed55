/**
 * Firefox end-to-end harness: Debian's firefox-esr driven over WebDriver BiDi (puppeteer-core,
 * no browser downloaded), the built `.output/firefox-mv3` installed as a temporary add-on
 * (BiDi `webExtension.install`), the fixture pages served at the real sites' https URLs through
 * BiDi network interception, and Taktvoll's own UI (closed shadow roots) driven through
 * Firefox's accessibility tree — roles, names and states as a screen reader gets them.
 *
 * Network: every request a tab makes is intercepted — fixture pages and bundles are answered,
 * everything else is recorded and refused. Requests that no tab makes (the background page,
 * Firefox itself) go through a recording proxy on 127.0.0.1 that answers nothing, so the suite
 * sees every request that would have left the browser.
 *
 * What WebDriver BiDi cannot do is done with Firefox's own test machinery, which the browser
 * allows only when started with --remote-allow-system-access: a test-only window actor
 * (privileged/TaktvollTestChild.sys.mjs, registered from the parent process) reads the
 * accessibility tree (nsIAccessibilityService), finds the focused element through closed shadow
 * roots, and composes text through an input method (nsITextInputProcessor).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { fixtureBuildOptions } from '../fixtures/bundle';
import type { FixtureRoute } from '../fixtures/types';
import type { Site } from '../../lib/analysis/types';
import { SITE_ENTRIES } from '../../lib/sites/registry';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.TAKTVOLL_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PRIVILEGED_DIR = resolve('tests/e2e-firefox/privileged');

export type Lang = 'en' | 'de';

/** The fixture hosts are the hosts the guard runs on (lib/sites/registry.ts): one list, never a second copy. */
type FixtureSite = Site;
const siteOf = (host: string): FixtureSite | undefined => SITE_ENTRIES.find((e) => e.hosts.includes(host))?.site;

const routeCache = new Map<FixtureSite, Promise<FixtureRoute | null>>();
function routeFor(site: FixtureSite): Promise<FixtureRoute | null> {
  let hit = routeCache.get(site);
  if (!hit) {
    const file = resolve(`tests/fixtures/${site}/routes.ts`);
    hit = existsSync(file) ? import(file).then((m: { route?: FixtureRoute }) => m.route ?? null) : Promise.resolve(null);
    routeCache.set(site, hit);
  }
  return hit;
}

const bundleCache = new Map<string, Promise<string>>();
function fixtureBundle(site: FixtureSite, name: string): Promise<string> {
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
  /** The frame that asked, "proxy" for a request no tab made (background page, the browser). */
  from: string;
  /** true when a fixture answered it. */
  fixture: boolean;
}

export interface ConsoleEntry {
  message: string;
  source: string;
  /** 'script-error' (nsIConsoleService: uncaught errors, rejections, CSP) or 'console' / 'pageerror' (a page). */
  kind: string;
}

export interface FxSession {
  browser: Browser;
  lang: Lang;
  /** The add-on id (gecko id) and its moz-extension:// origin. */
  addonId: string;
  origin: string;
  requests: RecordedRequest[];
  /** Requests no fixture answered: what the extension (or a bug, or the browser) tried to send out. */
  foreignRequests(): RecordedRequest[];
  /** Errors from the extension's own code (background page, content scripts, popup and options) since the last call. */
  extensionErrors(): Promise<ConsoleEntry[]>;
  newPage(): Promise<Page>;
  /** Open one of the extension's pages (popup.html, options.html…) in a tab of its own. */
  extensionPage(path: string): Promise<Page>;
  /** Navigate a tab anywhere, moz-extension:// included (puppeteer's goto waits for events Firefox does not send there). */
  navigate(page: Page, url: string): Promise<void>;
  /** Run a function in Firefox's parent process (chrome privileges). Arguments and result go through JSON. */
  chrome<T>(fn: string, ...args: unknown[]): Promise<T>;
  /** Firefox's state of the extension's event page: 'running', 'suspending', 'stopped'. */
  backgroundState(): Promise<string>;
  /** Unload the event page now, as Firefox does once it sat idle; resolves when it is stopped. */
  unloadBackground(): Promise<void>;
  /**
   * Forget what prompt fatigue learned (the last card per person and rule, how cards were
   * answered), as a fresh profile would have it — from one of the extension's own pages, which
   * share the background's IndexedDB. Tests that send the same draft to the same person again on
   * purpose call it first.
   */
  forgetLearned(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  lang?: Lang;
  /** false: the same browser without Taktvoll (how the fixtures behave on their own). */
  extension?: boolean;
  /** Firefox unloads an idle event page after this long (default 30 s); short values exercise the wake-up path. */
  backgroundIdleMs?: number;
}

/** Preferences that keep Firefox itself off the network, so the proxy's record is the extension's alone. */
const QUIET_PREFS: Record<string, unknown> = {
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.region.network.url': '',
  'app.normandy.api_url': '',
  'dom.push.connection.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.topsites.contile.enabled': false,
  'toolkit.telemetry.server': '',
  'browser.translations.enable': false,
  // Firefox asks every site for /favicon.ico on its own; the fixtures have none.
  'browser.chrome.site_icons': false,
};

/**
 * Firefox itself logs these, with the content script as the source, when a tab closes or reloads
 * while one of the content script's messages to the background is still in flight (a test closing
 * or reloading its tab right after a send does exactly that): the answer arrives for a context
 * that is gone or parked in the back-forward cache. They are not errors of the extension's code,
 * and nothing can catch them.
 */
const FIREFOX_TEARDOWN = /^Promise (rejected|resolved) (after context unloaded|while context is inactive)\b/;

interface BidiResult {
  result: { type: 'success'; result: { type: string; value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } };
}
type BidiSend = (method: string, params: object) => Promise<BidiResult & Record<string, unknown>>;

/** The BiDi id of a page's top-level browsing context. */
export const contextId = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

/** A recording proxy: whatever reaches it is written down and refused. */
async function recordingProxy(record: (r: RecordedRequest) => void): Promise<Server> {
  const server = createServer((req, res) => {
    record({ url: req.url ?? '', method: req.method ?? '', from: 'proxy', fixture: false });
    res.writeHead(403);
    res.end();
  });
  server.on('connect', (req, socket) => {
    record({ url: `https://${req.url ?? ''}/`, method: 'CONNECT', from: 'proxy', fixture: false });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

/** Sessions by browser, so the page helpers below can reach a page's parent-process hooks. */
const sessions = new WeakMap<Browser, FxSession>();

export async function launch(opts: LaunchOptions = {}): Promise<FxSession> {
  const lang = opts.lang ?? 'en';
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr firefox-esr-l10n-de`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('The Firefox build has no gecko id');

  const requests: RecordedRequest[] = [];
  const proxy = await recordingProxy((r) => requests.push(r));
  const port = (proxy.address() as AddressInfo).port;
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 900 },
      // Firefox ignores services.settings.server on release builds unless told this is a devtools session.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        // A fixed moz-extension:// origin, so the tests can open the extension's pages.
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        // The UI language (needs Debian's language pack for German) and the pages' Accept-Language.
        'intl.locale.requested': lang === 'de' ? 'de' : 'en-US',
        'intl.accept_languages': lang === 'de' ? 'de-DE,de' : 'en-US,en',
        'security.sandbox.content.read_path_whitelist': `${PRIVILEGED_DIR}/`,
        ...(opts.backgroundIdleMs ? { 'extensions.background.idle.timeout': opts.backgroundIdleMs } : {}),
      },
    });
  } catch (err) {
    proxy.close();
    throw err;
  }

  // The BiDi connection itself (puppeteer has no API for chrome-scope contexts or raw navigation).
  const connection = (browser as unknown as { connection: { send: BidiSend } }).connection;
  const send: BidiSend = (method, params) => connection.send(method, params);
  const tree = (await send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as unknown as { result: { contexts: { context: string; url: string }[] } };
  const chromeContext = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
  if (!chromeContext) throw new Error('No Firefox browser window to run privileged code in');

  const chrome = async <T>(fn: string, ...args: unknown[]): Promise<T> => {
    const res = await send('script.callFunction', {
      functionDeclaration: `async (...a) => JSON.stringify((await (${fn})(...a.map((x) => JSON.parse(x)))) ?? null)`,
      target: { context: chromeContext },
      arguments: args.map((a) => ({ type: 'string', value: JSON.stringify(a ?? null) })),
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const r = res.result;
    if (r.type === 'exception') throw new Error(`Firefox (parent process): ${r.exceptionDetails.text}`);
    return JSON.parse(String(r.result.value)) as T;
  };

  // Collect every script error of every process (the Browser Console's feed), and register the IME actor.
  const locale = await chrome<string>(
    `(actorDir) => {
      if (!globalThis.__taktvoll) {
        // Start the accessibility service now, so every tab builds its tree (and tracks focus) from the start.
        Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
        const errors = [];
        globalThis.__taktvoll = { errors };
        Services.console.registerListener({
          observe(m) {
            try {
              if (!(m instanceof Ci.nsIScriptError)) return;
              if (m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) return;
              errors.push({ message: String(m.errorMessage).slice(0, 500), source: m.sourceName ?? '', kind: 'script-error' });
            } catch {}
          },
        });
        const res = Services.io.getProtocolHandler('resource').QueryInterface(Ci.nsIResProtocolHandler);
        res.setSubstitution('taktvoll-test', Services.io.newURI(actorDir));
        ChromeUtils.registerWindowActor('TaktvollTest', {
          child: { esModuleURI: 'resource://taktvoll-test/TaktvollTestChild.sys.mjs' },
          matches: ['https://*/*', 'moz-extension://*/*'],
          allFrames: true,
        });
      }
      return Services.locale.appLocaleAsBCP47;
    }`,
    pathToFileURL(`${PRIVILEGED_DIR}/`).href,
  );
  if (!locale.startsWith(lang)) {
    await browser.close();
    proxy.close();
    throw new Error(`Firefox runs in ${locale}, not ${lang}: install Debian's language pack (apt-get install firefox-esr-l10n-de)`);
  }

  const addonId = opts.extension === false ? '' : await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (opts.extension !== false && addonId !== geckoId) throw new Error(`Installed ${addonId}, expected ${geckoId}`);

  const pageErrors: ConsoleEntry[] = [];
  const onRequest = async (req: HTTPRequest) => {
    let url: URL;
    try {
      url = new URL(req.url());
    } catch {
      await req.abort();
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      await req.continue(); // moz-extension:, data:, blob: never touch the network
      return;
    }
    let from = 'other';
    try {
      from = req.frame()?.url() ?? 'other';
    } catch {
      /* detached */
    }
    const site = siteOf(url.host);
    if (site && req.method() === 'GET') {
      const bundle = /^\/__fixture__\/([\w-]+)\.js$/.exec(url.pathname);
      if (bundle) {
        requests.push({ url: url.href, method: req.method(), from, fixture: true });
        await req.respond({ status: 200, contentType: 'text/javascript', body: await fixtureBundle(site, bundle[1]!) });
        return;
      }
      const res = (await routeFor(site))?.(url);
      if (res) {
        requests.push({ url: url.href, method: req.method(), from, fixture: true });
        await req.respond({ status: res.status ?? 200, contentType: res.contentType, body: res.body, headers: res.headers });
        return;
      }
    }
    requests.push({ url: url.href, method: req.method(), from, fixture: false });
    await req.abort('blockedbyclient');
  };

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => void onRequest(req).catch(() => undefined));
    page.on('pageerror', (err) => pageErrors.push({ message: String((err as Error).message ?? err), source: page.url(), kind: 'pageerror' }));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push({ message: msg.text(), source: page.url(), kind: 'console' });
    });
    return page;
  };

  const navigate = async (page: Page, url: string): Promise<void> => {
    // Where a user looks: a background tab gets no animation frames and slow timers.
    await page.bringToFront();
    await send('browsingContext.navigate', { context: contextId(page), url, wait: 'complete' });
  };

  const forgetLearned = async (): Promise<void> => {
    if (!addonId) return; // the same browser without Taktvoll: nothing learned
    const page = await newPage();
    try {
      await navigate(page, `${origin}/options.html`);
      await page.evaluate(async () => {
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
    } finally {
      await page.close();
    }
  };

  const session: FxSession = {
    browser,
    forgetLearned,
    lang,
    addonId,
    origin,
    requests,
    foreignRequests: () => requests.filter((r) => !r.fixture),
    extensionErrors: async () => {
      const all = [...(await chrome<ConsoleEntry[]>('() => globalThis.__taktvoll.errors.splice(0)')), ...pageErrors.splice(0)];
      return all.filter((e) => (e.source.startsWith(origin) || e.message.includes(origin)) && !FIREFOX_TEARDOWN.test(e.message));
    },
    newPage,
    extensionPage: async (path) => {
      const page = await newPage();
      await navigate(page, `${origin}/${path.replace(/^\//, '')}`);
      return page;
    },
    navigate,
    chrome,
    backgroundState: () => chrome<string>('(id) => WebExtensionPolicy.getByID(id).extension.backgroundState', addonId),
    unloadBackground: async () => {
      // Firefox's own idle path (it waits for listeners still answering), until it is stopped.
      for (let i = 0; i < 50; i++) {
        const state = await chrome<string>(
          `async (id) => {
            const ext = WebExtensionPolicy.getByID(id).extension;
            if (ext.backgroundState === 'running') await ext.terminateBackground();
            return ext.backgroundState;
          }`,
          addonId,
        );
        if (state === 'stopped') return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('Firefox did not unload the background page');
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      proxy.close();
    },
  };
  sessions.set(browser, session);
  return session;
}

// ---------------------------------------------------------------------------------------------
// The accessibility tree (Firefox's own: it reaches into closed shadow roots)

export interface AxNode {
  nodeId: string;
  role?: { value?: string };
  name?: { value?: string };
  /** Like Chromium's AX properties: checked ('true'/'false'/'mixed'), disabled, focused, modal, live. */
  properties?: { name: string; value: { value?: unknown } }[];
  childIds?: string[];
  /** CSS pixels relative to the tab's viewport. */
  bounds: { x: number; y: number; width: number; height: number };
}

interface RawAxNode {
  id: string;
  role: string;
  name: string;
  state: number;
  ext: number;
  live: string;
  box: [number, number, number, number];
  kids: string[];
}


const STATE = { unavailable: 0x1, focused: 0x4, checked: 0x10, mixed: 0x20, checkable: 0x2000 };
const EXT_STATE = { modal: 0x20 };

function toAxNode(n: RawAxNode): AxNode {
  const props: AxNode['properties'] = [];
  const prop = (name: string, value: unknown) => props.push({ name, value: { value } });
  if (n.state & STATE.checkable || n.state & STATE.checked || n.state & STATE.mixed) prop('checked', n.state & STATE.mixed ? 'mixed' : n.state & STATE.checked ? 'true' : 'false');
  if (n.state & STATE.unavailable) prop('disabled', true);
  if (n.state & STATE.focused) prop('focused', true);
  if (n.ext & EXT_STATE.modal) prop('modal', true);
  if (n.live) prop('live', n.live);
  const [x, y, width, height] = n.box;
  return { nodeId: n.id, role: { value: n.role }, name: { value: n.name }, properties: props, childIds: n.kids, bounds: { x, y, width, height } };
}

function sessionOf(page: Page): FxSession {
  const s = sessions.get(page.browser());
  if (!s) throw new Error('This page belongs to no session of launch()');
  return s;
}

/** Ask the page's test actor (privileged/TaktvollTestChild.sys.mjs) in its content process. */
async function actor<T>(page: Page, name: string, data: object = {}): Promise<T> {
  return sessionOf(page).chrome<T>(
    `async (contextId, name, data) => {
      const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
      const bc = NavigableManager.getBrowsingContextById(contextId);
      if (!bc) throw new Error('no browsing context ' + contextId);
      return bc.currentWindowGlobal.getActor('TaktvollTest').sendQuery(name, data);
    }`,
    contextId(page),
    name,
    data,
  );
}

/**
 * The page's accessibility tree, read where Firefox builds it: in the tab's content process.
 * (The parent process keeps a mirror for screen readers; under test it sometimes stopped
 * following a page — both dialogs in the content process, none in the mirror, seconds later —
 * so the tests read the source.)
 */
export async function axTree(page: Page): Promise<AxNode[]> {
  return (await actor<RawAxNode[]>(page, 'ax-tree')).map(toAxNode);
}

export interface AxMatch {
  role: string;
  name?: string | RegExp;
}

const matches = (n: AxNode, m: AxMatch) =>
  n.role?.value === m.role && (m.name === undefined || (typeof m.name === 'string' ? n.name?.value === m.name : m.name.test(n.name?.value ?? '')));

export async function axFind(page: Page, m: AxMatch): Promise<AxNode[]> {
  return (await axTree(page)).filter((n) => matches(n, m));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wait until an accessible node matching role/name exists; returns it. */
export async function axWait(page: Page, m: AxMatch, timeout = 10_000): Promise<AxNode> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const [hit] = await axFind(page, m);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`No accessible ${m.role} named ${String(m.name)} within ${timeout} ms`);
    await sleep(100);
  }
}

/** Wait until no accessible node matches. */
export async function axGone(page: Page, m: AxMatch, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await axFind(page, m)).length > 0) {
    if (Date.now() > deadline) throw new Error(`Accessible ${m.role} named ${String(m.name)} still present after ${timeout} ms`);
    await sleep(100);
  }
}

/**
 * A real (trusted) mouse click in the middle of an accessible node (of the latest axTree
 * snapshot), scrolled into view first when it is not.
 */
export async function axClick(page: Page, node: AxNode): Promise<void> {
  let { x, y, width, height } = node.bounds;
  const viewport = page.viewport() ?? { width: 1280, height: 900 };
  if (x < 0 || y < 0 || x + width > viewport.width || y + height > viewport.height) {
    // Scroll it into view, then wait until it stays put (scrolling may be animated).
    let last = '';
    for (let i = 0; i < 20; i++) {
      [x, y, width, height] = await actor<[number, number, number, number]>(page, i === 0 ? 'ax-scroll' : 'ax-box', { id: node.nodeId });
      const now = [x, y, width, height].join(',');
      if (now === last) break;
      last = now;
      await sleep(50);
    }
  }
  if (width <= 0 || height <= 0) throw new Error(`Accessible ${node.role?.value} "${node.name?.value}" has no box to click`);
  await page.mouse.click(x + width / 2, y + height / 2);
}

/** The text inside an accessible node (its text leaves), e.g. what a live region says now. */
export function axText(tree: AxNode[], node: AxNode): string {
  const out: string[] = [];
  const walk = (n: AxNode) => {
    if (n.role?.value === 'text leaf') out.push(n.name?.value ?? '');
    for (const id of n.childIds ?? []) {
      const child = tree[Number(id)];
      if (child) walk(child);
    }
  };
  walk(node);
  return out.join('');
}

export const axProp = (n: AxNode | undefined, name: string): unknown => n?.properties?.find((p) => p.name === name)?.value.value;

/** The focused element (through closed shadow roots) as assistive technology names it. */
export async function focused(page: Page): Promise<{ tag: string; role: string; name: string } | null> {
  return actor(page, 'deep-active');
}

/** Whether the element with focus has this role and accessible name. */
export async function axFocused(page: Page, m: AxMatch): Promise<boolean> {
  const f = await focused(page);
  return Boolean(f && f.role === m.role && (m.name === undefined || (typeof m.name === 'string' ? f.name === m.name : m.name.test(f.name))));
}

/**
 * Compose `text` through Firefox's input-method machinery in the focused element and confirm it
 * with Enter (keydown while composing, then the commit) — what a Japanese or Chinese IME does.
 */
export async function imeComposeEnter(page: Page, text: string): Promise<void> {
  await actor(page, 'ime-compose-enter', { text });
}

export async function fixtureSent(page: Page): Promise<{ text: string; via: string; to?: string }[]> {
  return page.evaluate(() => (window as unknown as { __fixture?: { sent: { text: string; via: string; to?: string }[] } }).__fixture?.sent ?? []);
}
