import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { hostPermissions } from './lib/sites/registry';

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

/**
 * We never use dangerouslySetInnerHTML (lint forbids writing innerHTML: pages are full of other
 * people's text). Preact's renderer still carries that one innerHTML sink; replace it with a throw
 * so no bundle contains an HTML sink at all (and `web-ext lint` has nothing to warn about).
 */
function noInnerHtmlSink(): Plugin {
  return {
    name: 'taktvoll:no-inner-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const sink = /\((\w+)\.innerHTML=(\w+)\.__html\)/;
      if (!sink.test(code)) throw new Error('preact changed: update noInnerHtmlSink in wxt.config.ts');
      return { code: code.replace(sink, '(()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()'), map: null };
    },
  };
}

/**
 * @webext-core/messaging 4.0.0 sends tab messages with `chrome.tabs.sendMessage(…, res)` and never
 * reads `chrome.runtime.lastError` in that callback. A tab without a listener (no group dialog
 * open, no access to the site) then resolves the promise with undefined instead of rejecting it,
 * and both browsers log the unread error to the console ("Unchecked lastError value: Error: Could
 * not establish connection. Receiving end does not exist." — every 1.5 s while the popup polls).
 * Read it and reject, as the library already does for runtime messages.
 */
function checkedTabMessages(): Plugin {
  return {
    name: 'taktvoll:checked-tab-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]@webext-core[\\/]messaging[\\/]dist[\\/]index\.mjs$/.test(id)) return null;
      const unchecked = 'return new Promise((res) => chrome.tabs.sendMessage(options.tabId, message, options.frameId != null ? { frameId: options.frameId } : void 0, res));';
      if (!code.includes(unchecked)) throw new Error('@webext-core/messaging changed: update checkedTabMessages in wxt.config.ts');
      const checked =
        'return new Promise((resolve, reject) => chrome.tabs.sendMessage(options.tabId, message, options.frameId != null ? { frameId: options.frameId } : void 0, (response) => {' +
        ' if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message)); else resolve(response); }));';
      return { code: code.replace(unchecked, checked), map: null };
    },
  };
}

/**
 * The in-page UI's stylesheets are CSS in template strings (components/styles.ts,
 * components/group/styles.ts) that every content script carries: drop their comments and
 * indentation at build time. Selectors keep their meaning: only the space after a ':' goes (never
 * the one before it, as in `.tv :focus-visible`).
 */
function compactCss(): Plugin {
  const compact = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .trim();
  return {
    name: 'taktvoll:compact-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]components[\\/](group[\\/])?styles\.ts$/.test(id)) return null;
      return { code: code.replace(/`([^`]*)`/g, (_m, css: string) => `\`${compact(css)}\``), map: null };
    },
  };
}

export default defineConfig({
  imports: false,
  outDir: process.env.TAKTVOLL_OUT_DIR ?? '.output',
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [noInnerHtmlSink(), checkedTabMessages(), compactCss(), preact()] }),
  hooks: {
    // The content scripts use no promise-returning extension API (messages go through
    // @webext-core/messaging, which calls chrome.* with callbacks; storage.onChanged, runtime.id
    // and i18n.getMessage are the same everywhere), so they get WXT's plain `browser`
    // (globalThis.browser ?? chrome) instead of webextension-polyfill: ~10 KB less per script.
    //
    // Each content script must stay within 60 KB gzipped: they are minified with terser, which
    // packs them ~1 KB (gzipped) tighter than esbuild; the pages and the worker keep esbuild.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const plain = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      config.resolve = { ...config.resolve, alias: Array.isArray(alias) ? [plain, ...alias] : [plain, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))] };
      // TAKTVOLL_PROFILE_BUILD=1 keeps names readable for `npm run bench:e2e -- --profile`.
      const minify = process.env.TAKTVOLL_PROFILE_BUILD ? false : 'terser';
      config.build = { ...config.build, minify, terserOptions: { ecma: 2022, compress: { ecma: 2022 }, format: { comments: false } } };
    },
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
    // Exactly the content scripts' matches, from the one registry of sites (lib/sites/registry.ts).
    host_permissions: hostPermissions(),
    content_security_policy: {
      // Everything from the extension itself, nothing from anywhere else; no network at all.
      extension_pages: [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'none'",
        "connect-src 'none'",
        "media-src 'none'",
        "frame-src 'none'",
        "worker-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'taktvoll@taktvoll.example',
              // data_collection_permissions (required by AMO) needs Firefox 140 / Firefox for Android 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
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
