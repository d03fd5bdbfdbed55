/**
 * "Not working here?": a diagnostic of one page a user can read in full, copy, and attach to a bug
 * report without sharing anything private. It holds the page's *structure* around the composers
 * and dialogs (tag names, roles, structural attribute values, the site's own hook names, the
 * labels of controls with every word that is not a known UI word masked, the *names* of all other
 * attributes) and which adapter alternatives matched. It never holds text content, attribute
 * values that could carry a name (href, title, alt, ids, data-* values the adapter does not know),
 * or words outside the site's UI vocabulary — so no message text and no people's names.
 *
 * Built in the content script (it needs the DOM); nothing is sent anywhere: the popup shows it.
 */
import type { Site } from '../../analysis/types';
import { pathPattern } from '../registry';
import type { Composer, SiteAdapter } from '../types';
import type { SelectorChain } from './chain';

export interface SkeletonBlock {
  /** What the block shows: a composer, an editable element the adapter did not recognise, a group dialog. */
  kind: 'composer' | 'unrecognised-editor' | 'group-dialog';
  /** Composer surface / dialog kind, when known. */
  detail?: string;
  lines: string[];
}

export interface FrameDiagnostic {
  frame: 'top' | 'sub';
  /** The frame's URL as a pattern: ids and names removed (registry.pathPattern). */
  path: string;
  shadowRoots: number;
  blocks: SkeletonBlock[];
}

export interface PageDiagnostic {
  site: Site;
  frames: FrameDiagnostic[];
}

/** Attributes whose values are structural enums: kept when short and plain. */
const ENUM_ATTRS = new Set([
  'role', 'type', 'contenteditable', 'aria-modal', 'aria-multiline', 'aria-disabled', 'aria-checked', 'aria-selected',
  'aria-busy', 'aria-hidden', 'aria-current', 'aria-haspopup', 'aria-expanded', 'aria-autocomplete', 'enterkeyhint',
  'data-lexical-editor', 'dir', 'tabindex', 'open', 'disabled', 'hidden', 'spellcheck', 'inputmode', 'autocomplete',
]);
/** Attributes whose values are labels: shown with every word outside the UI vocabulary masked. */
const LABEL_ATTRS = new Set(['aria-label', 'aria-placeholder', 'placeholder']);

/** The site's own hooks, read from its selector chains: the only id/class/data-* values a diagnostic may show. */
export interface Hooks {
  classes: ReadonlySet<string>;
  /** [attribute, operator ('' = equals, ^ $ *), value] */
  attributes: readonly (readonly [string, string, string])[];
}

