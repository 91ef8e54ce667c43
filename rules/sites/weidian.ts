// Weidian buyer order pages (platform-pages.md §3). The server injects the page's data as
// `<script id="__rocker-render-inject__" data-obj="<HTML-escaped JSON>">`; the page's own
// scripts copy it into `window.getData` and delete the element, and rows navigate by script
// (no oid= links). So the order is read, most faithful first: from the page's data as its
// scripts hold it (handed over by the page-data script), from the served attribute (saved
// pages), then from visible labels.
import { orderCards, readCard } from './extract/cards';
import { parseJson } from './extract/embedded-object';
import { obj, type Json } from './extract/json-path';
import { labelDetail } from './extract/label-detail';
import type { PageContext, SiteRule, StrategyOutcome } from './types';
import { detailOrder, FIELDS, ID_PARAMS, listOrders } from './weidian/data';
import { DETAIL_MATCHES, isDetailPage, isListPage, LIST_MATCHES } from './weidian/urls';

const STATUS_WORDS = [
  '待付款',
  '待发货',
  '待收货',
  '已发货',
  '待评价',
  '交易成功',
  '交易关闭',
  '已完成',
  '已关闭',
  '退款中',
  '已取消',
  '退款成功',
  '退款关闭',
];

type Failure = Extract<StrategyOutcome, { ok: false }>;

/** The page's data as its scripts hold it, and the list pages they fetched since. */
function fromPage(ctx: PageContext): { sources: Json[] } | Failure {
  const data = ctx.pageData?.() ?? { ok: false, reason: 'unanswered', detail: 'no page data (a saved page)' };
  if (!data.ok)
    return {
      ok: false,
      reason: data.reason === 'malformed' ? 'malformed-order-data' : 'no-order-data',
      detail: data.detail,
      ...(data.reason === 'unanswered' && { unavailable: true }),
    };
  if (!obj(data.value))
    return { ok: false, reason: 'no-order-data', detail: 'window.getData is not an object' };
  return { sources: [data.value, ...data.responses] };
}

/** The served `data-obj` attribute: what a saved page still holds. */
function fromAttribute(doc: Document): { sources: Json[] } | Failure {
  const raw = doc.getElementById('__rocker-render-inject__')?.getAttribute('data-obj');
  if (!raw) return { ok: false, reason: 'no-order-data', detail: 'no __rocker-render-inject__ data-obj' };
  const data = obj(parseJson(raw));
  return data
    ? { sources: [data] }
    : { ok: false, reason: 'malformed-order-data', detail: 'data-obj does not parse' };
}

const listFrom =
  (read: (ctx: PageContext) => { sources: Json[] } | Failure) =>
  (ctx: PageContext): StrategyOutcome => {
    const data = read(ctx);
    return 'sources' in data ? listOrders(data.sources) : data;
  };

const detailFrom =
  (read: (ctx: PageContext) => { sources: Json[] } | Failure) =>
  (ctx: PageContext): StrategyOutcome => {
    const data = read(ctx);
    return 'sources' in data ? detailOrder(data.sources[0], ctx.url) : data;
  };

const fromLabels = labelDetail({
  params: ID_PARAMS,
  statusWords: STATUS_WORDS,
  fields: FIELDS,
  shopType: () => 'weidian',
});

function listFromCards(ctx: PageContext): StrategyOutcome {
  const cards = orderCards(ctx.doc, ID_PARAMS);
  if (cards.length === 0)
    return { ok: false, reason: 'no-order-id', detail: 'no 订单号 label or order link' };
  return {
    ok: true,
    orders: cards.map((card) =>
      readCard(card, { statusWords: STATUS_WORDS, fields: FIELDS, shopType: () => 'weidian' }),
    ),
  };
}

export const weidian: SiteRule = {
  id: 'weidian',
  platform: 'weidian',
  pages: [
    {
      kind: 'order-list',
      matches: LIST_MATCHES,
      test: isListPage,
      strategies: [
        { name: 'page-data', run: listFrom(fromPage) },
        { name: 'rocker-data', run: listFrom((ctx) => fromAttribute(ctx.doc)) },
        { name: 'label-text', run: listFromCards },
      ],
    },
    {
      kind: 'order-detail',
      matches: DETAIL_MATCHES,
      test: isDetailPage,
      strategies: [
        { name: 'page-data', run: detailFrom(fromPage) },
        { name: 'rocker-data', run: detailFrom((ctx) => fromAttribute(ctx.doc)) },
        { name: 'label-text', run: fromLabels },
      ],
    },
  ],
};
