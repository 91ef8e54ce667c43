// Reads `var name = {…};` object literals out of inline script text without evaluating them.

/** Maximum characters of one embedded object we are willing to scan (real ones are ~25-300 kB). */
const MAX_OBJECT_CHARS = 5_000_000;

/**
 * Returns the source text of the object literal assigned to `varName`, or null when the
 * assignment is missing or the braces never balance (a truncated page).
 * Scans once, linearly, honouring string literals so braces inside strings do not count.
 */
export function extractAssignedObject(script: string, varName: string): string | null {
  const assignment = new RegExp(`\\b${varName}\\s*=\\s*\\{`).exec(script);
  if (!assignment) return null;
  const start = assignment.index + assignment[0].length - 1;
  let depth = 0;
  let quote: string | null = null;
  const limit = Math.min(script.length, start + MAX_OBJECT_CHARS);
  for (let i = start; i < limit; i++) {
    const ch = script[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return script.slice(start, i + 1);
  }
  return null;
}

/** JSON.parse that reports failure as null instead of throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Text of every inline script on the page, in document order. */
export function inlineScripts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('script:not([src])'), (s) => s.textContent ?? '');
}
