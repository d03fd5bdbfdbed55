/**
 * The quiet cue: a small badge at the composer's corner (never over its text or the
 * conversation) that opens a compact popover on click or keyboard, and — while the popover is
 * open — marks the words that triggered it in place, as rects over the page (the site's editor
 * is never touched). Everything sits in one top-layer element, so no site transform, stacking
 * context or overflow can move or clip it. Presentational: positions come in as props (the
 * content runtime measures the page), events go out.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t, tn } from '../lib/i18n';
import { MarkedWords } from './MarkedWords';
import type { CueItem, Theme } from './types';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CueLayout {
  badge: { left: number; top: number } | null;
  /** Where the popover goes (null: measure it first, it renders off-screen). */
  pop: { left: number; top: number; maxHeight: number } | null;
  /** The triggering words in the composer, as viewport rects (empty when they cannot be located). */
  marks: Box[];
}

export interface InlineCueProps {
  items: CueItem[];
  open: boolean;
  theme: Theme;
  layout: CueLayout;
  onToggle(): void;
  onDismiss(): void;
  /** Keyboard: leave the cue back to the composer, or on to what follows the composer. */
  onLeave(direction: 'back' | 'forward'): void;
}

/** A one-line summary for the live region: what was noticed and which words triggered it. */
export function cueAnnouncement(items: CueItem[]): string {
  if (items.length === 0) return '';
  return t('composer_cue_announce', items.map((i) => (i.words.length ? `${i.title} (${i.words.map((w) => `“${w}”`).join(', ')})` : i.title)).join('; '));
}

const FOCUSABLE = 'button:not([disabled])';

export function InlineCue({ items, open, theme, layout, onToggle, onDismiss, onLeave }: InlineCueProps) {
  const layer = useRef<HTMLDivElement>(null);
  const pop = useRef<HTMLElement>(null);
  const first = items[0];
  const wasOpen = useRef(false);

  // The layer lives in the top layer (a manual popover) where the browser has it.
  useLayoutEffect(() => {
    const el = layer.current as (HTMLDivElement & { showPopover?: () => void }) | null;
    if (el && typeof el.showPopover === 'function' && !el.matches(':popover-open')) {
      try {
        el.showPopover();
      } catch {
        /* not connected yet: the next render tries again */
      }
    }
  });
  // Opening moves focus into the popover (it is on demand); closing it returns to the badge.
  useLayoutEffect(() => {
    if (open && !wasOpen.current) pop.current?.focus({ preventScroll: true });
    wasOpen.current = open;
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    const root = layer.current?.getRootNode() as ShadowRoot | Document | undefined;
    const active = root?.activeElement as HTMLElement | null | undefined;
    const badge = layer.current?.querySelector<HTMLElement>('.badge');
    if (e.key === 'Escape') {
      e.preventDefault();
      if (open) {
        onToggle();
        badge?.focus();
      } else onLeave('back');
      return;
    }
    if (e.key !== 'Tab') return;
    const inPop = Array.from(pop.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []);
    if (e.shiftKey && active === badge) {
      e.preventDefault();
      onLeave('back');
    } else if (!e.shiftKey && (active === badge ? !open : active === inPop[inPop.length - 1])) {
      e.preventDefault();
      onLeave('forward');
    }
  };

  const count = items.length;
  return (
    <div ref={layer} class={`tv layer ${theme}`} popover="manual" onKeyDown={onKeyDown}>
      {/* The live region stays mounted so changes are announced; it is the cue's text alternative. */}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {cueAnnouncement(items)}
      </div>
      {open && layout.marks.map((m, i) => <div key={i} class="hl" aria-hidden="true" style={{ left: `${m.left}px`, top: `${m.top}px`, width: `${m.width}px`, height: `${m.height}px` }} />)}
      {first && layout.badge && (
        <button
          type="button"
          class="badge"
          style={{ left: `${layout.badge.left}px`, top: `${layout.badge.top}px` }}
          aria-label={t('composer_cue_badge_label', first.title)}
          aria-expanded={open}
          aria-controls="tv-cue-pop"
          onClick={onToggle}
        >
          <span aria-hidden="true">{count > 1 ? String(count) : '!'}</span>
        </button>
      )}
      {first && open && (
        <section
          ref={pop}
          id="tv-cue-pop"
          class="pop"
          tabIndex={-1}
          aria-label={t('composer_cue_label')}
          style={layout.pop ? { left: `${layout.pop.left}px`, top: `${layout.pop.top}px`, maxHeight: `${layout.pop.maxHeight}px` } : { left: '-9999px', top: '0px' }}
        >
          <p class="title">{first.title}</p>
          {first.words.length > 0 && (
            <p class="words">
              <MarkedWords words={first.words} />
            </p>
          )}
          <p>{first.detail}</p>
          {first.note && <p class="note">{first.note}</p>}
          {first.questions.length > 0 && (
            <ul>
              {first.questions.slice(0, 2).map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          )}
          {count > 1 && <p class="more">{tn('composer_cue_more', count - 1)}</p>}
          <div class="actions">
            <button type="button" onClick={onDismiss}>
              {t('composer_cue_dismiss')}
            </button>
            <button type="button" class="primary" onClick={onToggle}>
              {t('common_close')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
