// What an imported or verified bundle may contain. Checked from the zip's central directory
// before any entry is read or inflated, so a hostile archive costs a few reads, not memory.

/** Entries in one archive: a backup of many cases with thousands of items stays well below. */
export const MAX_ENTRIES = 50_000;
/** One entry, inflated: the largest evidence item the casebook accepts (a 2 GB video). */
export const MAX_ENTRY_BYTES = 2 * 1024 ** 3;
/** All entries, inflated; also the most a zip without ZIP64 can address. */
export const MAX_TOTAL_BYTES = 4 * 1024 ** 3 - 1;
/** Inflated ÷ compressed, for entries large enough to matter (deflate's own ceiling is ~1032). */
export const MAX_RATIO = 100;
export const RATIO_FLOOR_BYTES = 1024 * 1024;
/** case.json and backup.json: a case with 10,000 log entries is about 6 MB. */
export const MAX_JSON_BYTES = 32 * 1024 * 1024;
/** Nesting of case.json and backup.json (ours reach about 6 levels; schemas and hashes recurse). */
export const MAX_JSON_DEPTH = 64;
/** Manifests, bagit.txt, bag-info.txt. */
export const MAX_TAG_TEXT_BYTES = 16 * 1024 * 1024;
/** A path inside the bundle, in UTF-8 bytes. */
export const MAX_NAME_BYTES = 512;
/** All the JSON of a backup together (backup.json and every case.json). */
export const MAX_TOTAL_JSON_BYTES = 256 * 1024 * 1024;
/** A zip entry's extra field plus its comment, and the archive's comment. */
export const MAX_EXTRA_BYTES = 1024;
/** Orders listed in a backup.json (the orders table keeps 2,000 without a case: orders-repo.ts). */
export const MAX_BACKUP_ORDERS = 100_000;

/**
 * Where a page (or a hash worker) may hold this much in memory, files up to it are read whole and
 * hashed by WebCrypto (./digest.ts, ./blob-hash.ts). Not a limit of what a bundle may hold.
 */
export const WEBCRYPTO_READ_WHOLE = 128 * 1024 ** 2;
