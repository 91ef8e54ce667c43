// hash-wasm's SHA-256 alone, for the casebook to hand to lib/hash.ts (useWasmSha256), loaded when
// first needed; the background never imports it, so its single-file build stays without WASM.
export { createSHA256 } from 'hash-wasm';
