// The page-data script's side of the channel (channel.ts). It runs in the page's own world from
// document_start, before the page's scripts, so it can take the natives it needs untouched and
// see the list pages the page fetches later. It answers each request with the page's global
// (Weidian: window.getData) and those later pages, as JSON text within LIMITS.
/* eslint-disable @typescript-eslint/unbound-method -- the page's natives are taken unbound on
   purpose, before its scripts run, and always called through Reflect.apply */
import type { PageDataSource } from '../../rules/sites/types';
import { LIMITS, REPLY_EVENT, REQUEST_EVENT } from './channel';
import { captureNatives, serialize, type Natives } from './serialize';

type PageWindow = Window & typeof globalThis;

export function servePageData(source: PageDataSource, win: PageWindow = window): void {
  const natives = captureNatives();
  const apply = Reflect.apply;
  const { addEventListener, dispatchEvent } = win.EventTarget.prototype;
  const Custom = win.CustomEvent;
  const responses = natives.list<string>();
  watchResponses(win, source, natives, responses);

  // Built by concatenation, never by the page's Array.prototype.join.
  const answer = (): string => {
    let kept = '';
    for (let i = 0; i < responses.length; i++) kept += `${i > 0 ? ',' : ''}${responses[i]!}`;
    const head = `"global":${natives.quote(source.global)},"responses":[${kept}]`;
    if (natives.isAccessor(win, source.global)) return `{${head},"error":"is an accessor"}`;
    const value = natives.ownValue(win, source.global);
    if (value === undefined) return `{${head}}`;
    try {
      const { json, truncated } = serialize(value, natives);
      return `{${head},"value":${json}${truncated ? ',"truncated":true' : ''}}`;
    } catch {
      // A proxy trap threw: its error is page code, so it is not even turned into a string.
      return `{${head},"error":"could not be read"}`;
    }
  };
  apply(addEventListener, win, [
    REQUEST_EVENT,
    () => apply(dispatchEvent, win, [new Custom(REPLY_EVENT, natives.bag({ detail: answer() }))]),
  ]);
}

/**
 * Keeps the JSON of each response to one of the source's paths that the page's own XHR receives
 * ("load more" on the Weidian list). Wraps XMLHttpRequest.prototype.open to listen for `load` on
 * those requests only; the page's request itself is not touched.
 */
function watchResponses(win: PageWindow, source: PageDataSource, natives: Natives, kept: string[]): void {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto || source.responsePaths.length === 0) return;
  const apply = Reflect.apply;
  const open = proto.open;
  const addListener = win.EventTarget.prototype.addEventListener;
  const protoOf = Object.getPrototypeOf;
  const paths = source.responsePaths;
  // Found up the prototype chain: browsers define them on XMLHttpRequest.prototype itself,
  // other engines (happy-dom) on a base class.
  const getter = (name: string) => {
    for (let at: object | null = proto; at; at = protoOf(at) as object | null) {
      const found = natives.ownGetter(at, name);
      if (found) return found;
    }
    return undefined;
  };
  const watched = (url: string) => {
    for (let i = 0; i < paths.length; i++) if (natives.contains(url, paths[i]!)) return true;
    return false;
  };
  const [typeOf, textOf, valueOf] = [getter('responseType'), getter('responseText'), getter('response')];
  if (!typeOf || !textOf || !valueOf) return;

  function onLoad(this: XMLHttpRequest): void {
    if (kept.length >= LIMITS.responses) return;
    try {
      const type: unknown = apply(typeOf!, this, []);
      let value: unknown;
      if (type === '' || type === 'text') {
        const text: unknown = apply(textOf!, this, []);
        if (typeof text !== 'string' || text.length > LIMITS.responseChars) return;
        value = natives.parse(text);
      } else if (type === 'json') value = apply(valueOf!, this, []);
      else return;
      const { json } = serialize(value, natives);
      if (json.length <= LIMITS.responseChars) kept[kept.length] = json;
    } catch {
      // Not JSON, or unreadable: that page of the list stays unknown, nothing else changes.
    }
  }

  proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const url = `${args[1] as string}`;
      if (watched(url)) apply(addListener, this, ['load', onLoad]);
    } catch {
      // An address that cannot even be turned into text is not one of ours.
    }
    apply(open, this, args);
  };
}
