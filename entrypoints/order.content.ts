import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportDetection } from '../lib/report-detection';
import { ORDER_PAGE_MATCHES } from '../rules/sites';
import { detectPage } from '../rules/sites/detect';

export default defineContentScript({
  matches: [...ORDER_PAGE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    reportDetection(ctx, () => detectPage(location.href, document));
  },
});
