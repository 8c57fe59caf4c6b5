import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import panelCss from './panel.css?inline';
import { t } from './panel-text';
import type { DraftLanguage, Tone } from '../../utils/drafting/draft';
import { insertIntoReply } from '../../utils/mail/gmail/insert-reply';
import type { MailThread } from '../../utils/mail/thread';
import { onMessage, sendMessage } from '../../utils/messaging';
import { observeThread } from './observe-thread';
import { Panel } from './Panel';
import type { PanelActions, PanelState } from './panel-state';

// Glue between a mail page and the panel: follows in-page navigation, reads the visible thread into the thread
// model, asks the background to analyse it, renders the panel, and carries out the panel's actions. The Gmail
// content script and the on-demand compatibility script run it with their own reader.

const READ_TIMEOUT_MS = 8000;

export interface ThreadSource {
  /** Whether this address shows a thread (Gmail: a thread hash; compatibility mode: any page it was started on). */
  isThreadPage(url: string): boolean;
  read(): MailThread | null;
  /**
   * A cheap fingerprint of the page's thread (null: none). While it is unchanged the thread already read is kept, so
   * Gmail's constant small mutations cost a fingerprint rather than a full read and a new analysis.
   */
  signature?(): string | null;
  /** Offered when the page cannot be read: asks the background to read it again in compatibility mode. */
  offerCompatibilityMode: boolean;
}

export function startPanelController(ctx: ContentScriptContext, source: ThreadSource): void {
  let ui: ShadowRootContentScriptUi<Root> | null = null;
  let state: PanelState = { status: 'loading' };
  let thread: MailThread | null = null;
  let threadKey = '';
  let threadSignature: string | null = null;
  let choice: { tone?: Tone; lang?: DraftLanguage } = {};
  let hidden = false;
  let insertSignal = 0;
  let focusSignal = 0;
  let stopObserving: (() => void) | null = null;
  let generation = 0;

  const actions: PanelActions = {
    insert: (text) => insertIntoReply(document, text, insertMessages()),
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    redraft(next) {
      choice = { ...choice, ...next };
      void analyse();
    },
    async correct(correction) {
      await sendMessage('saveCorrection', correction);
      await analyse();
    },
    createClient(prefill) {
      void sendMessage('createClientFromThread', prefill);
    },
    close() {
      hidden = true;
      ui?.remove();
      ui = null;
    },
    async readInCompatibilityMode() {
      await sendMessage('openCompatibilityMode', undefined);
      leaveThread();
      hidden = true;
    },
  };

  let creating: Promise<ShadowRootContentScriptUi<Root>> | null = null;

  async function render(): Promise<void> {
    if (hidden) return;
    if (!ui) {
      // WXT loads the panel's stylesheet into the shadow root before it resolves: create the UI once, and drop it
      // if the user left the thread meanwhile.
      const pending = (creating ??= createPanelUi(ctx));
      const created = await pending;
      if (pending !== creating) return;
      creating = null;
      ui = created;
      created.mount();
    }
    ui.shadowHost.dataset.theme = gmailTheme();
    ui.mounted?.render(<Panel state={state} actions={actions} insertSignal={insertSignal} focusSignal={focusSignal} />);
  }

  function show(next: PanelState) {
    state = next;
    void render();
  }

  async function analyse() {
    if (!thread) return;
    const mine = ++generation;
    try {
      const analysis = await sendMessage('analyzeThread', { thread, ...choice });
      if (mine === generation) show({ status: 'ready', analysis, thread });
    } catch (error) {
      if (mine === generation) show({ status: 'error', message: t('panelBackgroundError', String(error)) });
    }
  }

  function readVisibleThread(): MailThread | null {
    try {
      // The first read of a thread skips the fingerprint: it would only delay the panel.
      const signature = thread ? (source.signature?.() ?? null) : null;
      if (signature !== null && signature === threadSignature) return thread;
      const next = source.read();
      threadSignature = next ? signature : null;
      return next;
    } catch {
      return null;
    }
  }

  function onThreadRead(next: MailThread) {
    // Gmail's theme can change without the thread changing.
    if (ui) ui.shadowHost.dataset.theme = gmailTheme();
    // Gmail mutates the page constantly; only a change in what the thread says is worth a new analysis.
    const key = next === thread ? threadKey : `${next.id}|${JSON.stringify(next.messages)}`;
    const changed = key !== threadKey;
    if (next.id !== thread?.id) choice = {};
    thread = next;
    threadKey = key;
    if (changed || state.status !== 'ready') void analyse();
  }

  function leaveThread() {
    creating = null;
    threadKey = '';
    threadSignature = null;
    stopObserving?.();
    stopObserving = null;
    thread = null;
    generation++;
    ui?.remove();
    ui = null;
    state = { status: 'loading' };
  }

  function followLocation() {
    leaveThread();
    if (!source.isThreadPage(location.href)) return;
    hidden = false;
    show({ status: 'loading' });
    stopObserving = observeThread(document, {
      read: readVisibleThread,
      onRead: onThreadRead,
      timeoutMs: READ_TIMEOUT_MS,
      onTimeout() {
        show({ status: 'unreadable', problems: [t('panelUnknownLayout')], canTryCompatibility: source.offerCompatibilityMode });
      },
    });
  }

  ctx.addEventListener(window, 'wxt:locationchange', followLocation);
  followLocation();

  onMessage('panelCommand', ({ data }) => {
    if (!source.isThreadPage(location.href)) return;
    if (data === 'toggle-panel') {
      if (hidden || !ui) {
        hidden = false;
        focusSignal++;
        void render();
      } else {
        actions.close();
      }
    } else {
      insertSignal++;
      hidden = false;
      void render();
    }
  });
  onMessage('dataChanged', () => void analyse());
  ctx.onInvalidated(leaveThread);
}

function createPanelUi(ctx: ContentScriptContext): Promise<ShadowRootContentScriptUi<Root>> {
  return createShadowRootUi(ctx, {
    name: 'clausemate-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    // The stylesheet travels inside the script: nothing is fetched, and no file of ours is exposed to web pages.
    css: panelCss,
    onMount(container, _shadow, host) {
      host.setAttribute('data-clausemate', 'panel');
      const wrapper = document.createElement('div');
      container.append(wrapper);
      return createRoot(wrapper);
    },
    onRemove(root) {
      root?.unmount();
    },
  });
}

/** Gmail's dark themes paint the page dark; follow them rather than the OS setting. */
function gmailTheme(): 'light' | 'dark' {
  const rgb = getComputedStyle(document.body).backgroundColor.match(/\d+/g)?.map(Number);
  if (!rgb || rgb.length < 3 || rgb[3] === 0) {
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  const [r, g, b] = rgb as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}

function insertMessages() {
  return { empty: t('insertEmpty'), noReplyButton: t('insertNoReplyButton'), noEditor: t('insertNoEditor') };
}
