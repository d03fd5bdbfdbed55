/** Every user-visible string exists in English and German: the key sets of every locale file agree. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('assets/locales');
const langs = readdirSync(root).sort();
type Catalog = Record<string, { message: string }>;
const read = (lang: string, file: string): Catalog => JSON.parse(readFileSync(join(root, lang, file), 'utf8')) as Catalog;
const files = (lang: string) => readdirSync(join(root, lang)).filter((f) => f.endsWith('.json')).sort();
const placeholders = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort();

describe('locales', () => {
  it('has English and German', () => {
    expect(langs).toEqual(expect.arrayContaining(['en', 'de']));
  });

  it('has the same locale files in every language', () => {
    for (const lang of langs) expect(files(lang), lang).toEqual(files('en'));
  });

  for (const lang of langs.filter((l) => l !== 'en')) {
    for (const file of files('en')) {
      it(`${lang}/${file} has exactly the keys of en/${file}`, () => {
        const en = Object.keys(read('en', file)).sort();
        const other = Object.keys(read(lang, file)).sort();
        expect({ missing: en.filter((k) => !other.includes(k)), extra: other.filter((k) => !en.includes(k)) }).toEqual({ missing: [], extra: [] });
      });

      it(`${lang}/${file} uses the same placeholders as en/${file}`, () => {
        const en = read('en', file);
        const other = read(lang, file);
        for (const [key, { message }] of Object.entries(en)) {
          if (other[key]) expect(placeholders(other[key].message), key).toEqual(placeholders(message));
        }
      });
    }
  }

  it('uses valid message keys and non-empty messages everywhere', () => {
    for (const lang of langs) {
      for (const file of files(lang)) {
        for (const [key, value] of Object.entries(read(lang, file))) {
          expect(key, `${lang}/${file}`).toMatch(/^[A-Za-z0-9_]+$/);
          expect(typeof value.message, `${lang}/${file}: ${key}`).toBe('string');
        }
      }
    }
  });

  it('prefixes the pages strings with popup_ or options_', () => {
    for (const key of Object.keys(read('en', 'pages.json'))) expect(key).toMatch(/^(popup|options)_/);
  });
});
