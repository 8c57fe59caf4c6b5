// The crisp-oss `email-reply-parser` package seen through our Splitter interface: the baseline the external suites
// compare our splitter with (Node only; the package cannot load in the extension).
import EmailReplyParser from 'email-reply-parser';
import type { Splitter } from './reply-suites';

export const libraryBaseline: Splitter = {
  split(text) {
    const email = new EmailReplyParser().read(text);
    const signature = email
      .getFragments()
      .filter((f) => f.isSignature())
      .map((f) => f.getContent())
      .join('\n');
    return { body: email.getVisibleText(), quoted: email.getQuotedText(), signature };
  },
  strip(text) {
    return new EmailReplyParser().read(text).getVisibleText();
  },
};
