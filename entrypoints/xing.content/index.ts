import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from '../../lib/content/guard';
import { matchesOf } from '../../lib/sites/registry';
import { xing } from '../../lib/sites/xing/adapter';

export default defineContentScript({
  matches: matchesOf('xing'),
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main: (ctx) => startGuard(ctx, xing),
});
