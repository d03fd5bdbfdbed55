import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRuntime } from '../../lib/content/start';
import { matchesOf } from '../../lib/sites/registry';
import { xing } from '../../lib/sites/xing/adapter';
import { known } from '../../lib/sites/xing/known';

export default defineContentScript({
  matches: matchesOf('xing'),
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  // WXT would post a message carrying the extension id to the page at every load: with it, a page
  // script could forge the event that stops an older copy of this script. We do not announce.
  noScriptStartedPostMessage: true,
  main: (ctx) => startRuntime(ctx, xing, { known }),
});
