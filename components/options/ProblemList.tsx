import { t } from '../common/i18n';
import type { FormState } from '../common/use-form';

/**
 * Every remaining problem of a form, by where it is ("money → netDays"), so a save that cannot happen says why even
 * for a field scrolled out of view. Shown once the user has tried to save.
 */
export function ProblemList({ form }: { form: FormState<unknown> }) {
  const shown = Object.entries(form.errors);
  if (!form.submitted || shown.length === 0) return null;
  return (
    <div className="problem-list" role="alert">
      <p>{t('problemsBeforeSaving')}</p>
      <ul>
        {shown.map(([key, message]) => (
          <li key={key}>
            <code>{key.split('.').join(' → ')}</code>: {message}
          </li>
        ))}
      </ul>
    </div>
  );
}
