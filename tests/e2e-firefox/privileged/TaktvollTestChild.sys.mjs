/* global JSWindowActorChild, Cc, Ci */
/**
 * A test-only window actor that runs privileged in a tab's content process (the Firefox harness
 * registers it through the parent process; WebDriver BiDi has no way to compose text through an
 * input method). It drives Firefox's own TextInputProcessor, the path a real IME takes: the page
 * sees trusted compositionstart/update/end and a keydown with isComposing = true.
 */
export class TaktvollTestChild extends JSWindowActorChild {
  receiveMessage(msg) {
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
}
