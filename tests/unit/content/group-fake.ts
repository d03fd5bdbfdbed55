/**
 * A hand-built group dialog in happy-dom, a fake adapter over it and a fake background, for the
 * group guard's unit tests. The dialog behaves like the sites' own: rows are role=checkbox
 * toggled by clicks, and the confirm control "sends" (records the selected keys) on click.
 */
import { vi } from 'vitest';
import type { GuardBackend } from '../../../lib/content/backend';
import { Runtime, type RuntimeOptions } from '../../../lib/content/runtime';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import type { LedgerEntry, PromptEvent } from '../../../lib/messaging/schemas';
import type { GroupCandidate, GroupDialog, SiteAdapter } from '../../../lib/sites/types';

export interface Row {
  key: string;
  name: string;
  checked?: boolean;
  state?: 'member' | 'invited' | 'left';
}

export interface DialogOptions {
  kind?: GroupDialog['kind'];
  groupKey?: string;
  groupName?: string;
  rows?: Row[];
  /** The confirm control: a real <button> (default) or a div[role=button] like Facebook's. */
  control?: 'button' | 'div';
}

export function buildDialog(opts: DialogOptions = {}) {
  const { kind = 'group-invite', groupKey = 'g-123', groupName = 'Gardeners Berlin', control = 'button' } = opts;
  const rows = opts.rows ?? [
    { key: 'anna', name: 'Anna Example', checked: true },
    { key: 'ben', name: 'Ben Beispiel' },
  ];
  document.body.innerHTML = '';
  const dlg = document.createElement('div');
  dlg.className = 'x1dlg';
  dlg.setAttribute('role', 'dialog');
  dlg.dataset.kind = kind;
  dlg.dataset.group = groupKey;
  const h = document.createElement('h2');
  h.textContent = groupName;
  dlg.append(h);
  for (const r of rows) {
    const row = document.createElement('div');
    row.setAttribute('role', 'checkbox');
    row.setAttribute('aria-checked', r.checked ? 'true' : 'false');
    row.dataset.key = r.key;
    if (r.state) row.dataset.state = r.state;
    row.textContent = r.name;
    row.addEventListener('click', () => row.setAttribute('aria-checked', row.getAttribute('aria-checked') === 'true' ? 'false' : 'true'));
    dlg.append(row);
  }
  const confirm = document.createElement(control === 'button' ? 'button' : 'div');
  confirm.className = 'confirm';
  if (control === 'div') {
    confirm.setAttribute('role', 'button');
    confirm.tabIndex = 0;
  }
  confirm.textContent = kind === 'chat-add' ? 'Add people' : 'Send invitations';
  dlg.append(confirm);
  document.body.append(dlg);

  /** What the site "sent": the selected keys at each confirm. */
  const sent: string[][] = [];
  const selectedKeys = () => Array.from(dlg.querySelectorAll('[role=checkbox][aria-checked=true]')).map((r) => (r as HTMLElement).dataset.key ?? '');
  confirm.addEventListener('click', () => sent.push(selectedKeys()));
  if (control === 'div') {
    confirm.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') sent.push(selectedKeys());
    });
  }
  const row = (key: string) => dlg.querySelector<HTMLElement>(`[data-key="${key}"]`)!;
  return { dlg, confirm, sent, row, selectedKeys };
}

export interface AdapterOptions {
  noControl?: boolean;
  throwOnSelected?: boolean;
  /** The page swallows our click on a row (the deselect does not take). */
  deselectIgnored?: boolean;
}

export function fakeAdapter(opts: AdapterOptions = {}): SiteAdapter {
  const candidate = (el: Element): GroupCandidate => {
    const e = el as HTMLElement;
    return { key: e.dataset.key ?? '', name: e.textContent ?? '', row: e, ...(e.dataset.state ? { state: e.dataset.state as GroupCandidate['state'] } : {}) };
  };
  return {
    site: 'facebook',
    matchesUrl: () => true,
    shadowRoots: () => [],
    findComposers: () => [],
    readContext: () => ({}),
    readText: () => '',
    sendControls: () => ({ buttons: [], chips: [], enterSends: false, modEnterSends: false }),
    findGroupDialogs: (root) =>
      Array.from(root.querySelectorAll<HTMLElement>('.x1dlg')).map(
        (dlg): GroupDialog => ({
          root: dlg,
          kind: dlg.dataset.kind as GroupDialog['kind'],
          groupKey: dlg.dataset.group ?? '',
          groupName: dlg.querySelector('h2')?.textContent ?? '',
          selected: () => {
            if (opts.throwOnSelected) throw new Error('rows changed shape');
            return Array.from(dlg.querySelectorAll('[role=checkbox][aria-checked=true]')).map(candidate);
          },
          marked: () => Array.from(dlg.querySelectorAll('[role=checkbox][data-state]')).map(candidate),
          confirmControl: () => (opts.noControl ? null : dlg.querySelector<HTMLElement>('.confirm')),
          deselect: (key) => {
            const row = Array.from(dlg.querySelectorAll<HTMLElement>('[role=checkbox][aria-checked=true]')).find((r) => r.dataset.key === key);
            if (!row || opts.deselectIgnored) return Boolean(row);
            row.click();
            return true;
          },
        }),
      ),
    noteClick: () => undefined,
    health: () => ({ matched: [], failures: [], warnings: [] }),
    subscribe: () => () => undefined,
  };
}

/** The background's ledger, shared between "visits" (guards) like the real Dexie one. */
export class LedgerStore {
  entries: LedgerEntry[] = [];
}

export function fakeBackend(store = new LedgerStore(), overrides: Partial<GuardBackend> = {}) {
  const calls = { prompts: [] as PromptEvent[], ledgerWrites: [] as LedgerEntry[][], queries: 0 };
  const backend: GuardBackend = {
    judgeDraft: async () => null,
    composerInfo: async () => null,
    settings: async () => DEFAULT_SETTINGS,
    tonedRules: async () => [],
    lexicons: async () => null,
    recordSend: () => undefined,
    recordThread: () => undefined,
    recordPrompt: (e) => void calls.prompts.push(e),
    recordChoice: async () => true,
    reportHealth: () => undefined,
    queryLedger: async (q) => {
      calls.queries++;
      return store.entries.filter((e) => e.site === q.site && e.groupKey === q.groupKey && q.personKeys.includes(e.personKey));
    },
    recordLedger: (entries) => {
      calls.ledgerWrites.push(entries);
      store.entries.push(...entries);
    },
    ...overrides,
  };
  return { backend, calls, store };
}

/** A trusted-looking event: the guard only acts on isTrusted events. */
export function trusted<T extends Event>(e: T): T {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

export function userClick(el: Element): boolean {
  return el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}

export function userKey(el: Element, key: string, type: 'keydown' | 'keyup' = 'keydown'): boolean {
  return el.dispatchEvent(trusted(new KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true })));
}

/** Capture our closed shadow roots so tests can see what a screen reader would. */
export function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const realAttach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const r = realAttach.call(this, init);
    roots.push(r);
    return r;
  });
  return roots;
}

export const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

const running: Runtime[] = [];

/** A content runtime over a fake adapter and backend, started as the content script starts it. */
export function startTestRuntime(adapter: SiteAdapter, backend: GuardBackend, opts: Omit<RuntimeOptions, 'backend'> = {}): Runtime {
  const runtime = new Runtime(adapter, { backend, settings: DEFAULT_SETTINGS, ...opts }).start();
  running.push(runtime);
  return runtime;
}

/** End every runtime a test started (afterEach). */
export function stopTestRuntimes(): void {
  for (const r of running.splice(0)) r.abort();
}
