import { defineContentScript } from 'wxt/utils/define-content-script';
import { answerDiagnostic } from '../../lib/content/diagnostic';
import { hostPermissions } from '../../lib/sites/registry';

/** "Not working here?": answers the popup with the page's structure (top frame only, when asked; no text, no names). */
export default defineContentScript({
  matches: hostPermissions(),
  runAt: 'document_idle',
  // No announcement carrying the extension id (see the site scripts).
  noScriptStartedPostMessage: true,
  main: (ctx) => ctx.onInvalidated(answerDiagnostic(window)),
});
