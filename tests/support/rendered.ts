// Renders a saved page the way a browser shows it, for rule tests: happy-dom runs the page's own
// inline scripts (which may move or delete data), with the page-data script installed first, as
// the extension's runs at document_start. Reading then goes through the real channel.
import { Window as HappyWindow } from 'happy-dom';
import { readPageData } from '../../lib/page-data/read';
import { servePageData } from '../../lib/page-data/serve';
import type { PageData, PageDataSource } from '../../rules/sites/types';

export interface RenderedPage {
  document: Document;
  window: HappyWindow;
  /** What the order content script gets from the page-data script, asked now. */
  pageData: () => PageData;
  close(): Promise<void>;
}

type PageWindow = Window & typeof globalThis;

export interface RenderOptions {
  /** The page-data script's configuration (none: the extension has none on this page). */
  source?: PageDataSource;
  /** Tampers with the page's world before its scripts run, as a hostile page would. */
  beforeScripts?: (win: PageWindow) => void;
  /** Bodies of the requests the page makes, by a part of their URL; anything else is a 404. */
  responses?: Record<string, string>;
}

export async function renderPage(
  html: string,
  url: string,
  options: RenderOptions = {},
): Promise<RenderedPage> {
  const { source, beforeScripts, responses = {} } = options;
  const window: HappyWindow = new HappyWindow({
    url,
    settings: {
      fetch: {
        disableSameOriginPolicy: true,
        interceptor: {
          // Nothing leaves the test: the page's requests are answered from `responses`.
          beforeAsyncRequest: ({ request }) => {
            const key = Object.keys(responses).find((part) => request.url.includes(part));
            const headers = { 'content-type': 'application/json' };
            return Promise.resolve(
              key
                ? new window.Response(responses[key], { headers })
                : new window.Response('', { status: 404 }),
            );
          },
        },
      },
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  const win = window as unknown as PageWindow;
  if (source) servePageData(source, win);
  beforeScripts?.(win);
  // A test fixture, rendered in happy-dom: this is the point of the helper (never in the extension).
  // eslint-disable-next-line no-unsanitized/method
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return {
    document: window.document as unknown as Document,
    window,
    pageData: () => readPageData(win),
    close: () => window.happyDOM.close(),
  };
}
