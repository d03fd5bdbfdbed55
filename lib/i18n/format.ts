/** Chrome/Firefox messages.json format, and its substitution rules, without a browser. */
export type MessagesJson = Record<string, { message: string; description?: string }>;

/** Replace $1 … $9 with substitutions and $$ with $, as browser.i18n.getMessage does. */
export function substitute(message: string, params: readonly string[] = []): string {
  return message.replace(/\$(\$|[1-9])/g, (_m, g: string) => (g === '$' ? '$' : (params[Number(g) - 1] ?? '')));
}

export function formatFrom(catalog: MessagesJson, key: string, params?: readonly string[]): string {
  const entry = catalog[key];
  return entry ? substitute(entry.message, params) : key;
}
