import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from '../../lib/content/guard';
import { matchesOf } from '../../lib/sites/registry';
import { facebook } from '../../lib/sites/facebook/adapter';

export default defineContentScript({
  matches: matchesOf('facebook'),
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main: (ctx) => startGuard(ctx, facebook),
});
