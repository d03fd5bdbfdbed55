import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from '../../lib/content/guard';
import { linkedin } from '../../lib/sites/linkedin/adapter';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  // Overlay bubbles live in the same-origin /preload/ iframe too.
  allFrames: true,
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main: (ctx) => startGuard(ctx, linkedin),
});
