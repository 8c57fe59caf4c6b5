import type { TermSource } from '@/utils/agreements/contract-text';
import { t } from '../common/i18n';
import type { ContractDraft } from './contract-draft';

const FIELD_LABEL: Record<TermSource['field'], string> = {
  currency: 'fieldCurrency',
  days: 'fieldWorkingDays',
  hours: 'termHours',
  timezone: 'fieldTimezone',
  netDays: 'fieldNetDays',
  depositPercent: 'fieldDepositPercent',
  lateFee: 'fieldLateFeePercent',
  stopWorkAfterDays: 'fieldStopWorkAfterDays',
  revisionRounds: 'fieldRevisionRounds',
  extraRoundRate: 'fieldExtraRoundRate',
  hourlyRate: 'fieldHourlyRate',
  changeRequestRate: 'fieldChangeRequestRate',
  rushFeePercent: 'fieldRushFeePercent',
  fee: 'fieldFee',
};

/** What was read from the contract and where, so each pre-filled term can be checked against its sentence. */
export function ContractSources({ sources, clauseCount }: { sources: readonly TermSource[]; clauseCount: number }) {
  return (
    <div className="contract-sources">
      <p>{t('contractFound', clauseCount, sources.length)}</p>
      {sources.length ? (
        <ul>
          {sources.map((s, i) => (
            <li key={i}>
              <strong>{t(FIELD_LABEL[s.field])}</strong>
              {s.clause ? ` (${t('clauseRef', s.clause)})` : ''}: <q>{s.sentence}</q>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function PrefilledNotice({ draft }: { draft: ContractDraft }) {
  return (
    <>
      <p className="contract-sources__lead">{t('prefilledNotice')}</p>
      <ContractSources sources={draft.sources} clauseCount={draft.clauseCount} />
    </>
  );
}