export function hooksOf(chains: readonly SelectorChain[]): Hooks {
  const classes = new Set<string>();
  const attributes: [string, string, string][] = [];
  for (const chain of chains) {
    for (const selector of chain.selectors) {
      for (const [, cls = ''] of selector.matchAll(/\.([a-zA-Z][\w-]*)/g)) classes.add(cls);
      for (const [, id = ''] of selector.matchAll(/#([a-zA-Z][\w-]*)/g)) attributes.push(['id', '', id]);
      for (const [, attr = '', op = '', value = ''] of selector.matchAll(/\[([\w-]+)([\^$*]?)="([^"]*)"(?:\s*i)?\]/g)) attributes.push([attr, op, value]);
    }
  }
  return { classes, attributes };
}

/** The part of a value the site's selectors name (a whole known value, or the known prefix/suffix); null if none. */
function knownValue(hooks: Hooks, attr: string, value: string): string | null {
  const v = value.toLowerCase();
  for (const [a, op, known] of hooks.attributes) {
    if (a !== attr || known === '') continue;
    const k = known.toLowerCase();
    if (op === '' && v === k) return value;
    if (op === '^' && v.startsWith(k)) return `${known}…`;
    if (op === '$' && v.endsWith(k)) return `…${known}`;
    if (op === '*' && v.includes(k)) return `…${known}…`;
  }
  return null;
}

/** A label with every word that is not a UI word masked ("Invite Anna Example to connect" → "Invite … to connect"). */
export function maskLabel(label: string, vocabulary: ReadonlySet<string>): string {
  const out = label
    .slice(0, 200)
    .split(/(\p{L}[\p{L}\p{M}]*|\p{N}+)/u)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/\s+/g, ' ');
      if (/^\p{N}+$/u.test(part)) return '#';
      return vocabulary.has(part.toLowerCase()) ? part : '…';
    })
    .join('');
  return out.replace(/…(?:[\s'’.-]*…)+/g, '…').trim();
}

function quote(v: string): string {
  return `"${v.replace(/"/g, "'")}"`;
}

export interface SkeletonOptions {
  vocabulary: ReadonlySet<string>;
  hooks: Hooks;
  /** Elements to point out: "editor", "send", "form" … */
  marks?: Map<Element, string>;
  maxDepth?: number;
  maxNodes?: number;
}

/** One element as a line: tag, known hook classes, attributes (values only where safe), marks. */
function describe(el: Element, o: SkeletonOptions): string {
  let s = el.localName;
  for (const c of Array.from(el.classList)) if (o.hooks.classes.has(c)) s += `.${c}`;
  const attrs: string[] = [];
  for (const name of el.getAttributeNames()) {
    if (name === 'class' || name === 'style') continue;
    const value = el.getAttribute(name) ?? '';
    if (ENUM_ATTRS.has(name)) {
      attrs.push(value === '' ? name : /^[\w-]{1,30}$/.test(value) ? `${name}=${value.replace(/\d/g, '#')}` : `${name}=…`);
    } else if (LABEL_ATTRS.has(name)) {
      attrs.push(`${name}=${quote(maskLabel(value, o.vocabulary))}`);
    } else if ((name === 'id' || name === 'name' || name.startsWith('data-')) && value !== '') {
      const known = knownValue(o.hooks, name, value);
      attrs.push(known !== null ? `${name}=${quote(known)}` : `${name}=…`);
    } else {
      attrs.push(name);
    }
  }
  if (attrs.length > 0) s += `[${attrs.join(' ')}]`;
  const hasText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
  if (hasText) s += ' (text)';
  if (el.shadowRoot) s += ' (shadow root)';
  const mark = o.marks?.get(el);
  if (mark) s += `  ◀ ${mark}`;
  return s;
}

/** A signature for collapsing runs of similar siblings (message rows, list items). */
const signature = (el: Element): string => `${el.localName}|${el.getAttribute('role') ?? ''}|${el.children.length > 0 ? 'p' : 'l'}`;

/** The structure under `root`, one line per element, indented; long runs of similar siblings collapsed. */
export function skeleton(root: Element, o: SkeletonOptions): string[] {
  const maxDepth = o.maxDepth ?? 10;
  const maxNodes = o.maxNodes ?? 160;
  const lines: string[] = [];
  const walk = (el: Element, depth: number): void => {
    if (lines.length >= maxNodes) return;
    if (['script', 'style', 'svg', 'template', 'noscript', 'path'].includes(el.localName)) {
      if (el.localName === 'svg') lines.push(`${'  '.repeat(depth)}svg`);
      return;
    }
    lines.push(`${'  '.repeat(depth)}${describe(el, o)}`);
    if (depth >= maxDepth) {
      if (el.children.length > 0) lines.push(`${'  '.repeat(depth + 1)}… ${el.children.length} more below`);
      return;
    }
    const kids = Array.from(el.children);
    const marked = (e: Element): boolean => Array.from(o.marks?.keys() ?? []).some((m) => e === m || e.contains(m));
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (!kid) continue;
      // Three or more similar siblings in a row: show two, then count the rest (unless one is marked).
      let run = i;
      while (run + 1 < kids.length && signature(kids[run + 1] ?? kid) === signature(kid)) run++;
      const second = kids[i + 1];
      if (run - i >= 2 && second && !kids.slice(i + 2, run + 1).some(marked)) {
        walk(kid, depth + 1);
        walk(second, depth + 1);
        lines.push(`${'  '.repeat(depth + 1)}… ${run - i - 1} more like these`);
        i = run;
        continue;
      }
      walk(kid, depth + 1);
    }
  };
  walk(root, 0);
  if (lines.length >= maxNodes) lines.push('… (cut)');
  return lines;
}

/** The composer's neighbourhood: up to `levels` ancestors above the editor, never above its scope. */
function neighbourhood(editor: Element, scope: Element, levels = 4): Element {
  let root: Element = editor;
  for (let i = 0; i < levels && root !== scope && root.parentElement; i++) root = root.parentElement;
  return root;
}

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"]';

/** Everything one frame's document shows about its composers, unrecognised editors and group dialogs. */
export function frameDiagnostic(adapter: SiteAdapter, doc: Document, hooks: Hooks, frame: 'top' | 'sub'): FrameDiagnostic {
  const o = { vocabulary: adapter.vocabulary, hooks };
  const roots: (Document | ShadowRoot)[] = [doc, ...adapter.shadowRoots(doc)];
  const blocks: SkeletonBlock[] = [];
  const known = new Set<Element>();
  for (const root of roots) {
    for (const c of adapter.findComposers(root)) {
      known.add(c.editor);
      if (blocks.length >= 4) continue;
      blocks.push({ kind: 'composer', detail: `${c.surface}, ${c.kind}`, lines: composerSkeleton(adapter, c, o) });
    }
  }
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll(EDITABLE))) {
      if (blocks.length >= 6) break;
      if ([...known].some((k) => k === el || k.contains(el) || el.contains(k))) continue;
      known.add(el);
      const marks = new Map<Element, string>([[el, 'editable, not recognised']]);
      blocks.push({ kind: 'unrecognised-editor', lines: skeleton(neighbourhood(el, root.nodeType === 9 ? (root as Document).body : (root as ShadowRoot).host, 3), { ...o, marks }) });
    }
  }
  for (const root of roots) {
    for (const d of adapter.findGroupDialogs(root).slice(0, 2)) {
      const marks = new Map<Element, string>();
      const confirm = d.confirmControl();
      if (confirm) marks.set(confirm, 'confirm');
      for (const p of d.selected()) if (p.row) marks.set(p.row, 'selected');
      blocks.push({ kind: 'group-dialog', detail: d.kind, lines: skeleton(d.root, { ...o, marks, maxDepth: 8 }) });
    }
  }
  return { frame, path: pathPattern(doc.URL), shadowRoots: roots.length - 1, blocks };
}

