// Writes a value the page's scripts hold as JSON text, within LIMITS, without running page
// code where it can be avoided: own data properties only (getters are never called, toJSON is
// never looked up), natives captured before the page's scripts ran, and no prototype method or
// prototype lookup in the page's world (a page that later replaces Object.keys, JSON.stringify,
// Array.prototype.join or puts a getter on Object.prototype changes nothing). Strings are escaped
// by the engine's own JSON.stringify of a primitive, captured at start.
import { LIMITS } from './channel';

export interface Natives {
  keys: (o: object) => string[];
  /**
   * An own property's value, or undefined for none or an accessor. Read from the descriptor's
   * own fields only: a descriptor is a plain object of the page's world, so `'value' in d` or
   * `d.get` would consult the page's Object.prototype (where a page can plant a getter).
   */
  ownValue: (o: object, key: string) => unknown;
  /** Whether the property is an accessor (its getter is page code: never called). */
  isAccessor: (o: object, key: string) => boolean;
  /** The getter of an accessor found on `o` itself, read without the page's prototypes. */
  ownGetter: (o: object, key: string) => ((this: unknown) => unknown) | undefined;
  isArray: (v: unknown) => v is unknown[];
  quote: (s: string) => string;
  parse: (text: string) => unknown;
  /** Whether `text` contains `part`, by the captured String.prototype.indexOf. */
  contains: (text: string, part: string) => boolean;
  /**
   * An empty array without a prototype: writing its next index never meets a setter the page
   * put on Array.prototype or Object.prototype.
   */
  list: <T>() => T[];
  /** An object without a prototype, for option bags native constructors read (CustomEvent). */
  bag: <T extends object>(fields: T) => T;
}

/** Taken once, when the page-data script starts (before the page's own scripts run). */
export function captureNatives(): Natives {
  const { keys, getOwnPropertyDescriptor: own, hasOwn, setPrototypeOf, assign } = Object;
  const { isArray } = Array;
  const { stringify, parse } = JSON;
  const apply = Reflect.apply;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called through the captured apply
  const indexOf = String.prototype.indexOf;
  const field = (d: PropertyDescriptor | undefined, name: 'value' | 'get'): unknown =>
    d !== undefined && hasOwn(d, name) ? (d as Record<string, unknown>)[name] : undefined;
  return {
    keys,
    ownValue: (o, key) => field(own(o, key), 'value'),
    isAccessor: (o, key) => {
      const d = own(o, key);
      return d !== undefined && !hasOwn(d, 'value');
    },
    ownGetter: (o, key) => field(own(o, key), 'get') as ((this: unknown) => unknown) | undefined,
    isArray,
    quote: (s) => stringify(s),
    parse: (text): unknown => parse(text),
    contains: (text, part) => apply(indexOf, text, [part]) >= 0,
    list: <T>(): T[] => setPrototypeOf([], null) as T[],
    bag: (fields) => assign(setPrototypeOf({}, null) as object, fields),
  };
}

export interface Serialized {
  json: string;
  truncated: boolean;
}

/** JSON text of `value` (`null` for what JSON cannot hold); throws only if a proxy trap throws. */
export function serialize(value: unknown, natives: Natives): Serialized {
  let values = 0;
  let truncated = false;
  let out = '';
  /** The objects being written, outermost first (at most LIMITS.depth): a cycle is cut. */
  const path = natives.list<unknown>();
  const onPath = (v: unknown) => {
    for (let i = 0; i < path.length; i++) if (path[i] === v) return true;
    return false;
  };

  const write = (v: unknown, depth: number): void => {
    if (++values > LIMITS.values || out.length > LIMITS.replyChars) {
      truncated = true;
      out += 'null';
      return;
    }
    if (typeof v === 'string') {
      if (v.length > LIMITS.stringChars) {
        truncated = true;
        out += 'null';
      } else out += natives.quote(v);
      return;
    }
    if (typeof v === 'number') {
      // v - v is 0 only for finite numbers (NaN and ±Infinity give NaN).
      out += v - v === 0 ? `${v}` : 'null';
      return;
    }
    if (typeof v === 'boolean') {
      out += v ? 'true' : 'false';
      return;
    }
    if (typeof v !== 'object' || v === null || depth >= LIMITS.depth || onPath(v)) {
      if (typeof v === 'object' && v !== null) truncated = true;
      out += 'null';
      return;
    }
    path[path.length] = v;
    if (natives.isArray(v)) {
      const declared = natives.ownValue(v, 'length');
      const length = typeof declared === 'number' ? declared : 0;
      if (length > LIMITS.arrayItems) truncated = true;
      const count = length > LIMITS.arrayItems ? LIMITS.arrayItems : length;
      out += '[';
      for (let i = 0; i < count; i++) {
        if (i > 0) out += ',';
        write(natives.ownValue(v, `${i}`), depth + 1);
      }
      out += ']';
    } else {
      out += '{';
      let first = true;
      const keys = natives.keys(v);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        // Accessors (getters) are page code: never called. Functions and symbols are not data.
        if (natives.isAccessor(v, key)) continue;
        const field = natives.ownValue(v, key);
        if (typeof field === 'function') continue;
        out += `${first ? '' : ','}${natives.quote(key)}:`;
        first = false;
        write(field, depth + 1);
      }
      out += '}';
    }
    path.length--;
  };

  write(value, 0);
  return { json: out, truncated };
}
