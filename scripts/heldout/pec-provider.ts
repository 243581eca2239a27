import { signDetached } from '../fixtures/sign-cms.ts';

/** How a PEC provider shapes its envelopes and receipts (the headers and part order differ between them). */
export interface PecProvider {
  name: string;
  domain: string;
  style: 'aruba' | 'legalmail' | 'postecert';
}

export const ARUBA: PecProvider = { name: 'ARUBA PEC S.p.A.', domain: 'pec.aruba.it', style: 'aruba' };
export const LEGALMAIL: PecProvider = { name: 'InfoCert S.p.A.', domain: 'legalmail.it', style: 'legalmail' };
export const POSTECERT: PecProvider = { name: 'Postecom S.p.A.', domain: 'postecert.it', style: 'postecert' };

export interface PecTransportOptions {
  provider: PecProvider;
  /** daticert.xml `tipo`: posta-certificata, presa-in-carico, rilevazione-virus, avvenuta-consegna... */
  type: string;
  sender: string;
  recipient: string;
  subject: string;
  day: string;
  time: string;
  identifier: string;
  originalMessageId: string;
  original?: Buffer;
  error?: string;
}

const CRLF = '\r\n';
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const base64Lines = (data: Buffer) => (data.toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);

const RECEIPT_SUBJECT: Record<string, string> = {
  'posta-certificata': 'POSTA CERTIFICATA',
  'presa-in-carico': 'PRESA IN CARICO',
  'rilevazione-virus': 'PROBLEMA DI SICUREZZA',
  'avvenuta-consegna': 'CONSEGNA',
};

const NOTICE: Record<string, (o: PecTransportOptions) => string> = {
  'posta-certificata': (o) =>
    `Messaggio di posta certificata\n\nIl giorno ${o.day} alle ore ${o.time} (+0100) il messaggio "${o.subject}" è stato inviato da "${o.sender}" indirizzato a:\n${o.recipient}\nIl messaggio originale è incluso in allegato.\nIdentificativo messaggio: ${o.identifier}`,
  'presa-in-carico': (o) =>
    `Ricevuta di presa in carico\n\nIl giorno ${o.day} alle ore ${o.time} (+0100) il messaggio con Oggetto "${o.subject}" inviato da "${o.sender}" e destinato a "${o.recipient}" è stato accettato dal sistema ricevente.\nIdentificativo messaggio: ${o.identifier}`,
  'rilevazione-virus': (o) =>
    `Avviso di rilevazione virus\n\nIl giorno ${o.day} alle ore ${o.time} (+0100) nel messaggio "${o.subject}" proveniente da "${o.sender}" e destinato a "${o.recipient}" è stato rilevato un virus informatico.\nIl messaggio non è stato inoltrato.\nIdentificativo messaggio: ${o.identifier}`,
  'avvenuta-consegna': (o) =>
    `Ricevuta di avvenuta consegna\n\nIl giorno ${o.day} alle ore ${o.time} (+0100) il messaggio "${o.subject}" proveniente da "${o.sender}" ed indirizzato a "${o.recipient}" è stato consegnato nella casella di destinazione.\nIdentificativo messaggio: ${o.identifier}`,
};

function daticert(o: PecTransportOptions): string {
  const doctype = o.provider.style === 'postecert' ? '<!DOCTYPE postacert SYSTEM "Postacert.dtd">\n' : '';
  const delivery = o.type === 'avvenuta-consegna' || o.type === 'presa-in-carico' ? `<consegna>${o.recipient}</consegna>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}<postacert tipo="${o.type}" errore="${o.error ?? 'nessuno'}">` +
    `<intestazione><mittente>${o.sender}</mittente><destinatari tipo="certificato">${o.recipient}</destinatari><risposte>${o.sender}</risposte>` +
    `<oggetto>${escapeXml(o.subject)}</oggetto></intestazione><dati><gestore-emittente>${escapeXml(o.provider.name)}</gestore-emittente>` +
    `<data zona="+0100"><giorno>${o.day}</giorno><ora>${o.time}</ora></data><identificativo>${o.identifier}</identificativo>` +
    `<msgid>&lt;${o.originalMessageId.replace(/^<|>$/g, '')}&gt;</msgid>${delivery}</dati></postacert>\n`
  );
}

function rfc2822(day: string, time: string): string {
  const [d, m, y] = day.split('/').map(Number);
  const parts = new Date(Date.UTC(y ?? 2026, (m ?? 1) - 1, d ?? 1)).toUTCString().split(' ');
  return `${parts[0]} ${String(d).padStart(2, '0')} ${parts[2]} ${String(y)} ${time} +0100`;
}

/** Latin-1 quoted-printable: the notices of most providers are encoded this way. */
function qp(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      let width = 0;
      for (const byte of Buffer.from(line, 'latin1')) {
        const token = byte >= 0x20 && byte < 0x7f && byte !== 0x3d ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        if (width + token.length > 75) {
          out += `=${CRLF}`;
          width = 0;
        }
        out += token;
        width += token.length;
      }
      return out;
    })
    .join(CRLF);
}

