/**
 * The popup's view of the group checklist, through the background (background → content:
 * getGroupDialogs / answerGroupItem). Only the extension itself may ask, and a tick is checked by
 * hand (zod stays out of content scripts): an item the checklist does not have changes nothing.
 */
import { isAnswer, type Answer } from '../../consent';
import { fromBackground, onBackgroundMessage } from '../../messaging/background-to-content';
import type { AnswerGroupItem, GroupDialogState } from '../../messaging/types';
import type { Site } from '../../analysis/types';
import type { ChecklistHold } from './hold';
import type { DialogSession } from './session';

type Session = DialogSession<ChecklistHold>;

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

export function parseAnswerGroupItem(data: unknown): AnswerGroupItem & { item: Answer } {
  const d = (data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || !str(d.dialogId, 100) || !str(d.personKey, 300) || typeof d.item !== 'string' || !isAnswer(d.item) || typeof d.checked !== 'boolean') {
    throw new Error('answerGroupItem: invalid payload');
  }
  return { dialogId: d.dialogId, personKey: d.personKey, item: d.item, checked: d.checked };
}

export function popupStates(site: Site, sessions: Iterable<Session>): GroupDialogState[] {
  return [...sessions].map((s) => ({
    id: s.id,
    site,
    groupName: s.dialog.groupName,
    kind: s.dialog.kind,
    people: s.people(s.hold ? s.hold.people : s.current),
    held: s.hold !== null,
  }));
}

/** Listen for the background's questions; returns the way to stop. */
export function listenForPopup(site: () => Site, sessions: () => Iterable<Session>): () => void {
  const offs = [
    onBackgroundMessage('getGroupDialogs', ({ sender }) => {
      if (!fromBackground(sender)) throw new Error('refused: not from this extension');
      return popupStates(site(), sessions());
    }),
    onBackgroundMessage('answerGroupItem', ({ data, sender }) => {
      if (!fromBackground(sender)) throw new Error('refused: not from this extension');
      const a = parseAnswerGroupItem(data);
      for (const s of sessions()) {
        if (s.id !== a.dialogId) continue;
        s.setAnswer(a.personKey, a.item, a.checked);
        s.hold?.render();
      }
      return popupStates(site(), sessions());
    }),
  ];
  return () => offs.forEach((off) => off());
}
