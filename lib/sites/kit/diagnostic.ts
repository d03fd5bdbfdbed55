/**
 * "Not working here?": a diagnostic of one page a user can read in full, copy, and attach to a bug
 * report without sharing anything private. It holds the page's *structure* around the composers
 * and dialogs — tag names, roles and other structural attribute values, the site's own hook names
 * (ids, classes, data-* values that the adapter's selectors name), the labels of controls with
 * every word that is not one of the adapter's own label words masked, and only the *names* of all
 * other attributes. Never text content, never href/title/alt/value, never a word the adapter does
 * not itself look for: so no message text and no people's names.
 *
 * Built in the content script (it needs the DOM); it goes to the popup only, which shows it whole
 * and turns the frames' URLs into patterns (lib/sites/path-pattern.ts). Nothing is sent anywhere.
 */
import type { Site } from '../../analysis/types';
import type { Composer, SiteAdapter } from '../types';
import type { LabelChain, SelectorChain } from './chain';

export interface SkeletonBlock {
  /** A composer, an editable element the adapter did not recognise, or a group dialog. */
  kind: 'composer' | 'unrecognised-editor' | 'group-dialog';
  /** Composer surface and kind / dialog kind. */
  detail?: string;
  lines: string[];
}

export interface FrameDiagnostic {
  frame: 'top' | 'sub';
  /** The frame's URL: the popup shows it only as a pattern (ids and names removed). */
  url: string;
  shadowRoots: number;
  blocks: SkeletonBlock[];
}

export interface PageDiagnostic {
  site: Site;
  frames: FrameDiagnostic[];
}

/** What a diagnostic may show verbatim: the words, classes and attribute values the adapter itself looks for. */
export interface Known {
  words: ReadonlySet<string>;
  classes: ReadonlySet<string>;
  /** [attribute, operator ('' exact, ^ $ *), value] from the selectors. */
  attributes: readonly (readonly [string, string, string])[];
}

/** Function words that let a masked label still read as a sentence (never a name particle like "von", "van", "de", "an"). */
const GLUE = ['a', 'the', 'to', 'with', 'your', 'of', 'for', 'on', 'and', 'or', 'zu', 'zum', 'mit', 'für', 'und', 'oder', 'die', 'der', 'das', 'ihre', 'deine'];

const words = (s: string): string[] => (s.toLowerCase().match(/\p{L}{2,}/gu) ?? []).filter((w) => w.length > 1);

/** Every RegExp a module exports, alone or in an array (a site's text.ts label patterns). */
export function regexesOf(mod: Readonly<Record<string, unknown>>): RegExp[] {
  return Object.values(mod).flatMap((v) => (v instanceof RegExp ? [v] : Array.isArray(v) ? v.filter((x): x is RegExp => x instanceof RegExp) : []));
}