/** A PEC envelope or receipt in the given provider's style, signed (smime.p7s) by the provider. */
export function pecTransport(o: PecTransportOptions): Buffer {
  const isEnvelope = o.type === 'posta-certificata';
  const tag = o.identifier.replace(/[^a-z0-9]/gi, '').slice(-10);
  const mixedBoundary = `_mixed_${tag}`;
  const signedBoundary = `_signed_${tag}`;
  const notice = (NOTICE[o.type] ?? NOTICE['avvenuta-consegna'])!(o);
  const noticeParts =
    o.provider.style === 'postecert'
      ? [`--${mixedBoundary}`, 'Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: quoted-printable', '', qp(notice), '']
      : [
          `--${mixedBoundary}`,
          `Content-Type: multipart/alternative; boundary="_alt_${tag}"`,
          '',
          `--_alt_${tag}`,
          'Content-Type: text/plain; charset=iso-8859-1',
          'Content-Transfer-Encoding: quoted-printable',
          '',
          qp(notice),
          `--_alt_${tag}`,
          'Content-Type: text/html; charset=iso-8859-1',
          'Content-Transfer-Encoding: quoted-printable',
          '',
          qp(`<html><body><p>${escapeXml(notice).replace(/\n/g, '<br>')}</p></body></html>`),
          `--_alt_${tag}--`,
          '',
        ];
  const daticertPart = [
    `--${mixedBoundary}`,
    'Content-Type: application/xml; name="daticert.xml"',
    'Content-Disposition: attachment; filename="daticert.xml"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(daticert(o))),
    '',
  ];
  const originalPart = o.original
    ? [
        `--${mixedBoundary}`,
        'Content-Type: message/rfc822; name="postacert.eml"',
        'Content-Disposition: attachment; filename="postacert.eml"',
        '',
        o.original.toString('latin1').replace(/\r?\n/g, CRLF).replace(/\r\n$/, ''),
        '',
      ]
    : [];
  // Aruba and Legalmail put postacert.eml before daticert.xml; the order is not fixed by the rules
  const parts = o.provider.style === 'legalmail' ? [...noticeParts, ...daticertPart, ...originalPart] : [...noticeParts, ...originalPart, ...daticertPart];
  const mixed = [`Content-Type: multipart/mixed; boundary="${mixedBoundary}"`, '', ...parts, `--${mixedBoundary}--`].join(CRLF);
  const signatureBytes = signDetached(Buffer.from(mixed, 'latin1'));
  const subjectPrefix = RECEIPT_SUBJECT[o.type] ?? o.type.toUpperCase();
  const transportHeader = isEnvelope ? `X-Trasporto: ${o.type}` : `X-Ricevuta: ${o.type}`;
  const providerHeaders =
    o.provider.style === 'aruba'
      ? [`Received: from smtpdoc.${o.provider.domain} (smtpdoc.${o.provider.domain} [127.0.0.2])${CRLF}\tby mbox.anci.example.it; ${rfc2822(o.day, o.time)}`, 'X-Mailer: Aruba PEC Mailer']
      : o.provider.style === 'legalmail'
        ? [`Received: from mx01.${o.provider.domain} (127.0.0.3) by mbox.anci.example.it; ${rfc2822(o.day, o.time)}`, 'X-Legalmail-Trasporto: si']
        : [`Received: from relay.${o.provider.domain} (127.0.0.4) by mbox.anci.example.it; ${rfc2822(o.day, o.time)}`];
  const headers = [
    `Return-Path: <posta-certificata@${o.provider.domain}>`,
    ...providerHeaders,
    `Date: ${rfc2822(o.day, o.time)}`,
    `From: ${isEnvelope ? `"Per conto di: ${o.sender}" <posta-certificata@${o.provider.domain}>` : `posta-certificata@${o.provider.domain}`}`,
    ...(isEnvelope ? [`Reply-To: ${o.sender}`] : []),
    `To: ${isEnvelope ? o.recipient : o.sender}`,
    `Subject: ${subjectPrefix}: ${o.subject}`,
    `Message-ID: <${o.identifier}>`,
    `X-Riferimento-Message-ID: <${o.originalMessageId.replace(/^<|>$/g, '')}>`,
    transportHeader,
    ...(isEnvelope ? [] : ['X-TipoRicevuta: completa']),
    'MIME-Version: 1.0',
    `Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="${signedBoundary}"`,
  ];
  const raw = [
    ...headers,
    '',
    'Questo è un messaggio firmato S/MIME',
    `--${signedBoundary}`,
    mixed,
    `--${signedBoundary}`,
    'Content-Type: application/pkcs7-signature; name="smime.p7s"',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="smime.p7s"',
    '',
    base64Lines(signatureBytes),
    `--${signedBoundary}--`,
    '',
  ].join(CRLF);
  return Buffer.from(raw, 'latin1');
}
