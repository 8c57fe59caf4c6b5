import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/agreements/db';
import type { Template } from '@/utils/agreements/schema';
import { TemplateEditor } from '../templates/TemplateEditor';
import { t } from '../common/i18n';
import type { Notify } from './notify';
import { SaveRefused } from './store';

/**
 * Options → Templates: the drafting engineer's editor, given the user's overrides from the database (live, so an
 * import shows at once) and persisting what it saves or resets. The editor reports its own outcome, so a failed
 * write is rethrown to it after the page's notice.
 */
export function TemplatesSlot({ notify }: { notify: Notify }) {
  const templates = useLiveQuery(() => db.templates.toArray(), []);
  const write = async (action: () => Promise<unknown>) => {
    let failure: unknown;
    const ok = await notify.run(async () => {
      try {
        await action();
      } catch (error) {
        failure = error;
        throw error;
      }
    });
    if (!ok) throw failure ?? new SaveRefused([]);
  };
  return (
    <section className="templates-slot" aria-labelledby="templates-heading" data-slot="template-editor">
      <h2 id="templates-heading">{t('templatesHeading')}</h2>
      {templates === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <TemplateEditor
          templates={templates}
          onSave={(template: Template) => write(() => db.templates.put(template))}
          onReset={(id: string) => write(() => db.templates.delete(id))}
        />
      )}
    </section>
  );
}
