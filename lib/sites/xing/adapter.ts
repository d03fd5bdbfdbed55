/**
 * The XING adapter (www.xing.com): the messenger's composer on /chats/<id> and the chat lightbox
 * over profile pages, the partner, the first-message signal, birthday context where the page
 * shows it, and the "add people" dialog of group chats. Selectors live in selectors.ts (with
 * their evidence), URL shapes in pages.ts, composers and send controls in composers.ts, what a
 * chat says about its conversation in context.ts, the dialog in groups.ts. XING renders its
 * messenger in the light DOM. defineAdapter() makes every call fail open and counts why one failed.
 */
import { Recorder } from '../kit/chain';
import { noteEmptyControls } from '../kit/controls';
import { defineAdapter } from '../kit/define';
import { findComposers, readText, sendControls } from './composers';
import { observeHistory, readContext } from './context';
import { findGroupDialogs } from './groups';
import { isNoUiPath } from './pages';

const rec = new Recorder();

export const xing = defineAdapter({
  site: 'xing',
  rec,
  excludeUrl: isNoUiPath,
  findComposers: (root) => findComposers(root, rec),
  observe: (composer) => observeHistory(composer, rec),
  seenEmpty: (composer) => noteEmptyControls(composer.editor, composer.scope),
  readContext: (composer) => readContext(composer, rec),
  readText,
  sendControls: (composer) => sendControls(composer, rec),
  findGroupDialogs: (root) => findGroupDialogs(root, rec),
});
