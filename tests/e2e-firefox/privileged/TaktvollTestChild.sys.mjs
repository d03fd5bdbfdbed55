/* global JSWindowActorChild, Cc, Ci */
/**
 * A test-only window actor that runs privileged in a tab's content process (the Firefox harness
 * registers it through the parent process; WebDriver BiDi has no way to compose text through an
 * input method). It drives Firefox's own TextInputProcessor, the path a real IME takes: the page
 * sees trusted compositionstart/update/end and a keydown with isComposing = true.
 */
export class TaktvollTestChild extends JSWindowActorChild {
  receiveMessage(msg) {
    if (msg.name === 'deep-active') return this.deepActive();
    if (msg.name === 'ax-tree') return this.axTree();
    if (msg.name === 'ax-scroll') return this.axScroll(msg.data.id);
    if (msg.name === 'ax-box') return this.axBox(msg.data.id);
    if (msg.name !== 'ime-compose-enter') throw new Error(`unknown message ${msg.name}`);
    const win = this.contentWindow;
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(win)) throw new Error('another input method transaction is active');
    const { text } = msg.data;
    tip.setPendingCompositionString(text);
    tip.appendClauseToPendingComposition(text.length, tip.ATTR_RAW_CLAUSE);
    tip.setCaretInPendingComposition(text.length);
    tip.flushPendingComposition();
    // Enter confirms the candidate: keydown arrives while composing, the commit follows, then keyup.
    const enter = new win.KeyboardEvent('', { key: 'Enter', code: 'Enter', keyCode: 13 });
    tip.commitComposition(enter);
    return true;
  }

  /**
   * The element that has focus (through shadow roots, closed ones included), as assistive
   * technology names it: role and accessible name, computed in this process. (The parent-process
   * tree's focus state can lag behind a focus move into freshly inserted content.)
   */
  deepActive() {
    let el = this.document.activeElement;
    while (el?.openOrClosedShadowRoot?.activeElement) el = el.openOrClosedShadowRoot.activeElement;
    if (!el) return null;
    const acc = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService).getAccessibleFor(el);
    return { tag: el.localName, role: acc?.computedARIARole ?? '', name: acc?.name ?? '' };
  }

  /**
   * This document's accessibility tree as the content process holds it (the source of truth the
   * parent process mirrors): role, name, states, live politeness, box in CSS pixels relative to
   * the viewport, children. Same-process frames are part of it.
   */
  axTree() {
    const svc = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
    const doc = svc.getAccessibleFor(this.document);
    if (!doc) return [];
    const box = (a) => {
      const x = {}, y = {}, w = {}, h = {};
      try {
        a.getBoundsInCSSPixels(x, y, w, h);
        return [x.value, y.value, w.value, h.value];
      } catch {
        return [0, 0, 0, 0];
      }
    };
    const [ox, oy] = box(doc);
    const out = [];
    this.snapshot = [];
    const walk = (a) => {
      const id = String(out.length);
      this.snapshot.push(a);
      const node = { id, role: '', name: '', state: 0, ext: 0, live: '', box: [0, 0, 0, 0], kids: [] };
      out.push(node);
      try {
        const st = {}, ext = {};
        a.getState(st, ext);
        node.state = st.value;
        node.ext = ext.value;
        node.role = a.computedARIARole || svc.getStringRole(a.role);
        node.name = a.name ?? '';
        try {
          node.live = a.attributes.getStringProperty('live');
        } catch {
          // not a live region
        }
        const [x, y, w, h] = box(a);
        node.box = [x - ox, y - oy, w, h];
        for (let c = a.firstChild; c; c = c.nextSibling) node.kids.push(walk(c));
      } catch {
        // the node went away while we walked: keep what we have
      }
      return id;
    };
    walk(doc);
    return out;
  }

  /** Scroll a node of the last snapshot into view, as assistive technology does; its new box. */
  axScroll(id) {
    const acc = this.snapshot?.[Number(id)];
    if (!acc) throw new Error(`no accessible ${id} in the last snapshot`);
    acc.scrollTo(Ci.nsIAccessibleScrollType.SCROLL_TYPE_ANYWHERE);
    return this.axBox(id);
  }

  /** Where a node of the last snapshot is now (CSS pixels, relative to the viewport). */
  axBox(id) {
    const acc = this.snapshot?.[Number(id)];
    if (!acc) throw new Error(`no accessible ${id} in the last snapshot`);
    const svc = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
    const doc = svc.getAccessibleFor(this.document);
    const read = (a) => {
      const x = {}, y = {}, w = {}, h = {};
      a.getBoundsInCSSPixels(x, y, w, h);
      return [x.value, y.value, w.value, h.value];
    };
    const [ox, oy] = read(doc);
    const [x, y, w, h] = read(acc);
    return [x - ox, y - oy, w, h];
  }
}
