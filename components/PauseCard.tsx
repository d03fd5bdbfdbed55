/**
 * The pause card: shown when a flagged draft is sent. A modal <dialog> opened with showModal(),
 * so it sits in the top layer — no site transform, stacking context or overflow can clip it —
 * and everything else is inert while it asks (focus moves in, Tab stays in, Escape = keep
 * editing). One finding at a time (the strongest first, "1 more" steps), at most two questions,
 * help that fits the rule. Only "Send anyway" sends: the two "don't ask again" choices are
 * checkboxes that apply when the user then sends or goes back to editing.
 * Presentational: props in, events out; the runtime places the dialog near the composer.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, tn } from '../lib/i18n';
import { MarkedWords } from './MarkedWords';
import { modalKeyDown } from './modal';
import type { CueItem, Theme } from './types';

/** What the user ticked; applied with the button they then press. */
export interface CardChoices {
  notForPerson: boolean;
  neverForRule: boolean;
}

export interface PauseCardProps {
  /** The recipient's first name, when the page shows it. */
  recipientName?: string;
  /** The site's name as people know it ("LinkedIn"): the "don't ask again" choice applies there. */
  siteName: string;
  /** What was noticed, strongest first. */
  items: CueItem[];
  /** The draft as it was sent: shown with a template's stock parts marked. */
  draft: string;
  /** 0, 1, 2: the card's look varies so it is not blindly clicked away. */
  variant: number;
  /** The compact card (a person who has seen the full one): title, one question, the buttons. */
  compact?: boolean;
  theme: Theme;
  /** Whether "Don't ask again for …" is offered (the page named the recipient). */
  canTrustPerson: boolean;
  /** 'sending': the site's send was re-triggered and we wait for it; 'not-sent': it did not go out. */
  status?: 'sending' | 'not-sent';
  onSendAnyway(choices: CardChoices): void;
  onKeepEditing(choices: CardChoices): void;
  /** Write the user's own words into the composer (at its start or end); resolves true when verified. */
  onInsert(text: string, where: 'start' | 'end'): Promise<boolean>;
  /** Close the card after "not sent". */
  onClose?(): void;
  /** The dialog is open in the top layer: the runtime places it (again after its size changed). */
  onOpen?(dialog: HTMLDialogElement): void;
  /** Shown in place, not as a modal (the first-run page's picture of the card). */
  inline?: boolean;
}

/** Rules whose help is "put something you give first / say what it is about" (as questions and the user's words). */
const PITCH = new Set(['pitch-first-message', 'greeting-pretext']);
/** Rules whose help is the draft with its stock parts marked. */
const TEMPLATE = new Set(['templated-greeting', 'template-reuse']);

/** The draft with the given spans marked (merged, in order). */
export function DraftMarked({ text, spans }: { text: string; spans: readonly [number, number][] }) {
  const sorted = [...spans].filter(([a, b]) => b > a && a >= 0 && b <= text.length).sort((x, y) => x[0] - y[0]);
  const parts: preact.ComponentChild[] = [];
  let at = 0;
  for (const [a, b] of sorted) {
    if (b <= at) continue;
    const start = Math.max(a, at);
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, b)}</mark>);
    at = b;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

