import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRuntime } from '../../lib/content/start';
import { matchesOf, SITE_REGISTRY } from '../../lib/sites/registry';
import { linkedin } from '../../lib/sites/linkedin/adapter';
import { known } from '../../lib/sites/linkedin/known';

export default defineContentScript({
  matches: matchesOf('linkedin'),
  // Overlay bubbles live in the same-origin /preload/ iframe too.
  allFrames: SITE_REGISTRY.linkedin.allFrames,
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  // WXT would post a message carrying the extension id to the page at every load: with it, a page
  // script could forge the event that stops an older copy of this script. We do not announce.
  noScriptStartedPostMessage: true,
  main: (ctx) => startRuntime(ctx, linkedin, { known }),
});
