import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Locale sources live in assets/locales/<lang>/<area>.json (Chrome's messages.json format,
 * one file per area so features don't fight over one big file). They are merged into
 * _locales/<lang>/messages.json at build time.
 */
function mergedLocales(): { lang: string; json: string }[] {
  const dir = resolve('assets/locales');
  return readdirSync(dir).map((lang) => {
    const merged: Record<string, unknown> = {};
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort()) {
      const part = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Record<string, unknown>;
      for (const [key, value] of Object.entries(part)) {
        if (key in merged) throw new Error(`Duplicate locale key ${key} in ${lang}/${file}`);
        merged[key] = value;
      }
    }
    return { lang, json: JSON.stringify(merged) };
  });
}

export default defineConfig({
  imports: false,
  outDir: process.env.TAKTVOLL_OUT_DIR ?? '.output',
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const { lang, json } of mergedLocales()) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: json });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: [
      'https://*.linkedin.com/*',
      'https://*.xing.com/*',
      'https://*.facebook.com/*',
      'https://*.messenger.com/*',
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; connect-src 'none'; form-action 'none'",
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'taktvoll@taktvoll.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    includeSources: [
      'entrypoints/**',
      'components/**',
      'lib/**',
      'assets/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
    ],
  },
});
