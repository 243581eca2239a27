import { comuneMail, messageIdFor } from '../fixtures/comune-mail.ts';
import type { ComuneMailOptions } from '../fixtures/comune-mail.ts';
import { SECRETARIAT } from '../fixtures/parse-context.ts';
import { pecMessage } from '../fixtures/pec-message.ts';
import type { MailHeader } from './expect.ts';

export { comuneMail, messageIdFor, SECRETARIAT };

export interface Attachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

/** A Comune's mail and the header view its expectation asserts, from one set of options. */
export function mailWithHeader(o: ComuneMailOptions): { build: () => Promise<Buffer>; header: MailHeader } {
  return { build: () => comuneMail(o), header: { from: o.from, subject: o.subject, date: o.date } };
}

export interface PecWrap {
  /** The Comune's PEC box, sender of the inner message. */
  sender: string;
  provider: { name: string; domain: string };
  identifier: string;
  /** dd/mm/yyyy and hh:mm:ss, local time (+0100). */
  day: string;
  time: string;
  inner: Omit<ComuneMailOptions, 'from' | 'date'>;
}

/** The inner message sent from the PEC box, wrapped by the provider as postacert.eml. */
export async function pecEnvelope(o: PecWrap): Promise<Buffer> {
  const [d, m, y] = o.day.split('/');
  const date = `${y}-${m}-${d}T${o.time}+01:00`;
  const original = await comuneMail({ ...o.inner, from: o.sender, date });
  const domain = o.sender.split('@')[1] ?? 'localhost';
  return pecMessage({
    type: 'posta-certificata',
    provider: o.provider,
    sender: o.sender,
    recipient: o.inner.to ?? SECRETARIAT,
    subject: o.inner.subject,
    day: o.day,
    time: o.time,
    identifier: o.identifier,
    originalMessageId: messageIdFor(o.inner.id, domain, o.inner.client ?? 'thunderbird'),
    original,
  });
}

export const ARUBA = { name: 'ARUBA PEC S.p.A.', domain: 'pec.aruba.it' };
export const LEGALMAIL = { name: 'InfoCert S.p.A.', domain: 'legalmail.it' };
export const POSTECERT = { name: 'Postecom S.p.A.', domain: 'postecert.it' };

/** Italian date words as mail clients print them in quoted headers. */
export function italianDate(iso: string): string {
  const days = ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'];
  const months = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(iso);
  if (!match) throw new Error(`bad date ${iso}`);
  const [, y, m, d, hh, mm] = match;
  const weekday = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay();
  return `${days[weekday]} ${Number(d)} ${months[Number(m) - 1]} ${y} ${hh}:${mm}`;
}

/** The header view of a Comune's mail options. */
export const headerOf = (m: ComuneMailOptions): MailHeader => ({ from: m.from, subject: m.subject, date: m.date });

/** A mail carrying documents that are built when the message is. */
export function withAttachments(mail: ComuneMailOptions, documents: { filename: string; contentType: string; make: () => Promise<Buffer> }[]): () => Promise<Buffer> {
  return async () => {
    const attachments = [];
    for (const d of documents) attachments.push({ filename: d.filename, contentType: d.contentType, content: await d.make() });
    return comuneMail({ ...mail, attachments });
  };
}

export function withAttachment(mail: ComuneMailOptions, filename: string, contentType: string, make: () => Promise<Buffer>): () => Promise<Buffer> {
  return withAttachments(mail, [{ filename, contentType, make }]);
}
