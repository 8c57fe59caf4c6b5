import { t } from '../common/i18n';

/** The reply languages the schema knows, named in the UI language. */
export function languageOptions(): Array<{ value: string; label: string }> {
  return [
    { value: 'en', label: t('langEn') },
    { value: 'es', label: t('langEs') },
    { value: 'zh', label: t('langZh') },
    { value: 'zh-Hant', label: t('langZhHant') },
  ];
}
