/**
 * Loads a LinkedIn fixture page into its own happy-dom Window at the page's real URL (scripts
 * off), and plays what the page script would do: mount the late `<template data-delay>` parts
 * (`settle`), open on-demand parts (`mountNamed`), and attach shadow-root content. Afterwards the
 * `data-fixture-*` attributes the page script uses are stripped, so the adapter is tested only
 * against what LinkedIn itself renders.
 */
import { Window } from 'happy-dom';

export interface Loaded {
  window: Window;
  document: Document;
}

export function load(html: string, url: string): Loaded {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true } },
  });
  window.document.write(html);
  return { window, document: window.document as unknown as Document };
}

function outlet(doc: Document): ShadowRoot {
  const host = doc.getElementById('interop-outlet');
  if (!host) throw new Error('fixture has no #interop-outlet');
  return host.shadowRoot ?? host.attachShadow({ mode: 'open' });
}

/** Mount one template the way page-script.ts does. Returns the inserted elements. */
export function mount(tpl: HTMLTemplateElement, into?: ParentNode, keep = false): Element[] {
  const parent = (into ?? tpl.parentNode) as ParentNode & Node;
  const doc = parent.ownerDocument ?? (parent as unknown as Document);
  const frag = doc.importNode(tpl.content, true);
  const inserted = Array.from(frag.children);
  const how = tpl.getAttribute('data-mount');
  if (how === 'shadow') {
    outlet(doc).append(frag);
  } else if (how === 'replace') {
    const old = Array.from((parent as Element).children).find((c) => c.matches(tpl.getAttribute('data-replace') ?? ''));
    if (old) old.replaceWith(frag);
    else parent.insertBefore(frag, into || keep ? null : tpl);
  } else {
    parent.insertBefore(frag, into || keep ? null : tpl);
  }
  if (tpl.hasAttribute('data-loads')) {
    (parent as Element).setAttribute('aria-busy', 'false');
    (parent as Element).querySelectorAll('[data-fixture-loader]').forEach((l) => l.remove());
  }
  if (!keep) tpl.remove();
  return inserted;
}

/** Mount every late part (recursively), except those `skip` names; then strip fixture attributes. */
export function settle(root: ParentNode, skip: (tpl: HTMLTemplateElement) => boolean = () => false): void {
  for (let guard = 0; guard < 50; guard++) {
    const next = Array.from(root.querySelectorAll<HTMLTemplateElement>('template[data-delay]')).find((t) => !skip(t));
    if (!next) break;
    mount(next);
  }
  strip(root);
}

/** Open an on-demand part (`template[data-fixture=name]`): a dialog, a bubble, the picker. */
export function mountNamed(doc: Document, name: string, into: ParentNode | 'shadow' = doc.body): Element[] {
  const tpl = doc.querySelector<HTMLTemplateElement>(`template[data-fixture="${name}"]`);
  if (!tpl) throw new Error(`no template ${name}`);
  const target = into === 'shadow' ? outlet(doc) : into;
  const inserted = mount(tpl, target, true);
  settle(target);
  return inserted;
}

/** Put HTML (a fixture fragment) into the #interop-outlet shadow root, as the page script would. */
export function intoShadow(doc: Document, html: string): ShadowRoot {
  const root = outlet(doc);
  const tpl = doc.createElement('template');
  tpl.setAttribute('data-mount', 'shadow');
  const parsed = new DOMParserOf(doc).parse(html);
  tpl.content.append(...parsed);
  doc.body.append(tpl);
  mount(tpl);
  settle(root);
  return root;
}

/** A fragment parser bound to a document (no innerHTML writes). */
class DOMParserOf {
  constructor(private doc: Document) {}
  parse(html: string): Node[] {
    const view = this.doc.defaultView as unknown as { DOMParser: typeof DOMParser };
    const parsed = new view.DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');
    return Array.from(parsed.body.childNodes).map((n) => this.doc.importNode(n, true));
  }
}

export function fragment(doc: Document, html: string): Node[] {
  return new DOMParserOf(doc).parse(html);
}

/** Remove the page script's own hooks (never present on LinkedIn) from the light DOM and shadow roots. */
export function strip(root: ParentNode): void {
  const all = [root, ...Array.from(root.querySelectorAll('*'))];
  for (const el of all) {
    if (!(el as Element).getAttributeNames || (el as Element).localName === 'template') continue;
    // (the loader marker stays: it only tells the page script which element to drop when loading ends)
    for (const a of (el as Element).getAttributeNames()) if (a.startsWith('data-fixture') && a !== 'data-fixture-loader') (el as Element).removeAttribute(a);
    const shadow = (el as Element).shadowRoot;
    if (shadow) strip(shadow);
  }
}
