// The number facts of the whole registry. The extension build replaces this module with its
// value, computed at build time (numberFactsPlugin in wxt.config.ts), so the registry's data is
// not bundled into content scripts; in node (tests, CLIs) it is computed here.
import { numberFactsOf, type NumberFacts } from './number-facts-of';
import { CHANNELS } from './registry';

export const NUMBER_FACTS: NumberFacts = numberFactsOf(CHANNELS);
