/** The group checklist for a dialog open on the current tab (answers go back to the tab). */
import { checklistItems, requiredAnswers, type Answer } from '../../lib/consent';
import { t } from '../../lib/i18n';
import type { GroupDialogState } from '../../lib/messaging/types';

export interface GroupChecklistProps {
  dialog: GroupDialogState;
  formatDate: (at: number) => string;
  onToggle: (personKey: string, item: string, checked: boolean) => void;
}

function label(item: Answer, name: string, leftAt: number | undefined, formatDate: (at: number) => string): string {
  if (item === 'wants-back') return t('popup_group_item_wants_back', name, formatDate(leftAt ?? 0));
  if (item === 'agreed') return t('popup_group_item_agreed', name);
  return t('popup_group_item_topic', name);
}

export function GroupChecklist({ dialog, formatDate, onToggle }: GroupChecklistProps) {
  const groupName = dialog.groupName || t('popup_group_unnamed');
  return (
    <div class="tv-group" data-dialog={dialog.id}>
      <p>{t('popup_group_intro', groupName)}</p>
      {dialog.people.map((person) => {
        const required = requiredAnswers(dialog.kind, person.leftAt);
        return (
          <fieldset class="tv-group__person" key={person.key}>
            <legend>{person.name}</legend>
            {checklistItems(person.leftAt).map((item) => (
              <label class="tv-check" key={item}>
                <input
                  type="checkbox"
                  checked={person.answers.includes(item)}
                  aria-required={required.includes(item) ? 'true' : undefined}
                  onChange={(e) => onToggle(person.key, item, (e.currentTarget as HTMLInputElement).checked)}
                />{' '}
                {label(item, person.name, person.leftAt, formatDate)}
                {required.includes(item) && <span class="tv-req"> ({t('group_required')})</span>}
              </label>
            ))}
          </fieldset>
        );
      })}
      {dialog.held && <p class="tv-note">{t('popup_group_held')}</p>}
    </div>
  );
}
