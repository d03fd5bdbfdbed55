// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layer boundaries from DESIGN.md, enforced by lint rather than review. */
const noImport = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/.cache/**', 'tests/fixtures/**/*.bundle.js'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never write HTML from strings: pages are full of other people\'s text.' },
        { selector: "CallExpression[callee.name='fetch']", message: 'Taktvoll makes no network requests.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/analysis/**'],
    rules: {
      'no-restricted-imports': noImport(['wxt', 'wxt/*', '#imports', 'dexie', 'preact', 'preact/*', '**/db/**', '**/sites/**', '**/content/**', 'node:*'], 'lib/analysis is pure: no browser, DOM, storage or Node APIs.'),
      'no-restricted-globals': ['error', 'document', 'window', 'location', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['lib/content/**', 'lib/sites/**', 'entrypoints/*.content/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', '**/lib/db', '**/lib/db/**', '../db/**', '../../lib/db/**', '**/entrypoints/background/**', '**/entrypoints/popup/**', '**/entrypoints/options/**', '**/lib/background/**', '**/background/**'], message: 'Dexie and the background live in the background only: use the message protocol.' },
            { group: ['zod', 'zod/*', '**/storage/settings-item', '**/messaging/schemas'], allowTypeImports: true, message: 'Keep zod out of content scripts (≤ 60 KB gzipped): the background validates; check by hand here.' },
            { regex: '(^|/)analysis(/index)?$|/analysis/model/', allowTypeImports: true, message: 'The learned model stays out of content scripts (≤ 60 KB gzipped): import lib/analysis/core; the background scores drafts.' },
            { regex: '(^|/)memory(/index)?$', message: 'The send memory stays in the background: ask it with judgeDraft.' },
            { regex: '/messaging/page-to-background$', message: 'Content scripts may not send what only the extension pages may ask (the background refuses it anyway).' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/lib/content', '**/lib/content/**', '../lib/content/**'], message: 'Components are presentational: nothing from the content runtime (consent rules live in lib/consent).' },
            { group: ['**/messaging/*-to-*', 'wxt/browser', 'dexie', '**/lib/db/**', '**/lib/background/**'], message: 'Components make no browser API calls: props in, events out.' },
            { regex: '(^|/)analysis(/index)?$|/analysis/model/', allowTypeImports: true, message: 'The learned model stays out of components (they render in content scripts too).' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/content/**'],
    // The runtime stays in pieces a reader can hold in their head (the map is at the top of runtime.ts).
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  {
    files: ['lib/consent/**', 'lib/memory/**', 'lib/relations/**', 'lib/fatigue/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['wxt', 'wxt/*', '#imports', 'dexie', 'preact', 'preact/*', '**/db/**', '**/sites/**', '**/content/**', '**/background/**', 'node:*'], allowTypeImports: true, message: 'Pure: no browser, DOM, storage or Node APIs.' }] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'location', 'navigator', 'localStorage', 'indexedDB', 'chrome', 'browser'],
    },
  },
  {
    files: ['entrypoints/popup/**', 'entrypoints/options/**', 'lib/pages/**'],
    rules: {
      'no-restricted-imports': noImport(['**/messaging/content-to-background', '**/lib/background/**', '**/lib/content/**', 'dexie', '**/lib/db/**'], 'Extension pages talk to the background through page-to-background only.'),
    },
  },
  {
    files: ['lib/db/**', 'lib/background/**', 'entrypoints/background/**'],
    rules: {
      'no-restricted-imports': noImport(['preact', 'preact/*', '**/components/**', '**/lib/content/**', '**/lib/sites/**'], 'The background has no UI and no DOM.'),
      'no-restricted-globals': ['error', 'document', 'window'],
    },
  },
  {
    files: ['tests/**', '**/*.config.{js,ts}', 'lib/cli/**'],
    // Tests build fixture pages from markup on purpose; the product code may not.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-restricted-syntax': 'off' },
  },
);
