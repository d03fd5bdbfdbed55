/**
 * Every alternative of every site's chains, on its own.
 *
 * - Selector chains: for each alternative, a minimal page is built *from that selector alone*
 *   (the elements and attributes it asks for, nothing else). The chain must then match there with
 *   exactly that alternative: it is valid CSS in the engine, it finds what it says, and no earlier
 *   alternative shadows it (an alternative that can never be reached is one nobody can trust).
 * - Label chains (the labels that confirm a control found by structure): each alternative with
 *   the real label it stands for, tagged with its provenance from research/dom.md /
 *   research/dom-2026.md ([V] verified, [C] corroborated, [S] one source, [U] a guess), must match
 *   with exactly that alternative.
 *
 * New chains are picked up automatically; a label chain without examples for every alternative
 * fails the coverage test.
 */
import { describe, expect, it } from 'vitest';
import { labelIndex, queryChainAll, Recorder, type LabelChain, type SelectorChain } from '../../../lib/sites/kit/chain';
import * as FB from '../../../lib/sites/facebook/selectors';
import * as LI from '../../../lib/sites/linkedin/selectors';
import * as XI from '../../../lib/sites/xing/selectors';

const MODULES = { linkedin: LI, facebook: FB, xing: XI } as const;

const isSelectorChain = (v: unknown): v is SelectorChain => typeof v === 'object' && v !== null && Array.isArray((v as SelectorChain).selectors);
const isLabelChain = (v: unknown): v is LabelChain => typeof v === 'object' && v !== null && Array.isArray((v as LabelChain).labels);

/* ---------- a minimal page from one selector ---------- */

interface Attr {
  name: string;
  op: '' | '=' | '^=' | '$=' | '*=';
  value: string;
}
interface Compound {
  tag: string;
  classes: string[];
  id?: string;
  attrs: Attr[];
  has: string[];
}