/** The site's own vocabulary and hooks, read from its selector chains and label patterns. */
export function knownOf(exports: readonly unknown[], labels: readonly RegExp[] = []): Known {
  const w = new Set([...GLUE, ...UI_WORDS.split(' ')]);
  const classes = new Set<string>();
  const attributes: [string, string, string][] = [];
  const add = (re: RegExp) => words(re.source).forEach((x) => w.add(x));
  for (const v of exports) {
    if (v instanceof RegExp) add(v);
    else if (v && typeof v === 'object' && Array.isArray((v as LabelChain).labels)) (v as LabelChain).labels.forEach(add);
    else if (v && typeof v === 'object' && Array.isArray((v as SelectorChain).selectors)) {
      for (const sel of (v as SelectorChain).selectors) {
        for (const [, c = ''] of sel.matchAll(/\.([a-zA-Z][\w-]*)/g)) classes.add(c);
        for (const [, id = ''] of sel.matchAll(/#([a-zA-Z][\w-]*)/g)) attributes.push(['id', '', id]);
        for (const [, a = '', op = '', value = ''] of sel.matchAll(/\[([\w-]+)([\^$*]?)="([^"]*)"/g)) {
          attributes.push([a, op, value]);
          words(value).forEach((x) => w.add(x));
        }
      }
    }
  }
  labels.forEach(add);
  return { words: w, classes, attributes };
}

/** The part of a value the site's selectors name (the whole known value, or its known prefix/suffix); null if none. */
function knownValue(k: Known, attr: string, value: string): string | null {
  const v = value.toLowerCase();
  for (const [a, op, known] of k.attributes) {
    const kv = known.toLowerCase();
    if (a !== attr || !kv) continue;
    if (op === '' && v === kv) return value;
    if (op === '^' && v.startsWith(kv)) return `${known}…`;
    if (op === '$' && v.endsWith(kv)) return `…${known}`;
    if (op === '*' && v.includes(kv)) return `…${known}…`;
  }
  return null;
}

/**
 * A label with every word outside the vocabulary masked: "Invite Anna Example to connect" →
 * "Invite … to connect". A capitalised vocabulary word right after a masked one is masked too: it
 * is in a name's place ("Write to Anna Post" → "Write to …").
 */
export function maskLabel(label: string, vocabulary: ReadonlySet<string>): string {
  let masked = false;
  return label
    .slice(0, 200)
    .split(/(\p{L}[\p{L}\p{M}]*|\p{N}+)/u)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/\s+/g, ' ');
      const keep = vocabulary.has(part.toLowerCase()) && !(masked && /^\p{Lu}/u.test(part));
      masked = !keep;
      return /^\p{N}/u.test(part) ? '#' : keep ? part : '…';
    })
    .join('')
    .replace(/…(?:[\s'’.-]*…)+/g, '…')
    .trim();
}

/** Words of the sites' controls the labels may keep besides the adapters' own (no word here is a name particle). */
const UI_WORDS =
  'write send message reply comment invite add remove close cancel search options open new draft conversation chat press enter click schreiben verfassen senden antworten antwort nachricht nachrichten kommentieren einladen hinzufügen entfernen schließen abbrechen suchen optionen öffnen neue entwurf unterhaltung drücken eingabetaste eingeben klicken';

/** Attributes whose values are structural enums: shown when short and plain. */
const ENUMS = /^(role|type|contenteditable|aria-(modal|multiline|disabled|checked|selected|busy|hidden|haspopup)|enterkeyhint|data-lexical-editor|disabled|hidden|open)$/;
const LABELS = /^(aria-label|aria-placeholder|placeholder)$/;

/** One element as a line: tag, known hook classes, attributes (values only where safe), marks. */
function describe(el: Element, k: Known, marks?: Map<Element, string>): string {
  let s = el.localName;
  for (const c of Array.from(el.classList)) if (k.classes.has(c)) s += `.${c}`;
  const attrs: string[] = [];
  for (const name of el.getAttributeNames()) {
    const value = el.getAttribute(name) ?? '';
    if (name === 'class' || name === 'style') continue;
    if (ENUMS.test(name)) attrs.push(value === '' ? name : /^[\w-]{1,30}$/.test(value) ? `${name}=${value.replace(/\d/g, '#')}` : `${name}=…`);
    else if (LABELS.test(name)) attrs.push(`${name}="${maskLabel(value, k.words).replace(/"/g, "'")}"`);
    else if (value && (name === 'id' || name === 'name' || name.startsWith('data-'))) {
      const known = knownValue(k, name, value);
      attrs.push(known === null ? `${name}=…` : `${name}="${known}"`);
    } else attrs.push(name);
  }
  if (attrs.length) s += `[${attrs.join(' ')}]`;
  if (Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '')) s += ' (text)';
  if (el.shadowRoot) s += ' (shadow root)';
  const mark = marks?.get(el);
  return mark ? `${s}  ◀ ${mark}` : s;
}

const signature = (el: Element): string => `${el.localName}|${el.getAttribute('role') ?? ''}|${el.children.length > 0}`;
const SKIP = /^(script|style|template|noscript|path|g)$/;

/** The structure under `root`, one line per element, indented; runs of three or more similar siblings collapsed. */
export function skeleton(root: Element, k: Known, marks?: Map<Element, string>, maxDepth = 10, maxLines = 160): string[] {
  const lines: string[] = [];
  const marked = (e: Element): boolean => [...(marks?.keys() ?? [])].some((m) => e === m || e.contains(m));
  const walk = (el: Element, depth: number): void => {
    if (lines.length >= maxLines || SKIP.test(el.localName)) return;
    const pad = '  '.repeat(depth);
    lines.push(pad + describe(el, k, marks));
    if (el.localName === 'svg') return;
    const kids = Array.from(el.children);
    if (depth >= maxDepth) {
      if (kids.length) lines.push(`${pad}  … ${kids.length} more below`);
      return;
    }
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i] as Element;
      let run = i;
      while (run + 1 < kids.length && signature(kids[run + 1] as Element) === signature(kid)) run++;
      if (run - i >= 2 && !kids.slice(i + 2, run + 1).some(marked)) {
        walk(kid, depth + 1);
        walk(kids[i + 1] as Element, depth + 1);
        lines.push(`${pad}  … ${run - i - 1} more like these`);
        i = run;
      } else walk(kid, depth + 1);
    }
  };
  walk(root, 0);
  if (lines.length >= maxLines) lines.push('… (cut)');
  return lines;
}

