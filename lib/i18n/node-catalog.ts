/** Node-only: load a merged locale catalog from assets/locales (for the CLI, eval and tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessagesJson } from './format';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../assets/locales');

export function loadCatalog(lang: string): MessagesJson {
  const dir = join(root, lang);
  const merged: MessagesJson = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    Object.assign(merged, JSON.parse(readFileSync(join(dir, file), 'utf8')) as MessagesJson);
  }
  return merged;
}

export function availableLocales(): string[] {
  return readdirSync(root);
}
