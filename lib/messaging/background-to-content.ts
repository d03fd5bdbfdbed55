/**
 * Background → content script (sent to a tab). Only the background sends these; a content script
 * answers only messages from its own extension that do not come from a tab.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { PageDiagnostic } from '../sites/kit/diagnostic';
import type { AnswerGroupItem, GroupDialogState } from './types';

export interface BackgroundToContent {
  getGroupDialogs(): GroupDialogState[];
  answerGroupItem(data: AnswerGroupItem): GroupDialogState[];
  /** "Not working here?": the page's structure around composers and dialogs (top frame answers; no text, no names). */
  getDiagnostic(): PageDiagnostic;
  /** A popup opened before this tab's first health report: every frame reports now. */
  reportHealthNow(): void;
}

/** Only the extension itself (the background) may ask a tab anything: not a page, not another tab. */
export function fromBackground(sender: { id?: string; tab?: unknown } | undefined): boolean {
  return !!sender && sender.tab === undefined && sender.id === browser.runtime.id;
}

const messenger = defineExtensionMessaging<BackgroundToContent>();

/** Used by the background. */
export const sendToTab = messenger.sendMessage;
/** Used by the content scripts. */
export const onBackgroundMessage = messenger.onMessage;
export const removeBackgroundListeners = messenger.removeAllListeners;
