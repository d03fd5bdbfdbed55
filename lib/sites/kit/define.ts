/**
 * defineAdapter(): how every site adapter is built. The site supplies the parts that know its
 * DOM; the kit wraps every call fail-open (an exception becomes "no composer" / "unknown" / "no
 * dialog", never an error in the page) and counts *why* something failed into the health state:
 *
 * - `<method>: threw <ErrorName>` — an adapter call threw (a detached node, an engine quirk);
 * - `sendControls: no-send-control` — a composer holds text but no send control was found: clicks
 *   on the site's Send pass unchecked (Enter may still be guarded). Also a current *warning*
 *   while it lasts, so the popup can say so;
 * - whatever the site's parts count themselves with `rec.fail(where, why)`.
 *
 * The diagnostic ("Not working here?", kit/diagnostic.ts) runs in a content script of its own.
 *
 * It also takes the two observations that need no runtime help: the controls an empty composer
 * shows (so a send control can later prove that it "enables with text", kit/controls.ts) and,
 * through the site's `observe`, the first sight of a composer and of its history (kit/settle.ts).
 */
import type { Site } from '../../analysis/types';
import { isSiteUrl } from '../registry';
import type { Composer, ComposerContext, GroupDialog, SendControls, SiteAdapter } from '../types';
import type { Recorder } from './chain';
import { firstLook } from './settle';

export interface AdapterParts {
  site: Site;
  rec: Recorder;
  /** Beyond the registry's hosts: pages of the site that never hold UI (API endpoints). */
  excludeUrl?(url: URL): boolean;
  shadowRoots?(doc: Document): ShadowRoot[];
  findComposers(root: Document | ShadowRoot): Composer[];
  /**
   * Called for a composer a scan finds, remembering first sights (prefill, history): again on
   * every scan until it returns true (it saw what it watches, e.g. the thread's list, loaded).
   */
  observe?(composer: Composer): boolean;
  /**
   * Called whenever a composer is seen empty: sites whose send control is found by structure
   * remember the controls an empty composer shows (kit/controls.ts noteEmptyControls), so a control
   * can later prove that it "enables with text".
   */
  seenEmpty?(composer: Composer): void;
  readContext(composer: Composer): ComposerContext;
  readText(composer: Composer): string;
  sendControls(composer: Composer): SendControls;
  findGroupDialogs(root: Document | ShadowRoot): GroupDialog[];
  noteClick?(target: Element): void;
}

const NO_CONTROLS: SendControls = { buttons: [], chips: [], enterSends: false, modEnterSends: false };

function errorName(err: unknown): string {
  if (err instanceof Error) return err.name || 'Error';
  return typeof err;
}

export function defineAdapter(parts: AdapterParts): SiteAdapter {
  const { rec } = parts;

  function safe<T>(where: string, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      rec.fail(where, `threw ${errorName(err)}`);
      return fallback;
    }
  }

  /** Editors `parts.observe` is done with. */
  const observed = new WeakSet<Element>();

  /** Editors that hold text while no send control is found (a current warning). */
  const unsendable = new Set<Element>();

  function setUnsendable(editor: Element, on: boolean): void {
    if (on === unsendable.has(editor)) return;
    if (on) {
      unsendable.add(editor);
      rec.fail('sendControls', 'no-send-control');
    } else {
      unsendable.delete(editor);
    }
    rec.changed();
  }

  /** Keep the snapshot of an empty composer's controls, and the no-send-control warning, current. */
  function check(c: Composer, text: string, controls?: SendControls): void {
    if (text.trim() === '') {
      parts.seenEmpty?.(c);
      setUnsendable(c.editor, false);
      return;
    }
    const sc = controls ?? parts.sendControls(c);
    setUnsendable(c.editor, sc.buttons.length === 0 && sc.form === undefined);
  }

  const readText = (c: Composer): string => safe('readText', '', () => parts.readText(c));

  function wrapDialog(d: GroupDialog): GroupDialog {
    return {
      root: d.root,
      kind: d.kind,
      groupKey: d.groupKey,
      groupName: d.groupName,
      selected: () => safe('group.selected', [], () => d.selected()),
      marked: () => safe('group.marked', [], () => d.marked()),
      confirmControl: () => safe('group.confirmControl', null, () => d.confirmControl()),
      ...(d.deselect ? { deselect: (key: string) => safe('group.deselect', false, () => d.deselect?.(key) ?? false) } : {}),
    };
  }

  return {
    site: parts.site,
    matchesUrl: (url) => safe('matchesUrl', false, () => isSiteUrl(parts.site, url) && !(parts.excludeUrl?.(url) ?? false)),
    shadowRoots: (doc) => safe('shadowRoots', [], () => parts.shadowRoots?.(doc) ?? []),
    findComposers: (root) =>
      safe('findComposers', [], () => {
        const found = parts.findComposers(root);
        for (const c of found) {
          // What the adapter notes when it first sees a composer (its history's quiet period starts).
          if (!observed.has(c.editor) && safe('observe', true, () => parts.observe?.(c) ?? true)) observed.add(c.editor);
          safe('check', undefined, () => check(c, parts.readText(c)));
        }
        return found;
      }),
    readContext: (c) => safe('readContext', {}, () => parts.readContext(c)),
    readText: (c) => {
      const text = readText(c);
      safe('check', undefined, () => check(c, text));
      return text;
    },
    sendControls: (c) =>
      safe('sendControls', NO_CONTROLS, () => {
        const controls = parts.sendControls(c);
        safe('check', undefined, () => check(c, parts.readText(c), controls));
        return controls;
      }),
    findGroupDialogs: (root) => safe('findGroupDialogs', [], () => parts.findGroupDialogs(root).map(wrapDialog)),
    noteClick: (target) => safe('noteClick', undefined, () => parts.noteClick?.(target)),
    firstLook,
    health: () => {
      for (const editor of [...unsendable]) if (!editor.isConnected) unsendable.delete(editor);
      return { matched: rec.matched(), failures: rec.failures(), warnings: unsendable.size > 0 ? ['no-send-control'] : [] };
    },
    subscribe: (listener) => rec.subscribe(listener),
  };
}
