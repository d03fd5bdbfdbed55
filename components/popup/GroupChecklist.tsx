/** The group checklist for a dialog open on the current tab (answers go back to the tab). */
import { t } from '../../lib/i18n';
import type { GroupDialogState } from '../../lib/messaging/protocol';

export interface GroupChecklistProps {
  dialog: GroupDialogState;
  formatDate: (at: number) => string;
  onToggle: (personKey: string, item: string, checked: boolean) => void;
}

export function GroupChecklist({ dialog, formatDate, onToggle }: GroupChecklistProps) {
  const groupName = dialog.groupName || t('popup_group_unnamed');
  return (
    <div class="tv-group" data-dialog={dialog.id}>
      <p>{t('popup_group_intro', groupName)}</p>
      {dialog.people.map((person) => {
        const items: { item: string; label: string }[] = [
          { item: 'agreed', label: t('popup_group_item_agreed', person.name) },
          { item: 'topic', label: t('popup_group_item_topic', person.name) },
        ];
        if (person.leftAt !== undefined) {
          items.push({ item: 'wants-back', label: t('popup_group_item_wants_back', person.name, formatDate(person.leftAt)) });
        }
        return (
          <fieldset class="tv-group__person" key={person.key}>
            <legend>{person.name}</legend>
            {items.map(({ item, label }) => (
              <label class="tv-check" key={item}>
                <input
                  type="checkbox"
                  checked={person.answers.includes(item)}
                  onChange={(e) => onToggle(person.key, item, (e.currentTarget as HTMLInputElement).checked)}
                />{' '}
                {label}
              </label>
            ))}
          </fieldset>
        );
      })}
      {dialog.held && <p class="tv-note">{t('popup_group_held')}</p>}
    </div>
  );
}
