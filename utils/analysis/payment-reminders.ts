import type { MailMessage } from '../mail/thread';

// The payment tone ladder climbs with the reminders the provider has already sent in this thread.
const REMINDER_WORDS =
  /\b(reminder|overdue|past due|outstanding invoice|recordatorio|vencid[ao]|pendiente de pago)\b|提醒|逾期|催款|付款通知/i;

export function countPaymentReminders(messages: MailMessage[]): number {
  return messages.filter((m) => m.fromMe && REMINDER_WORDS.test(m.body)).length;
}
