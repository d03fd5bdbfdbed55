/**
 * Load a fixture page's HTML into happy-dom's document at a real site URL (Facebook and XING
 * adapter tests). Scripts are not run: pages are rendered in their loaded state.
 */
interface HappyWindow {
  happyDOM: { setURL(url: string): void };
}

export function loadPage(html: string, url: string): Document {
  (window as unknown as HappyWindow).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const s of Array.from(parsed.querySelectorAll('script'))) s.remove();
  const next = document.importNode(parsed.documentElement, true);
  document.removeChild(document.documentElement);
  document.appendChild(next);
  return document;
}

/** Parse an HTML snippet into elements appended to `parent` (no innerHTML writes). */
export function append(parent: Element, html: string): void {
  parent.append(document.createRange().createContextualFragment(html));
}
