// Writes a value the page's scripts hold as JSON text, within LIMITS, without running page
// code where it can be avoided: own data properties only (getters are never called, toJSON is
// never looked up), natives captured before the page's scripts ran, and no prototype method of
// the page's world (a page that replaces Object.keys, Array.prototype.includes or String later
// changes nothing). Strings are escaped by the engine's own JSON.stringify of a primitive.
import { LIMITS } from './channel';

export interface Natives {
  keys: (o: object) => string[];
  own: (o: object, key: string) => PropertyDescriptor | undefined;
  isArray: (v: unknown) => v is unknown[];
  quote: (s: string) => string;
}

/** Taken once, when the page-data script starts (before the page's own scripts run). */
export function captureNatives(): Natives {
  const { keys, getOwnPropertyDescriptor: own } = Object;
  const { isArray } = Array;
  const stringify = JSON.stringify;
  return { keys, own, isArray, quote: (s) => stringify(s) };
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
  const path: unknown[] = [];
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
      const declared: unknown = natives.own(v, 'length')?.value;
      const length = typeof declared === 'number' ? declared : 0;
      if (length > LIMITS.arrayItems) truncated = true;
      const count = length > LIMITS.arrayItems ? LIMITS.arrayItems : length;
      out += '[';
      for (let i = 0; i < count; i++) {
        if (i > 0) out += ',';
        write(natives.own(v, `${i}`)?.value, depth + 1);
      }
      out += ']';
    } else {
      out += '{';
      let first = true;
      const keys = natives.keys(v);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const field = natives.own(v, key);
        // Accessors (getters) are page code: never called. Functions and symbols are not data.
        if (!field || !('value' in field) || typeof field.value === 'function') continue;
        out += `${first ? '' : ','}${natives.quote(key)}:`;
        first = false;
        write(field.value, depth + 1);
      }
      out += '}';
    }
    path.length--;
  };

  write(value, 0);
  return { json: out, truncated };
}
