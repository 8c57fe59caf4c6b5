import { startPanelController } from '../../components/panel/panel-controller';
import { readCompatibilityPage } from '../../utils/mail/readability-reader';

// Compatibility mode, injected on demand (never declared in the manifest): reads the open message of a page the Gmail
// adapter does not know with Readability, and shows the same panel, marked as compatibility mode.
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    const flag = '__clausemateCompatibility';
    const page = window as unknown as Record<string, boolean>;
    if (page[flag]) return;
    page[flag] = true;
    startPanelController(ctx, {
      isThreadPage: () => true,
      read: () => readCompatibilityPage(document, location.href),
      offerCompatibilityMode: false,
    });
  },
});
