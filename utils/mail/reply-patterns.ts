// The text rules that tell new text from quoted history and signatures, in the languages our users work in and the
// ones their clients' mail programs write. Patterns are adapted from crisp-oss/email-reply-parser (MIT) and checked
// against its suite, willdurand/EmailReplyParser's and mailgun/talon's (test/fixtures/reply-parsing), then extended
// for Spanish and Chinese mail clients. Every pattern runs on one line (or a few joined) of bounded length, so no
// input can make them backtrack for long.

/** Lines longer than this are never headers or signature markers (and regexes never see them). */
export const MAX_MARKER_LINE = 400;

/** Verbs that end an "On <date>, <name> wrote:" line, by language. */
const WROTE =
  'wrote|sent|writes|escribió|escribio|escribe|ha escrit|va escriure|a écrit|écrit|schrieb|schreef|geschreven|' +
  'het volgende geschreven|skrev|napisał|napisał\\(a\\)|pisze|escreveu|ha scritto|scritto|kirjoitti|đã viết|написал|' +
  'написала|написав|написала|napsal|írta|yazdı';

/**
 * A cheap test on the end of a line (its last 80 characters) that every attribution pattern below implies: it ends
 * in a "wrote" verb or in ":" / ">" (an address). Lines that fail it skip the costly patterns.
 */
export const ATTRIBUTION_TAIL = new RegExp(`((${WROTE}|写道|寫道|작성|のメッセージ)\\s*[:：]?[-*\\s]*|[:：>]\\s*)$`, 'iu');

/** "On …, … wrote:" and its translations, possibly framed by dashes ("---- John wrote ----"). */
export const ATTRIBUTION_LINE: RegExp[] = [
  // Starts with the preposition, ends with the verb: On/El/Le/Am/Em/Il/Op/Den/På/W dniu/Dnia/Vào/pe …
  new RegExp(`^[-*>\\s]*(on|el|le|am|em|il|op|den|på|w dniu|dnia|vào|pe|ср|вт|пн|чт|пт|сб|вс)\\b.{2,}?\\s(${WROTE})\\s*[:：]?[-*\\s]*$`, 'iu'),
  // Any short line ending in the verb and a colon that names an address or a date: "Name <a@b> wrote:".
  new RegExp(`^.{0,300}\\s(${WROTE})\\s*[:：]\\s*$`, 'iu'),
  // "---- John Smith wrote ----" (Android).
  new RegExp(`^-{2,}\\s*.{1,120}\\s(${WROTE})\\s*-{2,}$`, 'iu'),
  // "Am 25.06.2015 um 10:55 schrieb Test user:", "Den 08/06/2015 kl. 21.21 skrev Name <a@b>:", "tir. 18. apr. … skrev".
  /^.{0,200}\d.{0,200}\s(schrieb|skrev|schreef)\s.{1,200}:\s*$/iu,
  // Chinese (Apple Mail, Foxmail, QQ): "在 2016年11月8日，下午2:23，Name <a@b> 写道：", "Name 于 2026年11月20日 写道：".
  /^\s*在.{2,300}[写寫]道\s*[:：]?\s*$/u,
  /^.{1,200}于.{2,200}[写寫]道\s*[:：]?\s*$/u,
  /^.{0,300}[写寫]道\s*[:：]\s*$/u,
  // Korean and Japanese Apple Mail.
  /^.{0,300}\s작성\s*:\s*$/u,
  /^.{0,300}のメッセージ\s*[:：]\s*$/u,
  // Gmail's ISO form "2014-03-20 8:48 GMT+01:00 Name <a@b>:" and "2011/4/7 Name <a@b>".
  /^\s*\d{4}[-/.]\s?\d{1,2}[-/.]\s?\d{1,2}\.?\s.{0,200}<?[^\s<>]+@[^\s<>]+>?\s*:?\s*$/u,
  // Any line with a year that ends in "<address>:" — "11:00 AM, November 17, 2021, "John" <a@b>:", Russian, etc.
  /^.{0,300}\d{4}.{0,300}<[^\s<>]+@[^\s<>]+>\s*:\s*$/u,
  // "DD.MM.YYYY HH:MM, "Name" <a@b>:".
  /^\s*\d{1,2}[./]\d{1,2}[./]\d{4}.{0,200}<[^\s<>]+@[^\s<>]+>\s*:\s*$/u,
];