export function PauseCard(props: PauseCardProps) {
  const { recipientName, items, variant, status, compact, theme } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const [index, setIndex] = useState(0);
  const [full, setFull] = useState(!compact);
  const [line, setLine] = useState('');
  const [insertState, setInsertState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [choices, setChoices] = useState<CardChoices>({ notForPerson: false, neverForRule: false });
  // What the buttons apply: the ticks as they are now, even before the re-render.
  const ticked = useRef(choices);
  const busy = useRef(false);

  // Into the top layer as a modal, then focus on the safe choice.
  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d || props.inline) return;
    if (!d.open) {
      try {
        d.showModal();
      } catch {
        d.setAttribute('open', ''); // not in a document yet: shown in place, still labelled as modal
      }
    }
    props.onOpen?.(d);
    // Without scrolling: a card taller than the window shows its title first.
    keepEditing.current?.focus({ preventScroll: true });
  }, []);
  // Stepping or unfolding changes the card's size: place it again.
  useLayoutEffect(() => {
    if (dialog.current) props.onOpen?.(dialog.current);
  }, [index, full, status]);
  useLayoutEffect(() => {
    if (status === 'not-sent') close.current?.focus();
  }, [status]);

  const once = (fn: () => void) => () => {
    if (busy.current) return;
    busy.current = true;
    fn();
  };
  const keep = once(() => props.onKeepEditing(ticked.current));
  const onKeyDown = (e: KeyboardEvent) => modalKeyDown(e, dialog.current, status === 'not-sent' ? () => props.onClose?.() : keep);

  const item = items[Math.min(index, items.length - 1)];
  const rule = item?.rule ?? '';
  const pitch = PITCH.has(rule);
  const where: 'start' | 'end' = pitch ? 'start' : 'end';
  const questions = (item?.questions ?? []).slice(0, full ? 2 : 1);

  const insert = async () => {
    const text = line.trim();
    if (!text) return;
    setInsertState('busy');
    const ok = await props.onInsert(text, where);
    setInsertState(ok ? 'idle' : 'failed');
  };

  const title = recipientName ? t(`composer_card_title_${variant % 3}_name` as 'composer_card_title_0_name', recipientName) : t(`composer_card_title_${variant % 3}` as 'composer_card_title_0');
  const rest = items.length - 1 - index;
  const tick = (key: keyof CardChoices) => (e: Event) => {
    ticked.current = { ...ticked.current, [key]: (e.currentTarget as HTMLInputElement).checked };
    setChoices(ticked.current);
  };

  return (
    <dialog
      ref={dialog}
      open={props.inline ? true : undefined}
      class={`tv card ${theme} variant-${variant % 3}${full ? '' : ' compact'}${props.inline ? ' inline' : ''}`}
      aria-labelledby="tv-card-title"
      aria-describedby="tv-card-finding"
      onKeyDown={onKeyDown}
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="tv-card-title">{title}</h2>
      {item && (
        <div id="tv-card-finding" class="finding">
          <div class="label">{item.title}</div>
          {full && <p>{item.detail}</p>}
          {item.words.length > 0 && (!full || !TEMPLATE.has(rule)) && (
            <p>
              {t('composer_card_triggered_by')} <MarkedWords words={item.words} />
            </p>
          )}
          {full && TEMPLATE.has(rule) && item.spans.length > 0 && (
            <>
              <p class="hint" id="tv-card-draft-label">
                {t('composer_card_draft_marked')}
              </p>
              <blockquote class="draft" aria-labelledby="tv-card-draft-label">
                <DraftMarked text={props.draft} spans={item.spans} />
              </blockquote>
            </>
          )}
          {item.note && <p class="hint">{item.note}</p>}
        </div>
      )}
      {items.length > 1 && full && (
        <button type="button" class="link step" onClick={() => setIndex(rest > 0 ? index + 1 : 0)}>
          {rest > 0 ? tn('composer_card_more', rest) : t('composer_card_back_to_first')}
        </button>
      )}
      {questions.length > 0 && (
        <>
          <h3 id="tv-card-questions">{pitch ? t('composer_card_questions_pitch') : t('composer_card_questions')}</h3>
          <ul class="questions" aria-labelledby="tv-card-questions">
            {questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      )}
      {full && (
        <>
          <label for="tv-card-line">{pitch ? t('composer_card_opening_label') : t('composer_card_line_label')}</label>
          <textarea id="tv-card-line" value={line} onInput={(e) => setLine((e.currentTarget as HTMLTextAreaElement).value)} aria-describedby="tv-card-line-hint" />
          <div class="hint" id="tv-card-line-hint">
            {pitch ? t('composer_card_opening_hint') : t('composer_card_line_hint')}
          </div>
          <div class="insert-row">
            <button type="button" onClick={insert} disabled={!line.trim() || insertState === 'busy'}>
              {pitch ? t('composer_card_insert_start') : t('composer_card_insert')}
            </button>
            <span class="status" role="status" aria-live="polite">
              {insertState === 'failed' ? t('composer_card_insert_failed') : ''}
            </span>
          </div>
        </>
      )}
      {status === 'not-sent' ? (
        <>
          <p class="alert" role="alert">
            {t('composer_card_not_sent')}
          </p>
          <div class="buttons">
            <button type="button" class="primary" ref={close} onClick={() => props.onClose?.()}>
              {t('common_close')}
            </button>
          </div>
        </>
      ) : (
        <>
          {full && (
            <fieldset class="remember" aria-describedby="tv-card-remember-hint">
              <legend>{t('composer_card_remember_label')}</legend>
              {props.canTrustPerson && (
                <label class="check">
                  <input type="checkbox" checked={choices.notForPerson} onChange={tick('notForPerson')} />
                  {recipientName ? t('composer_card_not_for_person_name', recipientName) : t('composer_card_not_for_person')}
                </label>
              )}
              <label class="check">
                <input type="checkbox" checked={choices.neverForRule} onChange={tick('neverForRule')} />
                {t('composer_card_never_for_rule', props.siteName)}
              </label>
              <div class="hint" id="tv-card-remember-hint">
                {t('composer_card_remember_hint')}
              </div>
            </fieldset>
          )}
          <div class="buttons">
            <button type="button" class="primary" ref={keepEditing} onClick={keep}>
              {t('composer_card_keep_editing')}
            </button>
            {!full && (
              <button type="button" onClick={() => setFull(true)}>
                {t('composer_card_show_more')}
              </button>
            )}
            <span class="spacer" />
            <button type="button" onClick={once(() => props.onSendAnyway(ticked.current))}>
              {t('composer_card_send_anyway')}
            </button>
          </div>
          <p class="status" role="status" aria-live="polite">
            {status === 'sending' ? t('composer_card_sending') : ''}
          </p>
        </>
      )}
    </dialog>
  );
}
