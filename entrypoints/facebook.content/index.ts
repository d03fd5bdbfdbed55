import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from '../../lib/content/guard';
import { facebook } from '../../lib/sites/facebook/adapter';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://www.messenger.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main: (ctx) => startGuard(ctx, facebook),
});
