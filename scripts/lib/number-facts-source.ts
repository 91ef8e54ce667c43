// The bundled form of rules/channels/number-facts.ts: its value as data, computed at build time,
// so a bundle that judges numbers carries these facts and not the whole channel registry. Used by
// the extension build (wxt.config.ts) and the in-Chromium scan benchmark (same bundle contents).
import { NUMBER_FACTS } from '../../rules/channels/number-facts';

export const NUMBER_FACTS_MODULE = /[\\/]rules[\\/]channels[\\/]number-facts\.ts$/;

export const numberFactsSource = (): string => `export const NUMBER_FACTS = ${JSON.stringify(NUMBER_FACTS)};`;
