// Reads `var data = JSON.parse('…')` payloads without evaluating anything: the argument is a JS
// string literal (old Taobao pages escape every " as \" and non-ASCII as \uXXXX), decoded in
// linear time and handed to JSON.parse.
import { parseJson } from './embedded-object';

/** Longest literal we decode (the real 50-order list is ~300 kB). */
const MAX_LITERAL_CHARS = 5_000_000;

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v' };

function hexAt(source: string, start: number, length: number): number | null {
  const digits = source.slice(start, start + length);
  return digits.length === length && /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, 16) : null;
}

/** Index of the closing quote (escapes skipped), or -1 when the literal does not close in time. */
function literalEnd(source: string, start: number, quote: string): number {
  const limit = Math.min(source.length, start + 1 + MAX_LITERAL_CHARS);
  // Quote to quote with the engine's own search: a quote closes the literal when an even number
  // of backslashes stands before it (the 300 kB list has 22,000 escaped quotes and no raw line).
  for (let at = source.indexOf(quote, start + 1); at >= 0 && at < limit; at = source.indexOf(quote, at + 1)) {
    let slashes = 0;
    while (source.charCodeAt(at - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 1) continue;
    // A raw line break before it ends the literal early, unless escaped (a line continuation).
    return hasLineBreak(source, start + 1, at) ? literalEndByChar(source, start, quote, limit) : at;
  }
  return -1;
}

function hasLineBreak(source: string, from: number, to: number): boolean {
  const lf = source.indexOf('\n', from);
  const cr = source.indexOf('\r', from);
  return (lf >= 0 && lf < to) || (cr >= 0 && cr < to);
}

/** The same answer character by character, for the rare literal with line breaks in its span. */
function literalEndByChar(source: string, start: number, quote: string, limit: number): number {
  for (let i = start + 1; i < limit; i++) {
    const ch = source[i];
    if (ch === quote) return i;
    if (ch === '\\') i += source[i + 1] === '\r' && source[i + 2] === '\n' ? 2 : 1;
    else if (ch === '\n' || ch === '\r') return -1;
  }
  return -1;
}

/**
 * Decodes the string literal whose opening quote is at `start`. Returns null when it never
 * closes (a truncated page), contains a raw line break, or has an escape a JS engine would reject.
 */
export function decodeJsStringLiteral(source: string, start: number): string | null {
  const end = closingQuote(source, start);
  return end < 0 ? null : decodeUpTo(source, start, end);
}

/** Where the literal opening at `start` closes; -1 when it is not a literal or never closes. */
function closingQuote(source: string, start: number): number {
  const quote = source[start];
  if (quote !== "'" && quote !== '"') return -1;
  // A cheap scan first: a truncated page fails here without decoding megabytes of escapes.
  return literalEnd(source, start, quote);
}

/** The literal from its opening quote at `start` to its closing quote at `end`, decoded. */
function decodeUpTo(source: string, start: number, end: number): string | null {
  const quote = source[start];
  // Fast path: most literals use only the escapes JSON shares with JS, so the engine's own JSON
  // parser decodes them (about 7x faster on the real list page). JSON's escapes mean the same as
  // JS's, and anything else (\', \x, a raw " or tab) makes it throw, never decode differently.
  try {
    return JSON.parse(`"${source.slice(start + 1, end)}"`) as string;
  } catch {
    // Fall through to the exact decoder.
  }
  const out: string[] = [];
  let run = start + 1;
  for (let i = start + 1; i <= end; i++) {
    const ch = source[i];
    if (ch === quote) {
      out.push(source.slice(run, i));
      return out.join('');
    }
    if (ch === '\n' || ch === '\r') return null;
    if (ch !== '\\') continue;
    out.push(source.slice(run, i));
    const next = source[i + 1];
    if (next === undefined) return null;
    let consumed = 1;
    if (next === 'u') {
      if (source[i + 2] === '{') {
        const close = i + 3 + source.slice(i + 3, i + 10).indexOf('}'); // at most 6 hex digits
        const code = close > i + 3 ? hexAt(source, i + 3, close - i - 3) : null;
        if (code === null || code > 0x10ffff) return null;
        out.push(String.fromCodePoint(code));
        consumed = close - i;
      } else {
        const code = hexAt(source, i + 2, 4);
        if (code === null) return null;
        out.push(String.fromCharCode(code));
        consumed = 5;
      }
    } else if (next === 'x') {
      const code = hexAt(source, i + 2, 2);
      if (code === null) return null;
      out.push(String.fromCharCode(code));
      consumed = 3;
    } else if (next === '0' && !/[0-9]/.test(source[i + 2] ?? '')) {
      out.push('\0');
    } else if (next === '\r') {
      consumed = source[i + 2] === '\n' ? 2 : 1; // line continuation
    } else if (next !== '\n' && next !== '\u2028' && next !== '\u2029') {
      out.push(SIMPLE_ESCAPES[next] ?? next);
    }
    i += consumed;
    run = i + 1;
  }
  return null;
}

const isHexDigit = (code: number) =>
  (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);

/**
 * \uXXXX escapes that may stay escaped in the JSON text: any but a quote, a backslash or a
 * control character, which mean something else to JSON escaped than raw.
 */
function keepsItsMeaning(source: string, at: number): boolean {
  for (let i = at; i < at + 4; i++) if (!isHexDigit(source.charCodeAt(i))) return false;
  const code = parseInt(source.slice(at, at + 4), 16);
  return code >= 0x20 && code !== 0x22 && code !== 0x5c;
}

const asciiText = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * JSON.parse of the literal's text in one pass, without decoding it first: for an ASCII literal
 * whose only escapes are \" \' \/ and \uXXXX (the real list's 300 kB, half the time of decoding
 * then parsing). The quote escapes are dropped and each \uXXXX is left for JSON.parse, which
 * reads it as the same character inside a JSON string (and fails outside one). Undefined when
 * the literal is not of that kind or its text does not parse: the caller decodes it exactly.
 */
