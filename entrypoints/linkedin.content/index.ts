import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from '../../lib/content/guard';
import { matchesOf, SITE_REGISTRY } from '../../lib/sites/registry';
import { linkedin } from '../../lib/sites/linkedin/adapter';

export default defineContentScript({
  matches: matchesOf('linkedin'),
  // Overlay bubbles live in the same-origin /preload/ iframe too.
  allFrames: SITE_REGISTRY.linkedin.allFrames,
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main: (ctx) => startGuard(ctx, linkedin),
});
