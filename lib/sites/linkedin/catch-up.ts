/**
 * LinkedIn's catch-up page (/mynetwork/catch-up/<kind>/): birthdays, work anniversaries, new jobs.
 *
 * 2026 (research/dom-2026.md §1, risk 1): a card's primary "Message" link
 * (`a[data-view-name="nurture-card-primary-button"]`, aria-label "Message <Name>: …") opens the
 * ordinary msg-form overlay — in `#interop-outlet`'s shadow root, or in the /preload/ iframe —
 * pre-filled from the link's `body=` parameter; its Send button sits in the shadow root too.
 * The overlay looks like any thread composer, so what makes it a catch-up greeting is read from
 * the link: remembered on the trusted click (noteClick), or found again in the top document by
 * the overlay's recipient or pre-filled text (the /preload/ iframe never sees the click).
 *
 * 2024, kept while both may exist: the card's "Message" <button> opened a native
 * `<dialog aria-label="Send Message">` with a pre-filled `<textarea>` (dom.md §1.3 [C]).
 */
import { closestChain, labelOf, queryChainAll, textOf, type Recorder } from '../kit/chain';
import { firstSight, rememberFirstSight, squash, topDocument } from '../kit/dom';
import { catchUpKind, composeBodyParam } from './pages';
import * as S from './selectors';
import { BIRTHDAY, nameFromCtaLabel } from './text';

/* ---------- 2024: the quick-message <dialog> ---------- */

/** Remember a dialog textarea's value at first sight: the site's pre-filled greeting. */
export function rememberDialogText(editor: Element): void {
  rememberFirstSight(editor, (editor as HTMLTextAreaElement).value ?? '');
}

/**
 * The site's pre-filled text: the text at first sight; else a value attribute (what a bot read,
 * dom.md §1.3); a textarea first seen empty has no site template, whatever its defaultValue
 * says later.
 */
export function prefillOf(editor: Element): string | undefined {
  const ta = editor as HTMLTextAreaElement;
  const seen = firstSight(editor);
  return seen || ta.getAttribute('value') || (seen === undefined ? ta.defaultValue : '') || undefined;
}

/** The dialog's paragraphs: the person's name first, then the event ("Birthday"). */
export function dialogLines(dialog: Element): string[] {
  return Array.from(dialog.querySelectorAll('p'))
    .map((p) => textOf(p))
    .filter(Boolean);
}

/** Birthday if the catch-up tab, the event line or the pre-filled greeting says so. */
export function isBirthdayDialog(dialog: Element, editor: Element): boolean {
  const prefill = prefillOf(editor);
  return (
    catchUpKind(dialog.ownerDocument.URL) === 'birthday' ||
    dialogLines(dialog)
      .slice(1)
      .some((line) => BIRTHDAY.test(line)) ||
    (prefill !== undefined && BIRTHDAY.test(prefill))
  );
}

/* ---------- 2026: the "Message" link that opens a pre-filled overlay ---------- */

export interface CatchUpCta {
  /** The person the link names ("Message <Name>: …"). */
  name?: string;
  /** The whole aria-label (it says "birthday" / "belated birthday" on the birthday tab). */
  label: string;
  /** The greeting LinkedIn pre-fills, from the link's `body=`. */
  body?: string;
  at: number;
}

/** A click on a catch-up link is believed for this long: the overlay opens within a second or two. */
const CTA_MEMORY_MS = 60_000;
let lastCta: CatchUpCta | null = null;

function ctaOf(el: Element): CatchUpCta {
  const label = labelOf(el);
  const href = el.getAttribute('href') ?? '';
  return { name: nameFromCtaLabel(label), label, body: composeBodyParam(href), at: Date.now() };
}

/** A trusted click: remember a catch-up "Message" link (and forget an older one). */
export function noteCatchUpClick(target: Element, rec: Recorder): void {
  const hit = closestChain(target, S.nurtureCta, rec);
  if (hit) lastCta = ctaOf(hit);
}

export interface CatchUpContext {
  prefill?: string;
  occasion?: 'birthday';
}

/** Occasion words of catch-up greetings (birthday, anniversary, new job) in EN and DE. */
const GREETING = new RegExp(`${BIRTHDAY.source}|congrat|glückwunsch|gratul|anniversary|jubiläum`, 'i');

const same = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && a !== '' && squash(a) === squash(b);

/**
 * What the catch-up page says about an overlay composer, or null when it is an ordinary thread:
 * the link that opened it (by the recipient's name or the pre-filled text), the greeting it
 * pre-filled, and whether the occasion is a birthday (the link's label, its greeting, or the
 * catch-up tab the page is on).
 */
export function catchUpContext(editor: Element, recipientName: string | undefined, rec: Recorder): CatchUpContext | null {
  const seen = firstSight(editor);
  const matches = (cta: CatchUpCta) => same(cta.name, recipientName) || same(cta.body, seen);
  let cta: CatchUpCta | undefined;
  if (lastCta && Date.now() - lastCta.at < CTA_MEMORY_MS && matches(lastCta)) cta = lastCta;
  const top = topDocument(editor.ownerDocument);
  if (!cta && top) cta = queryChainAll(top, S.nurtureCta, rec).map(ctaOf).find(matches);
  const kind = top ? catchUpKind(top.URL) : undefined;
  if (!cta && kind === undefined) return null;
  // Without the link, only a greeting the composer held at first sight counts as LinkedIn's: an
  // old draft of the user's own is not a template.
  const prefill = cta?.body ?? (seen && GREETING.test(seen) ? seen : undefined);
  if (!cta && !prefill) return null;
  const birthday = kind === 'birthday' || (cta !== undefined && BIRTHDAY.test(cta.label)) || (prefill !== undefined && BIRTHDAY.test(prefill));
  const out: CatchUpContext = {};
  if (prefill) out.prefill = prefill;
  if (birthday) out.occasion = 'birthday';
  return out;
}

/** For tests: forget the remembered click. */
export function forgetCatchUpClick(): void {
  lastCta = null;
}
