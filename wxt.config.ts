import { defineConfig } from 'wxt';

// The manifest asks for Gmail and nothing broader: the page capture in the popup works through activeTab.
// CLAUSEMATE_OUT_DIR lets a second build (a benchmark, a helper's run) write beside the main one.
export default defineConfig({
  outDir: process.env.CLAUSEMATE_OUT_DIR || '.output',
  modules: ['@wxt-dev/module-react'],
  vite: () => ({
    // Extension pages load their chunks from the extension itself; the polyfill would only add a fetch() to the build.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: ['https://mail.google.com/*'],
    action: { default_title: 'Clausemate' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandTogglePanel__',
      },
      'insert-draft': {
        suggested_key: { default: 'Alt+Shift+I' },
        description: '__MSG_commandInsertDraft__',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'clausemate@clausemate.app', strict_min_version: '115.0' },
    },
  },
});
