// Public surface of the channel registry. Deliberately leaves out schema.ts (zod) so that
// importing the registry never pulls zod into a content script.
export * from './types';
export { SOURCES, SOURCE_IDS } from './sources';
export type { SourceInfo, SourceKind } from './sources';
export {
  CHANNELS,
  findByDigits,
  getChannel,
  hasChannel,
  isPhone,
  ivrIndexOf,
  mayShowAsOfficial,
  phoneChannels,
  phoneKey,
} from './registry';
