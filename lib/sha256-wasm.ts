// hash-wasm's SHA-256 alone, for lib/hash.ts to load when first needed (importing the package
// itself there would bring every algorithm it has into the background's single file).
export { createSHA256 } from 'hash-wasm';
