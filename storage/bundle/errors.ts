// Why a bundle was refused, in words for the shopper (both languages) and a code for tests.
import type { Text } from '../../rules/channels/types';

export type BundleErrorCode =
  | 'not-a-zip'
  | 'truncated'
  | 'unsupported-zip'
  | 'too-many-entries'
  | 'too-large'
  | 'zip-bomb'
  | 'damaged'
  | 'hidden-data'
  | 'not-a-file'
  | 'unsafe-name'
  | 'duplicate-name'
  | 'not-a-bundle'
  | 'json-too-large'
  | 'bad-json'
  | 'too-deep'
  | 'unknown-version'
  | 'wrong-kind'
  | 'verify-failed'
  | 'case-exists'
  | 'storage-full'
  | 'cancelled'
  | 'export-too-large'
  | 'case-invalid';

/** A bundle that must not be used, and why. Nothing was written when this is thrown. */
export class BundleError extends Error {
  constructor(
    readonly code: BundleErrorCode,
    readonly text: Text,
    /** The files that failed, where the problem is about files. */
    readonly files: string[] = [],
  ) {
    super(text.en);
    this.name = 'BundleError';
  }
}

export const bundleError = (code: BundleErrorCode, zh: string, en: string, files: string[] = []) =>
  new BundleError(code, { zh, en }, files);
