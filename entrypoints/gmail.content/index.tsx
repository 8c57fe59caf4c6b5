import { startPanelController } from '../../components/panel/panel-controller';
import { readGmailThread } from '../../utils/mail/gmail/read-thread';
import { isGmailThreadUrl } from '../../utils/mail/gmail/thread-url';

// Runs on every Gmail page but does nothing until a thread is open (see panel-controller).
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    const viewerTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    startPanelController(ctx, {
      isThreadPage: isGmailThreadUrl,
      read: () => readGmailThread(document, { viewerTimeZone, url: location.href }),
      offerCompatibilityMode: true,
    });
  },
});