function composerSkeleton(adapter: SiteAdapter, c: Composer, o: { vocabulary: ReadonlySet<string>; hooks: Hooks }): string[] {
  const marks = new Map<Element, string>([[c.editor, `editor (${c.kind})`]]);
  const controls = adapter.sendControls(c);
  for (const b of controls.buttons) marks.set(b, 'send');
  for (const chip of controls.chips) marks.set(chip.el, 'quick reply');
  if (controls.form && !marks.has(controls.form)) marks.set(controls.form, `form (Enter sends: ${controls.enterSends ? 'yes' : 'no'})`);
  return [`scope: ${describe(c.scope, o)}`, ...skeleton(neighbourhood(c.editor, c.scope), { ...o, marks })];
}

/**
 * The whole page: the top document and every same-origin frame in it that the site guards too
 * (LinkedIn's /preload/ iframe), read from the top frame.
 */
export function pageDiagnostic(adapter: SiteAdapter, doc: Document, chains: readonly SelectorChain[]): PageDiagnostic {
  const hooks = hooksOf(chains);
  const frames: FrameDiagnostic[] = [frameDiagnostic(adapter, doc, hooks, 'top')];
  for (const iframe of Array.from(doc.querySelectorAll('iframe')).slice(0, 5)) {
    let sub: Document | null = null;
    try {
      sub = iframe.contentDocument;
    } catch {
      sub = null;
    }
    if (!sub || !sub.documentElement) continue;
    let url: URL;
    try {
      url = new URL(sub.URL);
    } catch {
      continue;
    }
    if (adapter.matchesUrl(url)) frames.push(frameDiagnostic(adapter, sub, hooks, 'sub'));
  }
  return { site: adapter.site, frames };
}
