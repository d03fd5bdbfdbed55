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

/** Keys in `en` but not in `other` (missing) and the reverse (extra). */
function keyDiff(en: Catalog, other: Catalog): { missing: string[]; extra: string[] } {
  const a = Object.keys(en);
  const b = Object.keys(other);
  return { missing: a.filter((k) => !b.includes(k)).sort(), extra: b.filter((k) => !a.includes(k)).sort() };
}

describe('locales', () => {
  it('the comparison notices a key missing on either side', () => {
    const m = (message: string) => ({ message });
    expect(keyDiff({ a: m('A'), b: m('B') }, { a: m('A') })).toEqual({ missing: ['b'], extra: [] });
    expect(keyDiff({ a: m('A') }, { a: m('A'), c: m('C') })).toEqual({ missing: [], extra: ['c'] });
  });

  it('has English and German', () => {
    expect(langs).toEqual(expect.arrayContaining(['en', 'de']));
  });

  it('has the same locale files in every language', () => {
    for (const lang of langs) expect(files(lang), lang).toEqual(files('en'));
  });

  for (const lang of langs.filter((l) => l !== 'en')) {
    for (const file of files('en')) {
      it(`${lang}/${file} has exactly the keys of en/${file}`, () => {
        expect(keyDiff(read('en', file), read(lang, file))).toEqual({ missing: [], extra: [] });
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

  it('uses every pages string somewhere in the popup and options code (no dead strings to translate)', () => {
    const dirs = ['components', 'entrypoints/popup', 'entrypoints/options', 'lib/pages', 'lib/storage'];
    const source = dirs
      .flatMap((d) => readdirSync(resolve(d), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.tsx?$/.test(e.name)).map((e) => join(e.parentPath, e.name)))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(Object.keys(read('en', 'pages.json')).filter((k) => !source.includes(`'${k}'`))).toEqual([]);
  });

  it('prefixes the pages strings with popup_ or options_', () => {
    for (const key of Object.keys(read('en', 'pages.json'))) expect(key).toMatch(/^(popup|options)_/);
  });

  it('keeps the first-run page’s strings in welcome.json, each used by it', () => {
    const source = ['components/welcome/Welcome.tsx', 'entrypoints/welcome/main.tsx'].map((f) => readFileSync(resolve(f), 'utf8')).join('\n');
    const keys = Object.keys(read('en', 'welcome.json'));
    expect(keys.length).toBeGreaterThan(15);
    for (const key of keys) expect(key).toMatch(/^welcome_/);
    expect(keys.filter((k) => !source.includes(`'${k}'`))).toEqual([]);
  });
});
