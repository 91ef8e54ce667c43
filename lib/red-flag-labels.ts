// What the seller-chat warning says, read from the locale files when built (why: content-labels.ts).
import * as en from '../public/_locales/en/messages.json';
import * as zh from '../public/_locales/zh_CN/messages.json';
import type { ContentLang } from './content-labels';

export const RED_FLAG_LABELS: Record<ContentLang, { title: string; dismiss: string }> = {
  zh: { title: zh.redFlagTitle.message, dismiss: zh.markDismiss.message },
  en: { title: en.redFlagTitle.message, dismiss: en.markDismiss.message },
};
