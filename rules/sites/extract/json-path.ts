// Safe accessors for untrusted embedded JSON: every step checks its type, nothing throws.

export type Json = unknown;

export function obj(value: Json): Record<string, Json> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, Json>)
    : undefined;
}

export function arr(value: Json): Json[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: Json): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Follows keys and array indexes; undefined as soon as a step is missing. */
export function at(value: Json, ...path: Array<string | number>): Json {
  let current = value;
  for (const step of path) {
    if (typeof step === 'number') current = arr(current)[step];
    else current = obj(current)?.[step];
    if (current === undefined) return undefined;
  }
  return current;
}
