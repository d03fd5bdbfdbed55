/**
 * Translation for extension contexts (content scripts, popup, options, background).
 * Uses browser.i18n, so the language follows the browser's UI language. Tests and the CLI
 * install a catalog-backed translator with setTranslator().
 */
import { browser } from 'wxt/browser';
import type { MessageKey, MessageRef } from './keys';

export type { MessageKey, MessageRef } from './keys';

type Translator = (key: string, params?: string[]) => string;

let translator: Translator = (key, params) => {
  try {
    return (browser.i18n.getMessage as (k: string, p?: string[]) => string)(key, params) || key;
  } catch {
    return key;
  }
};

export function setTranslator(next: Translator): void {
  translator = next;
}

export function t(key: MessageKey, ...params: (string | number)[]): string {
  return translator(key, params.map(String));
}

export function tr(ref: MessageRef): string {
  return translator(ref.key, ref.params);
}

/** The UI language the browser gives the extension ("en", "de", …). */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
