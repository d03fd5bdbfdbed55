/**
 * The content-script end of "Not working here?" (entrypoints/diagnostic.content): the popup asks
 * the background, which asks the tab; the top frame answers with the page's diagnostic (lib/sites/kit/diagnostic.ts) —
 * structure only, no message text, no names. The top frame reads same-origin frames itself, so
 * no other frame answers. The adapter is the one the site's own content script shares
 * (lib/content/share.ts); what the diagnostic may show verbatim is what that site's selectors and
 * label patterns name.
 */
import { browser } from 'wxt/browser';
import { onBackgroundMessage } from '../messaging/background-to-content';
import { KNOWN } from '../sites/known';
import { pageDiagnostic, type Known } from '../sites/kit/diagnostic';
import type { Site } from '../analysis/types';
import { sharedAdapter } from './share';

export function answerDiagnostic(win: Window): () => void {
  if (win !== win.top) return () => undefined;
  const known = new Map<Site, Known>();
  return onBackgroundMessage('getDiagnostic', ({ sender }) => {
    // Only the extension itself (the background, relaying the popup) may ask.
    if (sender?.tab !== undefined || sender?.id !== browser.runtime.id) throw new Error('refused: not from this extension');
    const adapter = sharedAdapter(win);
    if (!adapter) throw new Error('no site adapter in this tab');
    let k = known.get(adapter.site);
    if (!k) known.set(adapter.site, (k = KNOWN[adapter.site]()));
    return pageDiagnostic(adapter, win.document, k);
  });
}
