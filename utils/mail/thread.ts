// The thread model: the only view of mail that triage, matching and drafting ever read (never the DOM).

export interface Person {
  name: string;
  email: string;
}

export interface MailMessage {
  id: string;
  from: Person;
  to: Person[];
  /** When it was sent, ISO 8601 in UTC; null when the page did not say. */
  sentAt: string | null;
  /** The new text the sender wrote: quoted history and signature removed. */
  body: string;
  quoted: string;
  signature: string;
  attachments: string[];
  fromMe: boolean;
  /** A collapsed message of which only a snippet could be read. */
  partial: boolean;
}

export interface MailThread {
  id: string;
  subject: string;
  url: string;
  messages: MailMessage[];
  /** 'gmail' when the adapter read the page; 'compatibility' for a page read by the Readability fallback; 'file' for the CLI. */
  source: 'gmail' | 'compatibility' | 'file';
  /** What could not be read, in plain words, for the panel. */
  problems: string[];
}
