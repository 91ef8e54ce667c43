// What the casebook page hands to <BundleActions>: the bundle functions bound to the database,
// shaped as components/BundleActions.tsx's BundleApi (storage cannot import components, so the
// shape is matched structurally and checked where the page wires the two together). The bundle
// code (zip, schemas, the report with its verifier) loads only when the shopper uses it.
import type { WeiquanDb } from '../db';

type Progress = (done: number, total: number) => void;

/** Export and import hash with WebCrypto and WASM here, not the pure-JS default (./digest-wasm). */
async function load<T>(code: Promise<T>): Promise<T> {
  const [module] = await Promise.all([code, import('./digest-wasm').then((m) => m.useWasmDigests())]);
  return module;
}

export function bundleApi(db: WeiquanDb) {
  return {
    async exportCase(
      caseId: number,
      choices: { complainant: { name: string; phone: string; address: string }; redact: boolean },
      onProgress: Progress,
      signal: AbortSignal,
    ) {
      const { exportCase } = await load(import('./export'));
      return exportCase(db, caseId, { ...choices, onProgress, signal });
    },
    async exportBackup(onProgress: Progress, signal: AbortSignal) {
      const { exportBackup } = await load(import('./export'));
      return exportBackup(db, { onProgress, signal });
    },
    async importBundle(file: File, onProgress: Progress, signal: AbortSignal) {
      const { importBundle } = await load(import('./import'));
      return importBundle(db, file, { onProgress, signal });
    },
    async restoreBackup(file: File, onProgress: Progress, signal: AbortSignal) {
      const { restoreBackup } = await load(import('./import'));
      return restoreBackup(db, file, { onProgress, signal });
    },
  };
}
