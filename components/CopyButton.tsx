import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

/** Copies `text` with the async clipboard API and says so for a moment. */
export function CopyButton({ text }: { text: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => setCopied(false),
    );
  };
  return (
    <button type="button" class="link-button" onClick={copy}>
      {copied ? t('copied') : t('copy')}
    </button>
  );
}
