import { browser } from 'wxt/browser';

/** The running extension's version, recorded in every evidence item ("unknown" outside one). */
export function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}
