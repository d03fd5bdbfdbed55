/**
 * The pause card: shown when a flagged draft is sent. A modal dialog with focus management
 * (focus moves in, Tab stays in, Escape = keep editing). Presentational: props in, events out.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { MarkedWords } from './MarkedWords';
import { modalKeyDown } from './modal';
import type { CueItem } from './types';

export interface PauseCardProps {
  recipientName?: string;
  items: CueItem[];
  questions: string[];
  /** 0, 1, 2: the card's look varies so it is not blindly clicked away. */
  variant: number;
  /** How many cards were already shown today (escalation when repeated). */
  shownToday: number;
  onSendAnyway(): void;
  onKeepEditing(): void;
  onNotForPerson?(): void;
  onNeverForRule(): void;
  /** Write the user's own line into the composer; resolves true when verified. */
  onInsert(text: string): Promise<boolean>;
  /** 'sending': the site's send was re-triggered and we wait for it; 'not-sent': it did not go out. */
  status?: 'sending' | 'not-sent';
  /** Close the card after "not sent". */
  onClose?(): void;
}

export function PauseCard(props: PauseCardProps) {
  const { recipientName, items, questions, variant, shownToday, status } = props;
  const dialog = useRef<HTMLDivElement>(null);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const [line, setLine] = useState('');
  const [insertState, setInsertState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const busy = useRef(false);

  // Focus moves into the dialog as soon as it exists, and to Close when the send did not go out.
  useLayoutEffect(() => {
    keepEditing.current?.focus();
  }, []);
  useLayoutEffect(() => {
    if (status === 'not-sent') close.current?.focus();
  }, [status]);

  const once = (fn: () => void) => () => {
    if (busy.current) return;
    busy.current = true;
    fn();
  };

  const onKeyDown = (e: KeyboardEvent) => modalKeyDown(e, dialog.current, status === 'not-sent' ? () => props.onClose?.() : once(props.onKeepEditing));

  const insert = async () => {
    const text = line.trim();
    if (!text) return;
    setInsertState('busy');
    const ok = await props.onInsert(text);
    setInsertState(ok ? 'idle' : 'failed');
  };

  const title = recipientName ? t(`composer_card_title_${variant % 3}_name` as 'composer_card_title_0_name', recipientName) : t(`composer_card_title_${variant % 3}` as 'composer_card_title_0');

  return (
    <div class="tv backdrop">
      <div
        ref={dialog}
        class={`card variant-${variant % 3}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby="tv-card-title"
        aria-describedby="tv-card-findings"
        onKeyDown={onKeyDown}
      >
        <h2 id="tv-card-title">{title}</h2>
        {shownToday >= 3 && <p class="escalation">{t('composer_card_escalation', String(shownToday))}</p>}
        <div id="tv-card-findings">
          {items.map((item) => (
            <div class="finding" key={item.rule}>
              <div class="label">{item.title}</div>
              <p>{item.detail}</p>
              {item.words.length > 0 && (
                <p>
                  {t('composer_card_triggered_by')} <MarkedWords words={item.words} />
                </p>
              )}
              {item.note && <p class="hint">{item.note}</p>}
            </div>
          ))}
        </div>
        {questions.length > 0 && (
          <>
            <h3 id="tv-card-questions">{t('composer_card_questions')}</h3>
            <ul class="questions" aria-labelledby="tv-card-questions">
              {questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </>
        )}
        <label for="tv-card-line">{t('composer_card_line_label')}</label>
        <textarea id="tv-card-line" value={line} onInput={(e) => setLine((e.currentTarget as HTMLTextAreaElement).value)} aria-describedby="tv-card-line-hint" />
        <div class="hint" id="tv-card-line-hint">
          {t('composer_card_line_hint')}
        </div>
        <div class="insert-row">
          <button type="button" onClick={insert} disabled={!line.trim() || insertState === 'busy'}>
            {t('composer_card_insert')}
          </button>
          <span class="status" role="status" aria-live="polite">
            {insertState === 'failed' ? t('composer_card_insert_failed') : ''}
          </span>
        </div>
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
            <div class="buttons">
              <button type="button" class="primary" ref={keepEditing} onClick={once(props.onKeepEditing)}>
                {t('composer_card_keep_editing')}
              </button>
              <span class="spacer" />
              <button type="button" onClick={once(props.onSendAnyway)}>
                {t('composer_card_send_anyway')}
              </button>
            </div>
            <p class="status" role="status" aria-live="polite">
              {status === 'sending' ? t('composer_card_sending') : ''}
            </p>
            <div class="remember" role="group" aria-label={t('composer_card_remember_label')}>
              {props.onNotForPerson && (
                <button type="button" class="link" onClick={once(props.onNotForPerson)} aria-describedby="tv-card-remember-hint">
                  {t('composer_card_not_for_person')}
                </button>
              )}
              <button type="button" class="link" onClick={once(props.onNeverForRule)} aria-describedby="tv-card-remember-hint">
                {t('composer_card_never_for_rule')}
              </button>
            </div>
          </>
        )}
        <div class="hint" id="tv-card-remember-hint">
          {t('composer_card_remember_hint')}
        </div>
      </div>
    </div>
  );
}
