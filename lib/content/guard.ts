/** The content-script runtime entry (filled in by the composer guard). */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/types';

export function startGuard(_ctx: ContentScriptContext, _adapter: SiteAdapter): void {
  // wired in the composer-guard work
}
