import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { placeOrderButtons } from '../lib/order-buttons';
import { sendToBackground, watchOrders } from '../lib/order-watch';
import { readPageData } from '../lib/page-data/read';
import { ORDER_PAGE_MATCHES } from '../rules/sites';
import { detectPage } from '../rules/sites/detect';

export default defineContentScript({
  matches: [...ORDER_PAGE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const label = browser.i18n.getMessage('listButton') || '维权';
    const open = (orderId: string) => void sendToBackground({ type: 'order/open', orderId });
    watchOrders(
      ctx,
      // The page's own data is asked for only by the rules that read it (Weidian's getData).
      () => detectPage(location.href, document, { pageData: () => readPageData() }),
      (detection) => {
        if (detection.detected && detection.page === 'order-list') {
          placeOrderButtons(
            detection.orders.map((order) => order.orderId),
            label,
            open,
          );
        }
      },
    );
  },
});
