// The number facts of the whole registry: what the phone judge reads (rules/phone/judge.ts), in
// the background and in node (tests, CLIs), computed once when first imported.
import { numberFactsOf, type NumberFacts } from './number-facts-of';
import { CHANNELS } from './registry';

export const NUMBER_FACTS: NumberFacts = numberFactsOf(CHANNELS);
