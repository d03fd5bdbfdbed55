/**
 * Translation for extension contexts (content scripts, popup, options, background).
 * Uses browser.i18n, so the language follows the browser's UI language. Tests and the CLI
 * install a catalog-backed translator with setTranslator().
 */
import { browser } from 'wxt/browser';
import type { MessageKey, MessageRef } from './keys';

export type { MessageKey, MessageRef } from './keys';

type Translator = (key: string, params?: string[]) => string;

/**
 * What the browser already translated. After an extension update the content script's extension
 * APIs are gone, but a pause card or checklist left open keeps working: its re-renders use the
 * same strings, and these come from here.
 */
const seen = new Map<string, string>();
const MAX_SEEN = 2000;

let translator: Translator = (key, params) => {
  const id = params && params.length ? `${key}\u0000${params.join('\u0000')}` : key;
  try {
    const message = (browser.i18n.getMessage as (k: string, p?: string[]) => string)(key, params);
    if (message) {
      if (seen.size >= MAX_SEEN) seen.clear();
      seen.set(id, message);
      return message;
    }
  } catch {
    /* the extension was updated under us */
  }
  return seen.get(id) ?? key;
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

/** The keys that come as a `_one` / `_other` pair. */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never }[MessageKey];

/**
 * A counted message: `<key>_one` or `<key>_other` by the plural rules of the UI language (English
 * and German have just these two), with the count as $1 and further substitutions after it.
 */
export function tn(key: PluralKey, count: number, ...params: (string | number)[]): string {
  let form = 'other';
  try {
    form = new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? 'one' : 'other';
  } catch {
    form = count === 1 ? 'one' : 'other';
  }
  return t(`${key}_${form}` as MessageKey, count, ...params);
}
