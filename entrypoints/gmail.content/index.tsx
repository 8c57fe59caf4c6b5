import { startPanelController } from '../../components/panel/panel-controller';
import { gmailThreadSignature, readGmailThread } from '../../utils/mail/gmail/read-thread';
import { isGmailThreadUrl } from '../../utils/mail/gmail/thread-url';

// Runs on every Gmail page but does nothing until a thread is open (see panel-controller).
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    // Gmail prints times in the viewer's zone, which is the browser's own: no zone is passed, so dates are read with
    // Date's local time. Asking Intl for the zone cost the page 25–40 ms (its first formatter loads ICU data).
    startPanelController(ctx, {
      isThreadPage: isGmailThreadUrl,
      read: () => readGmailThread(document, { url: location.href }),
      signature: () => gmailThreadSignature(document),
      offerCompatibilityMode: true,
    });
  },
});
