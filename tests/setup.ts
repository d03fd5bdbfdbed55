/** Unit-test setup: reset the fake browser and translate with the English catalog. */
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatFrom } from '../lib/i18n/format';
import { setTranslator } from '../lib/i18n';
import { loadCatalog } from '../lib/i18n/node-catalog';

const en = loadCatalog('en');

beforeEach(() => {
  fakeBrowser.reset();
  setTranslator((key, params) => formatFrom(en, key, params));
});
