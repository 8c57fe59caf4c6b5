import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { uiLanguage } from '@/components/common/i18n';

document.documentElement.lang = uiLanguage();
createRoot(document.getElementById('root')!).render(<OptionsApp />);
