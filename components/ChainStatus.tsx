import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

/** What a case check found (storage/case-log.ts verifyCase, as plain data). */
export interface CaseCheckView {
  ok: boolean;
  entries: number;
  items: number;
  chainProblems: Array<{ seq: number; problem: string }>;
  itemProblems: Array<{ title: string; problem: string }>;
}

/** Re-checks the case's hash chain and every item's SHA-256 on request, and says what it found. */
export function ChainStatus({ onVerify }: { onVerify: () => Promise<CaseCheckView> }) {
  const { t } = useI18n();
  const [check, setCheck] = useState<CaseCheckView>();
  const [busy, setBusy] = useState(false);
  return (
    <div class="chain" data-testid="chain-status">
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          onVerify()
            .then(setCheck, (error: unknown) =>
              setCheck({
                ok: false,
                entries: 0,
                items: 0,
                chainProblems: [],
                itemProblems: [{ title: String(error), problem: 'failed' }],
              }),
            )
            .finally(() => setBusy(false));
        }}
      >
        {t('verifyChain')}
      </button>
      {check?.ok && (
        <p class="ok small" data-testid="chain-ok">
          ✓ {t('chainOk', [String(check.entries), String(check.items)])}
        </p>
      )}
      {check && !check.ok && (
        <div class="error small" data-testid="chain-broken">
          {t('chainBroken')}
          <ul>
            {check.chainProblems.map((p) => (
              <li key={`c${p.seq}`}>{t('chainProblemAt', [String(p.seq), p.problem])}</li>
            ))}
            {check.itemProblems.map((p, index) => (
              <li key={`i${index}`}>
                {p.title}: {t(`itemProblem_${p.problem.replaceAll('-', '_')}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
