/**
 * Message keys, derived from the English locale sources (type-only: nothing is bundled).
 * Add a locale area here when you add a file under assets/locales/en/.
 */
type Catalog<T> = keyof T & string;

export type MessageKey =
  | Catalog<typeof import('../../assets/locales/en/core.json')>
  | Catalog<typeof import('../../assets/locales/en/analysis.json')>
  | Catalog<typeof import('../../assets/locales/en/composer.json')>
  | Catalog<typeof import('../../assets/locales/en/group.json')>
  | Catalog<typeof import('../../assets/locales/en/pages.json')>
  | Catalog<typeof import('../../assets/locales/en/sites.json')>
  | Catalog<typeof import('../../assets/locales/en/welcome.json')>;

/** A translatable message: a key plus positional substitutions ($1 … $9). */
export interface MessageRef {
  key: MessageKey;
  params?: string[];
}
