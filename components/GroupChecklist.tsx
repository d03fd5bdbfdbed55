/**
 * The group consent checklist: shown when the user confirms adding or inviting people to a
 * group. A modal <dialog> opened with showModal(), so it sits in the top layer — above the site's
 * own dialog (even a native modal one, or one centred with a transform, clipped by overflow or in
 * a stacking context) — and the page is inert while it asks (focus moves in, Tab stays in,
 * Escape = Cancel). The runtime places it near the site's dialog (onOpen). Presentational and
 * controlled: the ticks come in as props (the content runtime owns them, so the popup can tick
 * the same list), events go out. Never sends anything itself: the personal invitation is only
 * shown and, on the user's click, handed to onCopy.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { firstName } from '../lib/analysis/messages';
import type { Site } from '../lib/analysis/types';
import { t } from '../lib/i18n';
import { modalKeyDown } from './modal';
import type { Theme } from './types';
import { checklistItems, missingAnswers, requiredAnswers, type Answer, type ChecklistPerson, type DialogKind } from '../lib/consent';

export interface GroupChecklistProps {
  kind: DialogKind;
  groupName: string;
  people: ChecklistPerson[];
  formatDate(at: number): string;
  /** The ledger answer is still on its way: Continue waits. */
  loading?: boolean;
  /** Why the last Continue did nothing. */
  alert?: 'changed' | 'no-control';
  onToggle(personKey: string, answer: Answer, checked: boolean): void;
  /** Copy the user's invitation text (on their click); resolves false when the clipboard refused. */
  onCopy(personKey: string, text: string): Promise<boolean>;
  onContinue(): void;
  onCancel(): void;
  /** The site (for the invitation's du/Sie when the person's is not known). */
  site?: Site;
  /** Take one person out of the site's selection (absent: the dialog cannot, or only one is left). */
  onRemove?(personKey: string): void;
  /** What the last removal did. */
  notice?: { kind: 'removed' | 'remove-failed'; name: string };
  /** The dialog is open in the top layer: the runtime places it (and again whenever its size changes). */
  onOpen?(dialog: HTMLDialogElement): void;
  /** Light or dark, from the page behind the site's dialog. */
  theme?: Theme;
}

function title(kind: DialogKind, groupName: string): string {
  const name = groupName.trim();
  if (kind === 'chat-add') return name ? t('group_title_add', name) : t('group_title_add_unnamed');
  if (kind === 'page-invite') return name ? t('group_title_page', name) : t('group_title_page_unnamed');
  return name ? t('group_title_invite', name) : t('group_title_invite_unnamed');
}

/**
 * The personal invitation, in the register the user and the person use: "du" where that is known,
 * or where it is the site's norm (Facebook, XING) — "Sie" only where it is (LinkedIn) and nothing
 * else is known. English reads the same either way.
 */
export function invitationTemplate(kind: DialogKind, groupName: string, personName: string, register: 'du' | 'sie' = 'sie'): string {
  const name = firstName(personName) ?? personName.trim();
  const group = groupName.trim() || '…';
  const du = register === 'du';
  if (kind === 'chat-add') return du ? t('group_invite_template_chat_du', name, group) : t('group_invite_template_chat', name, group);
  if (kind === 'page-invite') return du ? t('group_invite_template_page_du', name, group) : t('group_invite_template_page', name, group);
  return du ? t('group_invite_template_group_du', name, group) : t('group_invite_template_group', name, group);
}

/** The register a site's people expect when nothing else is known. */
export const siteRegister = (site: Site | undefined): 'du' | 'sie' => (site === 'facebook' || site === 'xing' ? 'du' : 'sie');

function itemLabel(answer: Answer, person: ChecklistPerson, formatDate: (at: number) => string): string {
  switch (answer) {
    case 'agreed':
      return t('group_item_agreed', person.name);
    case 'topic':
      return t('group_item_topic', person.name);
    case 'wants-back':
      return t('group_item_wants_back', person.name, formatDate(person.leftAt ?? 0));
    default:
      return '';
  }
}

interface InviteProps {
  id: string;
  kind: DialogKind;
  groupName: string;
  person: ChecklistPerson;
  onCopy: GroupChecklistProps['onCopy'];
  register: 'du' | 'sie';
}

/** "Write <Name> a personal invitation instead": an editable text the user copies and sends. */
function Invitation({ id, kind, groupName, person, onCopy, register }: InviteProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(() => invitationTemplate(kind, groupName, person.name, person.register ?? register));
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  const first = firstName(person.name) ?? person.name.trim();

  useEffect(() => {
    const el = area.current;
    if (!open || !el) return;
    el.focus();
    // The "…" is the part only the user can write: select it so typing replaces it.
    const gap = el.value.indexOf('…');
    if (gap >= 0) el.setSelectionRange(gap, gap + 1);
  }, [open]);

  const copy = async () => {
    const ok = await onCopy(person.key, text);
    setState(ok ? 'copied' : 'failed');
    if (!ok) area.current?.select();
  };

  return (
    <div class="invite">
      <button type="button" class="link" aria-expanded={open ? 'true' : 'false'} aria-controls={`${id}-box`} onClick={() => setOpen(!open)}>
        {t('group_invite_toggle', first)}
      </button>
      {open && (
        <div id={`${id}-box`}>
          <label for={`${id}-text`}>{t('group_invite_label', first)}</label>
          <textarea
            id={`${id}-text`}
            ref={area}
            value={text}
            aria-describedby={`${id}-hint`}
            onInput={(e) => {
              setText((e.currentTarget as HTMLTextAreaElement).value);
              setState('idle');
            }}
          />
          <div class="hint" id={`${id}-hint`}>
            {t('group_invite_hint', first)}
          </div>
          <div class="insert-row">
            <button type="button" onClick={() => void copy()} disabled={!text.trim()}>
              {t('group_invite_copy')}
            </button>
            <span class="status" role="status" aria-live="polite">
              {state === 'copied' ? t('group_invite_copied', first) : state === 'failed' ? t('group_invite_copy_failed') : ''}
            </span>
          </div>
        </div>
      )}
    </div>
  );
}

