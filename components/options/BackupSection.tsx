import { useId, useState } from 'react';
import { db } from '@/utils/agreements/db';
import { exportBackup, importBackup, type BackupProblem, type ImportReport } from '@/utils/agreements/backup';
import { describeStorageError } from '@/utils/agreements/storage-errors';
import { Banner } from '../common/Banner';
import { t, tn } from '../common/i18n';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'imported'; report: Extract<ImportReport, { ok: true }>; file: string }
  | { kind: 'refused'; problems: BackupProblem[]; file: string }
  | { kind: 'exported'; file: string; clients: number; agreements: number }
  | { kind: 'error'; message: string };

export function backupFileName(now = new Date()): string {
  return `clausemate-backup-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Export everything to one JSON file; import one back, all or nothing, with every problem listed by its path.
 * `restore` is the import alone, offered during onboarding to someone moving to a new browser.
 */
export function BackupSection({ mode = 'full' }: { mode?: 'full' | 'restore' }) {
  const inputId = useId();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const doExport = async () => {
    try {
      const backup = await exportBackup(db);
      const blob = new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      const file = backupFileName();
      a.href = url;
      a.download = file;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setOutcome({ kind: 'exported', file, clients: backup.clients.length, agreements: backup.agreements.length });
    } catch (error) {
      setOutcome({ kind: 'error', message: describeStorageError(error).message });
    }
  };

  const doImport = async (file: File) => {
    setOutcome({ kind: 'working' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ kind: 'refused', file: file.name, problems: [{ path: '(file)', message: t('fileUnreadable') }] });
      return;
    }
    const report = await importBackup(db, text);
    setOutcome(report.ok ? { kind: 'imported', report, file: file.name } : { kind: 'refused', problems: report.problems, file: file.name });
  };

  return (
    <section className="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{mode === 'restore' ? t('restoreHeading') : t('backupHeading')}</h2>
      <p className="lead">{mode === 'restore' ? t('restoreLead') : t('backupLead')}</p>
      <div className="backup__actions">
        <div className="field">
          <label htmlFor={inputId}>{t('importLabel')}</label>
          <input
            id={inputId}
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // choosing the same file again imports it again
              if (file) void doImport(file);
            }}
          />
        </div>
        {mode === 'full' ? (
        <div className="field">
          <span className="field__label" id={`${inputId}-export`}>
            {t('exportLabel')}
          </span>
          <button type="button" className="btn btn--primary" aria-describedby={`${inputId}-export`} onClick={() => void doExport()}>
            {t('exportButton')}
          </button>
        </div>
        ) : null}
      </div>
      <div aria-live="polite">
        {outcome.kind === 'working' ? <Banner tone="info">{t('importing')}</Banner> : null}
        {outcome.kind === 'exported' ? (
          <Banner tone="ok">{t('exportedSummary', outcome.file, outcome.clients, outcome.agreements)}</Banner>
        ) : null}
        {outcome.kind === 'imported' ? <ImportSummary report={outcome.report} file={outcome.file} /> : null}
        {outcome.kind === 'imported' && mode === 'restore' ? (
          <p>
            <a href="#clients">{t('goToClients')}</a>
          </p>
        ) : null}
        {outcome.kind === 'error' ? <Banner tone="error">{outcome.message}</Banner> : null}
      </div>
      {outcome.kind === 'refused' ? (
        <div className="banner banner--error backup__problems" role="alert">
          <div className="banner__text">
            <p>
              <strong>{tn('importRefused', outcome.problems.length, outcome.file, outcome.problems.length)}</strong>
            </p>
            <ul>
              {outcome.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code> — {p.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function ImportSummary({ report, file }: { report: Extract<ImportReport, { ok: true }>; file: string }) {
  const line = (label: string, c: { added: number; updated: number }) => t('importLine', label, c.added, c.updated);
  return (
    <Banner tone="ok">
      <p>
        <strong>{t('importAccepted', file)}</strong>
      </p>
      <ul className="backup__summary">
        <li>{line(t('clientsHeading'), report.clients)}</li>
        <li>{line(t('agreementsHeading'), report.agreements)}</li>
        <li>{line(t('templatesHeading'), report.templates)}</li>
        <li>{line(t('correctionsHeading'), report.requests)}</li>
        {report.provider ? <li>{t('importProvider')}</li> : null}
      </ul>
    </Banner>
  );
}
