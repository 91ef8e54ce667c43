import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { inlineStylesheet } from './scripts/build/inline-stylesheet';

const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

// `npm run build:e2e` builds with --mode e2e: the same extension plus <all_urls>, so headless
// tests can capture tabs without a user gesture. Never shipped.
export default defineConfig({
  // WEIQUAN_OUT_DIR lets parallel work build side by side (tests read the same variable).
  outDir: process.env.WEIQUAN_OUT_DIR ?? '.output',
  imports: false,
  // The popup paints from its own HTML, styles included (see inline-stylesheet.ts).
  vite: () => ({ plugins: [preact(), inlineStylesheet('popup')] }),
  webExt: { disabled: true },
  // The sources zip comes from `git archive` (scripts/store-package.ts), not the working tree.
  zip: { zipSources: false },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab: the popup may read the current tab's address (to offer number marks there);
    // scripting: number marks on sites the shopper turns on, within optional host permissions.
    // contextMenus: "保存为证据" on selected text and a screenshot item (each grants activeTab).
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'activeTab',
      'scripting',
      'contextMenus',
      // offscreen (Chrome): stitching full-page captures off the service worker; Firefox's
      // background page has a DOM and stitches there.
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    commands: {
      'capture-visible': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandCaptureVisible__',
      },
    },
    host_permissions: mode === 'e2e' ? ['<all_urls>'] : [],
    // 「在此网站标记号码」: a site the shopper adds is asked for at that moment, one host at a time.
    // Firefox's build is MV2, where WXT drops optional_host_permissions: origins go in
    // optional_permissions there, or permissions.request refuses every site.
    optional_host_permissions: ['*://*/*'],
    ...(browser === 'firefox' && { optional_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    // The casebook hashes evidence over 128 MB with hash-wasm: WebAssembly from the extension's own
    // files. 'wasm-unsafe-eval' lets a page compile WASM only, never evaluate JS strings.
    content_security_policy:
      browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'weiquan-helper@weiquan.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // Clonable shadow roots (number marks are cloned whole from one template) came in 124.
        { minimum_chrome_version: '124' }),
  }),
});