/** Split a selector at top-level combinators (descendant ' ' and child '>'), keeping :has(…) intact. */
function steps(selector: string): { compound: string; child: boolean }[] {
  const out: { compound: string; child: boolean }[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  let child = false;
  const flush = () => {
    if (cur.trim()) out.push({ compound: cur.trim(), child });
    cur = '';
    child = false;
  };
  for (const ch of selector) {
    if (quote) {
      cur += ch;
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (depth === 0 && (ch === ' ' || ch === '>')) {
      if (cur.trim()) flush();
      if (ch === '>') child = true;
      continue;
    }
    cur += ch;
  }
  flush();
  return out;
}

function parseCompound(src: string): Compound {
  const c: Compound = { tag: 'div', classes: [], attrs: [], has: [] };
  let rest = src;
  const tag = /^[a-z][a-z0-9-]*/i.exec(rest);
  if (tag) {
    c.tag = tag[0];
    rest = rest.slice(tag[0].length);
  }
  while (rest) {
    let m: RegExpExecArray | null;
    if ((m = /^\.([\w-]+)/.exec(rest))) c.classes.push(m[1]!);
    else if ((m = /^#([\w-]+)/.exec(rest))) c.id = m[1]!;
    else if ((m = /^\[([\w-]+)(?:([\^$*]?=)"([^"]*)"(?:\s*i)?)?\]/.exec(rest))) c.attrs.push({ name: m[1]!, op: (m[2] ?? '') as Attr['op'], value: m[3] ?? '' });
    else if ((m = /^:has\(/.exec(rest))) {
      let depth = 1;
      let i = m[0].length;
      for (; i < rest.length && depth > 0; i++) {
        if (rest[i] === '(') depth++;
        if (rest[i] === ')') depth--;
      }
      c.has.push(rest.slice(m[0].length, i - 1));
      rest = rest.slice(i);
      continue;
    } else throw new Error(`cannot build a page for "${src}" (at "${rest}")`);
    rest = rest.slice(m[0].length);
  }
  return c;
}

/** One value satisfying every constraint on an attribute (=, ^=, $=, *=). */
function valueFor(attrs: Attr[]): string {
  const eq = attrs.find((a) => a.op === '=');
  if (eq) return eq.value;
  const prefix = attrs.filter((a) => a.op === '^=').map((a) => a.value).join('');
  const suffix = attrs.filter((a) => a.op === '$=').map((a) => a.value).join('');
  const contains = attrs.filter((a) => a.op === '*=').map((a) => a.value).join('-');
  if (!prefix && !suffix && !contains) return '';
  return `${prefix}${prefix ? '' : 'x-'}${contains || 'zed'}${suffix ? '' : '-x'}${suffix}`;
}

function elementFor(doc: Document, c: Compound): Element {
  const el = doc.createElement(c.tag);
  if (c.id) el.id = c.id;
  for (const cls of c.classes) el.classList.add(cls);
  const names = [...new Set(c.attrs.map((a) => a.name))];
  for (const name of names) el.setAttribute(name, valueFor(c.attrs.filter((a) => a.name === name)));
  for (const inner of c.has) el.append(build(doc, inner).top);
  return el;
}

/** The elements a selector asks for, nested as it says; `target` is the element it selects. */
function build(doc: Document, selector: string): { top: Element; target: Element; scoped: boolean } {
  let parts = steps(selector);
  const scoped = parts[0]?.compound === ':scope';
  if (scoped) parts = parts.slice(1);
  let top: Element | null = null;
  let parent: Element | null = null;
  for (const p of parts) {
    const el = elementFor(doc, parseCompound(p.compound));
    if (parent) {
      // A descendant step gets a wrapper in between: it must not need to be a direct child.
      if (p.child) parent.append(el);
      else {
        const wrap = doc.createElement('span');
        wrap.append(el);
        parent.append(wrap);
      }
    } else top = el;
    parent = el;
  }
  if (!top || !parent) throw new Error(`empty selector "${selector}"`);
  return { top, target: parent, scoped };
}

describe.each(Object.entries(MODULES))('%s: every selector alternative on its own', (site, mod) => {
  const chains = Object.values(mod).filter(isSelectorChain);

  it('has chains', () => {
    expect(chains.length).toBeGreaterThan(10);
  });

  for (const chain of chains) {
    chain.selectors.forEach((selector, i) => {
      it(`${chain.name}#${i}: ${selector}`, () => {
        const root = document.createElement('div');
        document.body.replaceChildren(root);
        const { top, target, scoped } = build(document, selector);
        root.append(top);
        const rec = new Recorder();
        const found = queryChainAll(root, chain, rec);
        expect(rec.matched(), `${site}: an earlier alternative shadows this one, or it does not match`).toEqual([`${chain.name}#${i}`]);
        expect(found).toContain(target);
        if (scoped) expect(target.parentElement).toBe(root);
      });
    });
  }
});

/* ---------- labels, with the real strings they stand for ---------- */

/** [chain, index] → a label that alternative stands for, with its provenance. */
const LABEL_EXAMPLES: Record<string, [label: string, provenance: string][]> = {
  'facebook.sendLabel': [
    ['Press enter to send', 'EN [C] srcs 63476831711, 17425841367'],
    ['Send', 'EN [C]'],
    ['Senden', 'DE [S] dom.md; CONTRADICTED by analogy in dom-2026.md'],
    ['Enterを押して送信', 'JA [S] src 58374947939 (dom-2026.md)'],
    ['Zum Senden die Eingabetaste drücken', 'DE [U] by analogy with JA/VI'],
  ],
  'facebook.postLabel': [
    ['Post', 'EN [S]'],
    ['Posten', 'DE [U]'],
    ['Veröffentlichen', 'DE [U]'],
  ],
  'facebook.inviteLabel': [
    ['Invite friends to join this group', 'EN [C] SoCloseSociety main.py 2026'],
    ['Invitez des amis à rejoindre ce groupe', 'FR [C] SoCloseSociety main.py 2026'],
    ['Freunde einladen, dieser Gruppe beizutreten', 'DE [U]'],
    ['Invitar amigos', 'ES [U]'],
  ],
  'facebook.inviteConfirm': [
    ['Send invitations', 'EN [C]'],
    ['Envoyer les invitations', 'FR [C]'],
    ['Einladungen senden', 'DE [U]'],
    ['Invitar', 'ES [U]'],
    ['Jetzt einladen', 'DE [U]'],
  ],
  'facebook.inviteClick': [
    ['Invite Facebook friends', 'EN [C] the group page menu item'],
    ['Facebook-Freunde einladen', 'DE [U]'],
  ],
  'facebook.addLabel': [
    ['Add people', 'EN [U] no source'],
    ['Personen hinzufügen', 'DE [U]'],
    ['Add members', 'EN [U]'],
  ],
  'facebook.addConfirm': [
    ['Add people', 'EN [U]'],
    ['Hinzufügen', 'DE [U]'],
    ['Add', 'EN [U]'],
  ],
  'facebook.addClick': [
    ['Add people', 'EN [U]'],
    ['Personen hinzufügen', 'DE [U]'],
  ],
  'xing.sendLabel': [
    ['Senden', 'DE [U]'],
    ['Send', 'EN [U]'],
    ['Antworten', 'DE [U]'],
    ['Reply', 'EN [U]'],
  ],
  'xing.addConfirm': [
    ['Hinzufügen', 'DE [U]'],
    ['Personen hinzufügen', 'DE [U]'],
    ['Add', 'EN [U]'],
    ['Add people', 'EN [U]'],
  ],
};

/** Labels no alternative may take for the thing it confirms. */
const LABEL_COUNTER_EXAMPLES: Record<string, string[]> = {
  'facebook.sendLabel': ['Send a Like', 'Choose an emoji', 'Center', 'Entertainment', 'Open more actions'],
  'facebook.inviteLabel': ['Choose topics', 'Themen auswählen'],
  'facebook.addClick': ['Add reaction'],
};

const labelChains = Object.values(MODULES).flatMap((m) => Object.values(m).filter(isLabelChain));

describe('every label alternative on its own, with the label it stands for', () => {
  it('covers every alternative of every label chain', () => {
    for (const chain of labelChains) {
      expect(LABEL_EXAMPLES[chain.name]?.length, chain.name).toBe(chain.labels.length);
    }
  });

  for (const chain of labelChains) {
    (LABEL_EXAMPLES[chain.name] ?? []).forEach(([label, provenance], i) => {
      it(`${chain.name}#${i}: "${label}" (${provenance})`, () => {
        const el = document.createElement('div');
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', label);
        const rec = new Recorder();
        expect(labelIndex(el, chain, rec)).toBe(i);
        expect(rec.matched()).toEqual([`${chain.name}#${i}`]);
      });
    });
    for (const label of LABEL_COUNTER_EXAMPLES[chain.name] ?? []) {
      it(`${chain.name}: not "${label}"`, () => {
        const el = document.createElement('div');
        el.setAttribute('aria-label', label);
        expect(labelIndex(el, chain)).toBe(-1);
      });
    }
  }

  it('reads the label from aria-label, else title, else the text', () => {
    const chain = XI.sendLabel;
    const el = document.createElement('button');
    el.textContent = 'Send';
    expect(labelIndex(el, chain)).toBe(1);
    el.setAttribute('title', 'Senden');
    expect(labelIndex(el, chain)).toBe(0);
    el.setAttribute('aria-label', 'Zzz');
    expect(labelIndex(el, chain)).toBe(-1);
  });
});
