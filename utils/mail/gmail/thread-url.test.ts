import { describe, expect, it } from 'vitest';
import { isGmailThreadUrl } from './thread-url';

describe('isGmailThreadUrl', () => {
  it.each([
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGZbKxmPnWvTqLcRsDhBxNwM',
    'https://mail.google.com/mail/u/1/#label/Clients%2FAcme/FMfcgzQXJGZbKxmPnWvTqLcRsDhBxNwM',
    'https://mail.google.com/mail/u/0/#search/invoice/1781c6a5b2f0e3d4',
    'https://mail.google.com/mail/u/0/#sent/FMfcgzQXJGZbKxmPnWvTqLcRsDhBxNwM?compose=new',
  ])('knows a thread: %s', (url) => {
    expect(isGmailThreadUrl(url)).toBe(true);
  });

  it.each([
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/0/#label/Clients',
    'https://mail.google.com/mail/u/0/#search/invoice+march',
    'https://mail.google.com/mail/u/0/#settings/general',
    'https://mail.google.com/mail/u/0/',
    'not a url',
  ])('knows a list or settings page is not a thread: %s', (url) => {
    expect(isGmailThreadUrl(url)).toBe(false);
  });
});
