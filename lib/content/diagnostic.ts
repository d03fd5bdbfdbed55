/**
 * The content-script end of "Not working here?": the popup asks the tab, the top frame answers
 * with the adapter's diagnostic of the page (lib/sites/kit/diagnostic.ts) — structure only, no
 * message text, no names. The top frame reads same-origin frames itself, so other frames stay
 * silent (the first answer wins).
 */
import { onMessage } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';

export function answerDiagnostic(adapter: SiteAdapter, win: Window, onError: (err: unknown) => void): () => void {
  if (win !== win.top) return () => undefined;
  try {
    return onMessage('getDiagnostic', () => adapter.diagnose(win.document));
  } catch (err) {
    onError(err);
    return () => undefined;
  }
}
