/**
 * The content-script end of "Not working here?" (entrypoints/diagnostic.content): the popup asks
 * the tab, the top frame answers with the page's diagnostic (lib/sites/kit/diagnostic.ts) —
 * structure only, no message text, no names. The top frame reads same-origin frames itself, so
 * no other frame answers. The adapter is the one the site's own content script shares
 * (lib/content/share.ts); what the diagnostic may show verbatim is what that site's selectors and
 * label patterns name.
 */
import { onMessage } from '../messaging/protocol';
import { KNOWN } from '../sites/known';
import { pageDiagnostic, type Known } from '../sites/kit/diagnostic';
import type { Site } from '../analysis/types';
import { sharedAdapter } from './share';

export function answerDiagnostic(win: Window): () => void {
  if (win !== win.top) return () => undefined;
  const known = new Map<Site, Known>();
  return onMessage('getDiagnostic', () => {
    const adapter = sharedAdapter(win);
    if (!adapter) throw new Error('no site adapter in this tab');
    let k = known.get(adapter.site);
    if (!k) known.set(adapter.site, (k = KNOWN[adapter.site]()));
    return pageDiagnostic(adapter, win.document, k);
  });
}
