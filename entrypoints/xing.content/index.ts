import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from '../../lib/content/guard';
import { xing } from '../../lib/sites/xing/adapter';

export default defineContentScript({
  matches: ['https://www.xing.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main: (ctx) => startGuard(ctx, xing),
});
