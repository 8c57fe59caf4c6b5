import { createRoot } from 'react-dom/client';
import { uiLanguage } from '@/components/common/i18n';
import { PopupApp } from '@/components/popup/PopupApp';

document.documentElement.lang = uiLanguage();
createRoot(document.getElementById('root')!).render(<PopupApp />);