export function GroupChecklist(props: GroupChecklistProps) {
  const { kind, groupName, people, formatDate, loading = false, alert } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelled = useRef(false);

  // Into the top layer as a modal, placed, then focus on the first item to answer.
  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) {
      try {
        d.showModal();
      } catch {
        d.setAttribute('open', ''); // not in a document yet: shown in place
      }
    }
    props.onOpen?.(d);
    const el = d.querySelector<HTMLElement>('input[type="checkbox"]') ?? d.querySelector<HTMLElement>('button');
    // Without scrolling: a checklist taller than the window shows its title first.
    el?.focus({ preventScroll: true });
  }, []);

  const cancel = () => {
    if (cancelled.current) return;
    cancelled.current = true;
    props.onCancel();
  };

  const onKeyDown = (e: KeyboardEvent) => modalKeyDown(e, dialog.current, cancel);

  const missing = missingAnswers(kind, people);
  const ready = !loading && missing.length === 0 && alert !== 'changed';
  const summary = loading
    ? t('group_loading')
    : missing.length > 0
      ? t('group_missing', missing.map(({ person, answer }) => (answer === 'wants-back' ? t('group_short_wants_back', person.name) : t('group_short_agreed', person.name))).join(', '))
      : t('group_ready');

  return (
    <dialog
      ref={dialog}
      class={`tv card group ${props.theme ?? ''}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby="tv-group-title"
      aria-describedby="tv-group-intro"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        // The browser's own close request (Escape that reached the dialog): Cancel, never a bare close.
        e.preventDefault();
        cancel();
      }}
    >
      <h2 id="tv-group-title">{title(kind, groupName)}</h2>
      <p id="tv-group-intro">{kind === 'chat-add' ? t('group_intro_add') : t('group_intro_invite')}</p>
      <ul class="people" aria-label={t('group_people_label')}>
        {people.map((person, i) => {
          const id = `tv-group-p${i}`;
          const required = requiredAnswers(kind, person.leftAt);
          const items = checklistItems(person.leftAt);
          return (
            <li key={person.key} class={person.leftAt !== undefined ? 'person left' : 'person'}>
              <fieldset aria-labelledby={`${id}-name`}>
                <h3 id={`${id}-name`}>
                  {person.name}
                  {person.leftAt !== undefined && (
                    <span class="badge">
                      <span aria-hidden="true">⛔ </span>
                      {t('group_left_badge', formatDate(person.leftAt))}
                    </span>
                  )}
                </h3>
                {person.leftAt !== undefined && <p class="stop-note">{t('group_hard_stop', person.name)}</p>}
                {items.map((answer) => {
                  const isRequired = required.includes(answer);
                  return (
                    <label class={answer === 'wants-back' ? 'check stop' : 'check'} key={answer} for={`${id}-${answer}`}>
                      <input
                        type="checkbox"
                        id={`${id}-${answer}`}
                        checked={person.answers.includes(answer)}
                        aria-required={isRequired ? 'true' : undefined}
                        onChange={(e) => props.onToggle(person.key, answer, (e.currentTarget as HTMLInputElement).checked)}
                      />
                      <span>
                        {itemLabel(answer, person, formatDate)}
                        {isRequired && <span class="req"> ({t('group_required')})</span>}
                      </span>
                    </label>
                  );
                })}
                <Invitation id={id} kind={kind} groupName={groupName} person={person} onCopy={props.onCopy} register={siteRegister(props.site)} />
                {props.onRemove && (
                  <button type="button" class="link remove" onClick={() => props.onRemove?.(person.key)}>
                    {t('group_remove_person', person.name)}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
      {alert && (
        <p class="alert" role="alert">
          {alert === 'changed' ? t('group_changed') : t('group_no_control')}
        </p>
      )}
      <p class="summary" id="tv-group-summary" aria-live="polite">
        {props.notice && `${props.notice.kind === 'removed' ? t('group_removed', props.notice.name) : t('group_remove_failed', props.notice.name)} `}
        {summary}
      </p>
      <div class="buttons">
        <button type="button" class="primary" onClick={cancel}>
          {t('group_cancel')}
        </button>
        <span class="spacer" />
        <button type="button" disabled={!ready} aria-describedby="tv-group-summary" onClick={() => ready && props.onContinue()}>
          {t('group_continue')}
        </button>
      </div>
    </dialog>
  );
}