/** The composer's neighbourhood: up to `levels` ancestors above the editor, never above its scope. */
function around(editor: Element, scope: Element, levels: number): Element {
  let root: Element = editor;
  for (let i = 0; i < levels && root !== scope && root.parentElement; i++) root = root.parentElement;
  return root;
}

function composerBlock(adapter: SiteAdapter, c: Composer, k: Known): SkeletonBlock {
  const marks = new Map<Element, string>([[c.editor, `editor (${c.kind})`]]);
  const sc = adapter.sendControls(c);
  for (const b of sc.buttons) marks.set(b, 'send');
  for (const chip of sc.chips) marks.set(chip.el, 'quick reply');
  if (sc.form && !marks.has(sc.form)) marks.set(sc.form, `form (Enter sends: ${sc.enterSends ? 'yes' : 'no'})`);
  return { kind: 'composer', detail: `${c.surface}, ${c.kind}`, lines: [`scope: ${describe(c.scope, k)}`, ...skeleton(around(c.editor, c.scope, 4), k, marks)] };
}

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"]';

/** One frame's document: its composers, the editable elements the adapter did not recognise, its group dialogs. */
export function frameDiagnostic(adapter: SiteAdapter, doc: Document, k: Known, frame: 'top' | 'sub'): FrameDiagnostic {
  const roots: (Document | ShadowRoot)[] = [doc, ...adapter.shadowRoots(doc)];
  const blocks: SkeletonBlock[] = [];
  const seen: Element[] = [];
  for (const root of roots) {
    for (const c of adapter.findComposers(root)) {
      seen.push(c.editor);
      if (blocks.length < 4) blocks.push(composerBlock(adapter, c, k));
    }
  }
  for (const root of roots) {
    const top = root.nodeType === 9 ? (root as Document).body : (root as ShadowRoot).host;
    for (const el of Array.from(root.querySelectorAll(EDITABLE))) {
      if (blocks.length >= 6 || seen.some((s) => s === el || s.contains(el) || el.contains(s))) continue;
      seen.push(el);
      blocks.push({ kind: 'unrecognised-editor', lines: skeleton(around(el, top, 3), k, new Map([[el, 'editable, not recognised']])) });
    }
  }
  for (const root of roots) {
    for (const d of adapter.findGroupDialogs(root).slice(0, 2)) {
      const marks = new Map<Element, string>();
      const confirm = d.confirmControl();
      if (confirm) marks.set(confirm, 'confirm');
      for (const p of d.selected()) if (p.row) marks.set(p.row, 'selected');
      blocks.push({ kind: 'group-dialog', detail: d.kind, lines: skeleton(d.root, k, marks, 8) });
    }
  }
  return { frame, url: doc.URL, shadowRoots: roots.length - 1, blocks };
}

/** The whole page, read from the top frame: its document and every same-origin frame the site guards too (LinkedIn's /preload/). */
export function pageDiagnostic(adapter: SiteAdapter, doc: Document, k: Known): PageDiagnostic {
  const frames = [frameDiagnostic(adapter, doc, k, 'top')];
  for (const iframe of Array.from(doc.querySelectorAll('iframe')).slice(0, 5)) {
    try {
      const sub = iframe.contentDocument;
      if (sub?.documentElement && adapter.matchesUrl(new URL(sub.URL))) frames.push(frameDiagnostic(adapter, sub, k, 'sub'));
    } catch {
      /* cross-origin or gone */
    }
  }
  return { site: adapter.site, frames };
}
