import { lazy, Suspense, type ComponentType } from 'react';
import { t } from '../common/i18n';

// The drafting engineer's template editor mounts here. The glob finds it when components/templates/TemplateEditor.tsx
// exists and is empty until then, so this page builds either way.
const found = import.meta.glob<{ TemplateEditor?: ComponentType; default?: ComponentType }>('../templates/TemplateEditor.tsx');
const load = Object.values(found)[0];
const TemplateEditor = load
  ? lazy(async () => {
      const mod = await load();
      const Editor = mod.TemplateEditor ?? mod.default;
      return { default: Editor ?? (() => <p>{t('templatesComing')}</p>) };
    })
  : null;

export function TemplatesSlot() {
  return (
    <section className="templates-slot" aria-labelledby="templates-heading" data-slot="template-editor">
      <h2 id="templates-heading">{t('templatesHeading')}</h2>
      {TemplateEditor ? (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <TemplateEditor />
        </Suspense>
      ) : (
        <p>{t('templatesComing')}</p>
      )}
    </section>
  );
}