function parseAsciiLiteral(source: string, start: number, end: number): unknown {
  const bytes = new Uint8Array(end - start - 1);
  let length = 0;
  for (let i = start + 1; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code >= 0x80) return undefined;
    if (code === 0x5c) {
      const next = source.charCodeAt(i + 1);
      if (next === 0x22 || next === 0x27 || next === 0x2f) {
        bytes[length++] = next;
        i++;
        continue;
      }
      if (next !== 0x75 || !keepsItsMeaning(source, i + 2)) return undefined;
    }
    bytes[length++] = code;
  }
  try {
    return JSON.parse(asciiText.decode(bytes.subarray(0, length))) as unknown;
  } catch {
    return undefined;
  }
}

/** JSON.parse of the decoded literal at `start`; null when the literal is broken or does not parse. */
export function parseJsonLiteral(source: string, start: number): unknown {
  const end = closingQuote(source, start);
  if (end < 0) return null;
  const parsed = parseAsciiLiteral(source, start, end);
  if (parsed !== undefined) return parsed;
  const text = decodeUpTo(source, start, end);
  return text === null ? null : parseJson(text);
}

export type JsonParseArgument = { found: false } | { found: true; value: unknown };

/**
 * Finds `var <name> = JSON.parse('…')` (or `window.<name> = …`) in one script and parses its
 * argument. `value` is null when the assignment is there but its literal is broken or not JSON.
 */
export function jsonParseArgument(script: string, varName: string): JsonParseArgument {
  const assignment = new RegExp(
    `(?:\\bvar\\s+|\\bwindow\\.)${varName}\\s*=\\s*JSON\\.parse\\(\\s*(?=['"])`,
  ).exec(script);
  if (!assignment) return { found: false };
  return { found: true, value: parseJsonLiteral(script, assignment.index + assignment[0].length) };
}
