/**
 * The Facebook adapter (www. and web.facebook.com; Messenger lives at facebook.com/messages since
 * messenger.com was retired). Selectors live in selectors.ts (with their evidence), URL shapes in
 * pages.ts, composers and send controls in composers.ts, what a page says about a conversation
 * in context.ts, the invite / "Add people" dialogs in groups.ts, labels and text in text.ts.
 * Facebook renders composers and dialogs in the light DOM. defineAdapter() makes every call fail
 * open and counts why one failed.
 */
import { Recorder } from '../kit/chain';
import { noteEmptyControls } from '../kit/controls';
import { defineAdapter } from '../kit/define';
import { findComposers, readText, sendControls } from './composers';
import { observeHistory, readContext } from './context';
import { findGroupDialogs, noteGroupClick } from './groups';
import { isNoUiPath } from './pages';

const rec = new Recorder();

export const facebook = defineAdapter({
  site: 'facebook',
  rec,
  excludeUrl: isNoUiPath,
  findComposers: (root) => findComposers(root, rec),
  observe: (composer) => observeHistory(composer, rec),
  seenEmpty: (composer) => noteEmptyControls(composer.editor, composer.scope),
  readContext: (composer) => readContext(composer, rec),
  readText,
  sendControls: (composer) => sendControls(composer, rec),
  findGroupDialogs: (root) => findGroupDialogs(root, rec),
  noteClick: (target) => noteGroupClick(target, rec),
});
