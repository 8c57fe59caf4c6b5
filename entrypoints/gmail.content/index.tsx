import '../../components/panel/panel.css';
import { startPanelController } from './panel-controller';

// Runs on every Gmail page but does nothing until a thread is open (see panel-controller).
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    startPanelController(ctx);
  },
});
