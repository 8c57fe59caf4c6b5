// Every Gmail selector Clausemate uses, and nowhere else. Each is a fallback chain tried in order: first what Gmail
// neither translates nor scrambles (attributes such as `email`, `data-message-id`, `g_editable`, `role`), then its
// stable class names, then a structural fallback. Facts from /work/shared/fixtures/gmail/NOTES.md.

export type SelectorChain = readonly string[];

export const GMAIL = {
  /** The app's main area; several may exist at once (Gmail keeps hidden previous views). */
  main: [
    'div[role=main]', // every Gmail layout since 2014
    '.aeF .nH[role=presentation]', // structural: the view container when role=main is missing
  ],
  /** The thread's subject heading, which also carries the thread's ids. */
  subject: [
    'h2[data-legacy-thread-id]', // attribute set on the subject since the 2018 redesign
    'h2[data-thread-perm-id]', // permanent id attribute (thread-f:…)
    'h2.hP', // the subject class, stable for a decade
    '.ha h2', // structural: the heading inside the subject bar
  ],
  /** One message, open or collapsed. */
  message: [
    'div.adn[data-message-id]', // 2018+ message container with its decimal id
    '[data-legacy-message-id]', // hex id, present with or without .adn
    '[data-message-id]', // any element with the id
    'div.adn', // the message class when ids are missing
    '[role=list] > [role=listitem]', // structural: the thread's list of messages
  ],
  /** The sender inside a message (open: .gD, collapsed: .zF). */
  sender: [
    'h3.iw span[email]', // the sender heading, open or collapsed
    'span.gD[email]', // open message sender
    'span.zF[email]', // collapsed message sender
    'td.gF span[email]', // older header table
    '.gs span[email]:not(.g2)', // structural: first address in the header that is not a recipient
  ],
  /** The recipients shown under the sender. */
  recipients: [
    'span.hb span[email]', // "to me, Ana" line
    'span.g2[email]', // recipient chips
  ],
  /** The message's date element; its `title` holds the full date in the viewer's zone. */
  date: [
    'span.g3[title]', // open and collapsed messages
    'td.gH span[title]', // older header table
    'span.g3', // date without a title (falls back to the msg-f id)
  ],
  /** The message's body container. */
  body: [
    'div.ii.gt div.a3s', // 2018+ body (a3s.aiL newer, a3s older)
    'div.a3s', // body without the ii wrapper
    'div.ii.gt .adP', // pre-2018 body
    'div.ii.gt', // structural: the body wrapper itself
  ],
  /** What Gmail shows of a collapsed message. */
  snippet: [
    '.iA.g6', // collapsed snippet
    'span.y2', // snippet class in list views, seen in collapsed rows too
  ],
  /** Attachment names. */
  attachmentName: [
    'span.aZo[download_url]', // name inside download_url "mime:name:url" (language-independent)
    'span.aV3', // visible name chip
  ],
  /** Parts of a body that are history, not new text. */
  quote: [
    'div.gmail_quote', // Gmail's own quoted history
    'blockquote', // any quoting client (Apple Mail's type=cite, Outlook, Thunderbird)
    '#divRplyFwdMsg', // Outlook reply header
    'div.moz-cite-prefix', // Thunderbird "On … wrote:" line
  ],
  /** Gmail's own signature block. */
  signature: [
    '.gmail_signature', // Gmail-composed signature
    '[data-smartmail=gmail_signature]', // same, by attribute
    '.gmail_signature_prefix', // the "-- " before it
  ],
  /** Elements inside a body that are UI, not mail text. */
  bodyChrome: [
    '.ajR', // "show trimmed content" ellipsis
    '.yj6qo', // its spacer
  ],
  /** The signed-in account button, whose label names the account "(name@domain)". */
  account: [
    'a[href^="https://accounts.google.com/SignOutOptions"][aria-label]', // account button (label translated, href not)
    'header[role=banner] a[aria-label*="@"]', // structural: any banner link labelled with an address
    '[data-ogsr-up] [aria-label*="@"]', // older one-Google bar
  ],

  // The reply side, used by the content script to insert a draft.
  /** The reply button of a message (label translated: "Reply", "Responder", "回复"). */
  replyButton: [
    'div[role=button].aaq', // per-message reply arrow
    'td.acX .aaq', // same, by its cell
    '.amn span.ams.bkH[role=link]', // "Reply" link under the last message
  ],
  /** An open inline reply box. */
  inlineReply: [
    'div.ip.adB', // inline reply container
    'div.aoI[role=region][data-compose-id]', // compose region (inline or pop-out)
    'td.amr > div.nr', // reply cell
    'div.nr.tMHS5d', // reply box class pair
  ],
  /** A pop-out compose window. */
  popoutCompose: [
    '[role=dialog] div.aaZ', // pop-out / minimised compose
    'div.AD [role=dialog]', // full-screen compose
    '[role=dialog] [data-compose-id]', // structural: a compose region in a dialog
  ],
  /** The body editor inside a reply or compose box (match on g_editable/role, never on the translated label). */
  editor: [
    'div[g_editable=true][role=textbox][contenteditable=true]', // Gmail's rich editor
    'div.Am.aiL.Al.editable[contenteditable=true]', // by class
    '[role=textbox][contenteditable=true]', // structural
  ],
} as const satisfies Record<string, SelectorChain>;

/**
 * The same body parts as class names, tag names and ids, for the single walk that reads a body (matching selectors
 * element by element would cost more than the whole read). Keep in step with `quote`, `signature` and `bodyChrome`.
 */
export const BODY_PARTS = {
  quoteClasses: ['gmail_quote', 'moz-cite-prefix'],
  quoteTags: ['BLOCKQUOTE'],
  quoteIds: ['divRplyFwdMsg'],
  signatureClasses: ['gmail_signature', 'gmail_signature_prefix'],
  chromeClasses: ['ajR', 'yj6qo'],
} as const;

/** The first element matching the chain, trying each selector in order; null when none matches. */
export function queryFirst(root: ParentNode, chain: SelectorChain): Element | null {
  for (const selector of chain) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** The list as an array. An index loop: Array.from walks a NodeList through its iterator, three times slower in Chromium. */
export function elementsOf(list: NodeListOf<Element>): Element[] {
  const out = new Array<Element>(list.length);
  for (let i = 0; i < out.length; i++) out[i] = list[i];
  return out;
}

/** All elements matching the first selector of the chain that matches anything. */
export function queryAll(root: ParentNode, chain: SelectorChain): Element[] {
  for (const selector of chain) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return elementsOf(found);
  }
  return [];
}
