/** LinkedIn composers: where they are, what they hold, and how they are sent. */
import { closestChain, queryChain, queryChainAll, textOf, type Recorder } from '../kit/chain';
import type { Composer, QuickReply, SendControls } from '../types';
import { rememberFirstSight } from '../kit/dom';
import { isBirthdayDialog, rememberDialogText } from './catch-up';
import * as S from './selectors';
import { editorText, ENTER_SENDS_LABEL, WITHOUT_NOTE } from './text';

/** Which LinkedIn composer this is: the surface alone cannot say (a work-anniversary dialog is a 'message'). */
export type Place = 'thread' | 'quick-dialog' | 'note';

export function placeOf(c: Composer): Place {
  if (c.kind === 'contenteditable') return 'thread';
  return c.surface === 'connection-note' ? 'note' : 'quick-dialog';
}

export function findComposers(root: Document | ShadowRoot, rec: Recorder): Composer[] {
  const out: Composer[] = [];
  const seen = new Set<Element>();
  const add = (c: Composer): void => {
    if (seen.has(c.editor)) return;
    seen.add(c.editor);
    out.push(c);
  };

  for (const editor of queryChainAll(root, S.messageEditor, rec)) {
    const scope = closestChain(editor, S.composerScope, rec) ?? closestChain(editor, S.messageForm, rec) ?? editor.parentElement ?? editor;
    add({ editor, kind: 'contenteditable', surface: 'message', scope });
  }
  for (const editor of queryChainAll(root, S.birthdayEditor, rec)) {
    const scope = closestChain(editor, S.birthdayDialog, rec) ?? editor.parentElement ?? editor;
    rememberDialogText(editor);
    add({ editor, kind: 'textarea', surface: isBirthdayDialog(scope, editor) ? 'birthday' : 'message', scope });
  }
  for (const editor of queryChainAll(root, S.noteEditor, rec)) {
    const scope = closestChain(editor, S.inviteModal, rec) ?? editor.parentElement ?? editor;
    add({ editor, kind: 'textarea', surface: 'connection-note', scope });
  }
  return out;
}

export function readText(composer: Composer): string {
  if (composer.kind === 'textarea') return (composer.editor as HTMLTextAreaElement).value ?? '';
  return editorText(composer.editor);
}

/** First sight of a thread composer: a catch-up link's `body=` pre-fills it before anyone types. */
export function observeComposer(composer: Composer): void {
  if (placeOf(composer) === 'thread') rememberFirstSight(composer.editor, readText(composer));
}

function isShown(el: Element): boolean {
  return !el.hasAttribute('hidden');
}

/** The send mode the hovercard's radios say, when they are in the DOM (dom.md §1.1 [V]). */
function radioSaysEnter(form: Element, rec: Recorder): boolean | undefined {
  const radios = queryChainAll(form, S.sendModeRadios, rec);
  const checked = radios.find((r) => (r as HTMLInputElement).checked === true || r.getAttribute('aria-checked') === 'true');
  if (!checked) return undefined;
  const label = checked.closest('label') ?? checked.parentElement;
  return ENTER_SENDS_LABEL.test(`${textOf(label)} ${checked.getAttribute('aria-label') ?? ''}`);
}

export function sendControls(composer: Composer, rec: Recorder): SendControls {
  const none: SendControls = { buttons: [], chips: [], enterSends: false, modEnterSends: false };
  switch (placeOf(composer)) {
    case 'thread': {
      const form = closestChain(composer.editor, S.messageForm, rec);
      const within = form ?? composer.scope;
      // Structure: the submit button of the composer's own form (its label is not needed).
      const buttons = queryChainAll(within, S.sendButton, rec).filter((b) => b.localName === 'button' && isShown(b));
      const chips: QuickReply[] = queryChainAll(composer.scope, S.quickReplyChips, rec)
        .map((el) => ({ el, text: textOf(el) }))
        .filter((c) => c.text !== '');
      const toggle = queryChain(within, S.sendToggle, rec);
      // "Press Enter to Send" renders no Send button, only the toggle (dom.md §1.1 [V]).
      const enterSends = radioSaysEnter(within, rec) ?? (buttons.length === 0 && toggle !== null);
      return {
        buttons,
        chips,
        form: form?.localName === 'form' ? (form as HTMLFormElement) : undefined,
        enterSends,
        // Whether Ctrl/Cmd+Enter sends in "Click Send" mode is unknown [U]; in Enter mode it does.
        modEnterSends: enterSends,
      };
    }
    case 'quick-dialog':
      return { ...none, buttons: queryChainAll(composer.scope, S.birthdaySend, rec) };
    case 'note': {
      const buttons = queryChainAll(composer.scope, S.sendInvitation, rec).filter(
        (b) => !WITHOUT_NOTE.test(`${b.getAttribute('aria-label') ?? ''} ${textOf(b)}`),
      );
      return { ...none, buttons: buttons.slice(0, 1) };
    }
    default:
      return none;
  }
}
