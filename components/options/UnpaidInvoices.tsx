import type { StoredAgreement } from '@/utils/agreements/db';
import { formatMoney } from '../common/key-terms';
import { t } from '../common/i18n';

/** The agreement's unpaid invoices, each marked paid with one click (and undone from the notice). */
export function UnpaidInvoices({ agreement, onMarkPaid }: { agreement: StoredAgreement; onMarkPaid: (a: StoredAgreement, invoice: string) => void }) {
  const unpaid = agreement.invoices.filter((i) => !i.paidAt);
  if (!unpaid.length) return null;
  return (
    <ul className="unpaid" aria-label={t('unpaidInvoices', agreement.title)}>
      {unpaid.map((invoice) => (
        <li key={invoice.number} className="unpaid__row">
          <span className="unpaid__number">{invoice.number}</span>
          <span>{formatMoney(invoice.amount, agreement.currency)}</span>
          {invoice.dueAt ? <span className="unpaid__due">{t('dueOn', invoice.dueAt)}</span> : null}
          <button
            type="button"
            className="btn btn--small"
            aria-label={t('markPaidNamed', invoice.number)}
            onClick={() => onMarkPaid(agreement, invoice.number)}
          >
            {t('markPaid')}
          </button>
        </li>
      ))}
    </ul>
  );
}
