import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers, registerLifecycle } from './handlers';

// main is synchronous: every listener is registered before any async work.
export default defineBackground(() => {
  registerHandlers();
  registerLifecycle();
});
