import { startPanelController } from '../../components/panel/panel-controller';
import { readGmailThread } from '../../utils/mail/gmail/read-thread';
import { isGmailThreadUrl } from '../../utils/mail/gmail/thread-url';

// Runs on every Gmail page but does nothing until a thread is open (see panel-controller).
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    // Gmail prints times in the viewer's zone. Asked only once a thread is read: the first Intl call loads ICU data,
    // which a page with no thread open should not pay for.
    let viewerTimeZone: string | undefined;
    startPanelController(ctx, {
      isThreadPage: isGmailThreadUrl,
      read: () => {
        viewerTimeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
        return readGmailThread(document, { viewerTimeZone, url: location.href });
      },
      offerCompatibilityMode: true,
    });
  },
});