/** Separator lines that open a quoted or forwarded message. */
export const SEPARATOR_LINE: RegExp[] = [
  /^\s*[-=_*\s]{2,}\s*(original message|reply message|ursprüngliche nachricht|antwort nachricht|oprindelig meddelelse|oprindelig besked|message d'origine|mensaje original|mensagem original|messaggio originale|oorspronkelijk bericht|opprinnelig melding|ursprungligt meddelande|alkuperäinen viesti|původní zpráva|wiadomość oryginalna|исходное сообщение|原始邮件|原始郵件|原始信件|元のメッセージ)\s*[-=_*\s]{2,}\s*$/iu,
  /^\s*[-=_*\s]{2,}\s*(forwarded message|mensaje reenviado|message transféré|weitergeleitete nachricht|mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht|转发的邮件|轉寄的郵件|转发邮件信息|転送されたメッセージ)\s*[-=_*\s]{2,}\s*$/iu,
  /^\s*(begin forwarded message|inicio del mensaje reenviado|comienzo del mensaje reenviado|début du message réexpédié|anfang der weitergeleiteten nachricht|下面是被转发的邮件|以下为转发的邮件)\s*[:：]\s*$/iu,
];

/** Field names of a quoted message's header block (Outlook "From:/Sent:/To:/Subject:" and translations). */
const FROM_FIELD =
  'from|von|de|van|da|fra|från|od|lähettäjä|feladó|от|kimden|发件人|寄件者|寄件人|差出人|보낸 사람|Від';
const OTHER_FIELD =
  'sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|date|à|objet|enviado|fecha|para|asunto|cc|verzonden|' +
  'aan|onderwerp|inviato|data|oggetto|a|sendt|til|emne|skickat|till|ämne|wysłano|do|temat|lähetetty|vastaanottaja|' +
  'aihe|отправлено|кому|тема|发送时间|发送日期|日期|时间|收件人|抄送|主题|寄件日期|傳送時間|收件者|主旨|送信日時|宛先|件名|' +
  'enviada|assunto|gönderildi|konu';

const FIELD_PREFIX = '^\\s*[*_]{0,2}\\s*';
const FIELD_SUFFIX = '\\s*[*_]{0,2}\\s*[:：]';
export const FROM_FIELD_LINE = new RegExp(`${FIELD_PREFIX}(${FROM_FIELD})${FIELD_SUFFIX}`, 'iu');
export const ANY_FIELD_LINE = new RegExp(`${FIELD_PREFIX}(${FROM_FIELD}|${OTHER_FIELD})${FIELD_SUFFIX}`, 'iu');
/** "From: Name <a@b>" alone is already a header (crisp's rule), also "De: Name [mailto:a@b]". */
export const FROM_WITH_ADDRESS = new RegExp(`${FIELD_PREFIX}(${FROM_FIELD})${FIELD_SUFFIX}.{0,200}[<\\[(]\\s*(mailto:)?[^\\s<>]+@[^\\s<>]+`, 'iu');

/** Lines that start a signature: the "-- " delimiter and separators. */
export const SIGNATURE_DELIMITER: RegExp[] = [
  /^--\s*$/, // RFC 3676 "-- " and its common "--"
  /^\s*_{2,}\s*$/, // underscore rule before a footer
  /^={2,}\s*$/, // "====" some clients put above the signature
];

/** A line that is only a closing ("Best regards,", "Un saludo,", "此致"); a signature when a short name block follows. */
export const CLOSING_LINE =
  /^\s*(regards|best regards|kind regards|warm regards|warmest regards|best wishes|cheers|sincerely|yours sincerely|yours truly|saludos|un saludo|saludos cordiales|un cordial saludo|atentamente|cordialmente|un abrazo|abrazos|此致|祝好|顺祝商祺|顺颂商祺|敬上)\s*[,.!！，。]?\s*$/iu;

/** Mobile and client signatures; only a signature when nothing but a few short lines follow them. */
export const DEVICE_SIGNATURE: RegExp[] = [
  /^\s*(?![^,]*,)(sent from|sent via|sent with|sent using|get outlook for|envoyé de|envoyé depuis|envoyé à partir de|gesendet von|von meinem .* gesendet|verstuurd vanaf|verzonden vanaf|inviato da|sendt fra|skickat från|enviado desde|enviado con|enviado a través de|enviado do|enviado de|obtener outlook para|descargar outlook para|obtén outlook para)\b.{0,80}$/iu,
  /^\s*(发自|發自|来自|來自|从|從)我的.{1,40}$/u, // 发自我的iPhone, 來自我的 iPad, 从我的华为手机发送
  /^\s*(发送自|發送自)\s*.{1,40}$/u, // 发送自 Outlook
  /^\s*从\s*.{1,40}\s*发送\s*$/u,
  /^\s*iPhoneから送信\s*$/u,
];
