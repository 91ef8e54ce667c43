import { defineContentScript } from 'wxt/utils/define-content-script';
import { servePageData } from '../lib/page-data/serve';
import { WEIDIAN_PAGE_DATA } from '../rules/sites/weidian/urls';

// In the page's own world, from before its scripts run: Weidian keeps its order data in
// window.getData, out of the isolated content script's reach (lib/page-data/channel.ts).
export default defineContentScript({
  matches: [...WEIDIAN_PAGE_DATA.matches],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    servePageData(WEIDIAN_PAGE_DATA);
  },
});
