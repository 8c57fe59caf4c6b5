import { useEffect, useRef, useState } from 'react';
import { t } from './panel-text';
import type { Draft, DraftLanguage, Tone } from '../../utils/drafting/draft';
import type { PanelActions } from './panel-state';

const TONES: Tone[] = ['warm', 'neutral', 'firm'];
const LANGUAGES: DraftLanguage[] = ['en', 'es', 'zh', 'zh-Hant'];

interface Props {
  drafts: Draft[];
  /** Keeps the user's edits apart per message, language and tone, so re-analysis never loses them. */
  draftKey: string;
  actions: PanelActions;
  /** Bumped by the insert shortcut. */
  insertSignal: number;
}

export function DraftsSection({ drafts, draftKey, actions, insertSignal }: Props) {
  const [selected, setSelected] = useState(0);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const lastSignal = useRef(insertSignal);
  const draft = drafts[Math.min(selected, drafts.length - 1)];
  const editKey = `${draftKey}|${draft?.lang}|${draft?.tone}|${selected}`;
  const text = edits[editKey] ?? draft?.text ?? '';

  async function insert() {
    setStatus(t('panelInserting'));
    const outcome = await actions.insert(text);
    setStatus(outcome.ok ? t('panelInserted') : outcome.message);
  }

  useEffect(() => {
    if (insertSignal !== lastSignal.current) {
      lastSignal.current = insertSignal;
      if (draft) void insert();
    }
  });

  if (!draft) return null;
  return (
    <section className="cm-card cm-drafts" aria-labelledby="cm-drafts-title">
      <h3 id="cm-drafts-title" className="cm-card-title">{t('panelDraftsTitle')}</h3>
      <fieldset className="cm-alternatives">
        <legend className="cm-muted">{t('panelPickAlternative')}</legend>
        {drafts.map((d, i) => (
          <label key={i} className="cm-radio">
            <input type="radio" name="cm-draft" checked={i === selected} onChange={() => setSelected(i)} />
            <span>
              {d.options[0] ?? t('panelDraftN', i + 1)}
              <span className="cm-muted"> · {t(`tone_${d.tone}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="cm-row">
        <label htmlFor="cm-tone">{t('panelTone')}</label>
        <select id="cm-tone" value={draft.tone} onChange={(e) => actions.redraft({ tone: e.target.value as Tone })}>
          {TONES.map((tone) => (
            <option key={tone} value={tone}>{t(`tone_${tone}`)}</option>
          ))}
        </select>
        <label htmlFor="cm-lang">{t('panelLanguage')}</label>
        <select id="cm-lang" value={draft.lang} onChange={(e) => actions.redraft({ lang: e.target.value as DraftLanguage })}>
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>{t(`lang_${lang.replace('-', '_')}`)}</option>
          ))}
        </select>
      </div>
      {draft.review.length > 0 && (
        <div className="cm-review" role="note">
          <strong>{t('panelReviewTitle')}</strong>
          <ul>
            {draft.review.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      <label htmlFor="cm-draft-text" className="cm-visually-hidden">{t('panelDraftText')}</label>
      <textarea
        id="cm-draft-text"
        data-clausemate="draft-text"
        lang={draft.lang}
        value={text}
        rows={14}
        onChange={(e) => setEdits({ ...edits, [editKey]: e.target.value })}
      />
      <div className="cm-row cm-actions">
        <button type="button" className="cm-button" onClick={() => void insert()}>{t('panelInsert')}</button>
        <button
          type="button"
          className="cm-button cm-secondary"
          onClick={async () => setStatus((await actions.copy(text)) ? t('panelCopied') : t('panelCopyFailed'))}
        >
          {t('panelCopy')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="cm-status" data-clausemate="insert-status">{status}</p>
    </section>
  );
}
