/**
 * The content-script end of "Not working here?": the popup asks the background, which asks the
 * tab; the top frame's site script answers with the page's diagnostic (lib/sites/kit/diagnostic.ts)
 * — structure only, no message text, no names. The top frame reads same-origin frames itself, so
 * no other frame answers. What the diagnostic may show verbatim is what the site's selectors and
 * label patterns name (lib/sites/<site>/known.ts), built on the first question.
 */
import { fromBackground, onBackgroundMessage } from '../messaging/background-to-content';
import { pageDiagnostic, type Known } from '../sites/kit/diagnostic';
import type { SiteAdapter } from '../sites/types';

export function answerDiagnostic(win: Window, adapter: SiteAdapter, known: () => Known): () => void {
  if (win !== win.top) return () => undefined;
  let k: Known | undefined;
  return onBackgroundMessage('getDiagnostic', ({ sender }) => {
    // Only the extension itself (the background, relaying the popup) may ask.
    if (!fromBackground(sender)) throw new Error('refused: not from this extension');
    return pageDiagnostic(adapter, win.document, (k ??= known()));
  });
}
