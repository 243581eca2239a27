import type { RequestSpec } from '../../../../scripts/fixtures/request-spec.ts';

export const MAIL_DATE = '2026-01-12T09:30:00+01:00';
/** When the quoted or forwarded original was written. */
const ORIGINAL_DATE_TEXT = 'ven 9 gen 2026 alle ore 11:20';

export interface MailHeaders {
  from: string;
  fromName: string;
  subject: string;
}

/** The referente writes to the secretariat themselves. */
export function directHeaders(spec: RequestSpec): MailHeaders {
  return { from: spec.contact.email ?? `protocollo@${spec.comune.domain}`, fromName: spec.contact.name, subject: `Richiesta Capacity Lab - Comune di ${spec.comune.name}` };
}

/** The Comune's protocol office sends the referente's mail on. */
function colleagueHeaders(spec: RequestSpec, subject: string): MailHeaders {
  return { from: `protocollo@${spec.comune.domain}`, fromName: `Ufficio Protocollo - Comune di ${spec.comune.name}`, subject };
}

const author = (spec: RequestSpec) => `${spec.contact.name} <${directHeaders(spec).from}>`;
const quoteAttribution = (spec: RequestSpec) => `Il giorno ${ORIGINAL_DATE_TEXT} ${author(spec)} ha scritto:`;

const INTRO = 'Buongiorno,\ncon la presente si chiede l’attivazione di un Capacity Lab Cap4City.';

/** The mail text around the form: a greeting, the form, a closing unless the form is signed. */
export function plainBody(document: string, signed: boolean): string {
  return `${INTRO}\n\n${document}${signed ? '' : '\n\nDistinti saluti'}\n`;
}

/** A plain-text body as it reaches the secretariat: as written, quoted in a new message, or forwarded. */
export function plainEnvelope(envelope: 'direct' | 'quoted' | 'forwarded', spec: RequestSpec, body: string): MailHeaders & { text: string } {
  const direct = directHeaders(spec);
  if (envelope === 'quoted') {
    const quoted = body.replace(/\n$/, '').split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
    const text = `Buongiorno,\nriprendo qui sotto la richiesta del nostro Comune, inviata nei giorni scorsi a un indirizzo errato.\n\nCordiali saluti\nUfficio Protocollo\n\n${quoteAttribution(spec)}\n${quoted}\n`;
    return { ...colleagueHeaders(spec, direct.subject), text };
  }
  if (envelope === 'forwarded') {
    const headerBlock = ['---------- Messaggio inoltrato ----------', `Da: ${author(spec)}`, `Data: ${ORIGINAL_DATE_TEXT}`, `Oggetto: ${direct.subject}`, `A: Ufficio Protocollo <protocollo@${spec.comune.domain}>`];
    const text = `Buongiorno,\nvi inoltro la richiesta del collega, come concordato.\n\nUfficio Protocollo\n\n${headerBlock.join('\n')}\n\n${body}`;
    return { ...colleagueHeaders(spec, `I: ${direct.subject}`), text };
  }
  return { ...direct, text: body };
}

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same three envelopes for an HTML body (a blockquote, a Gmail-like forward block). */
export function htmlEnvelope(envelope: 'direct' | 'quoted' | 'forwarded', spec: RequestSpec, bodyHtml: string): MailHeaders & { html: string } {
  const direct = directHeaders(spec);
  const page = (inner: string) => `<html><body style="font-family:Calibri,sans-serif">${inner}</body></html>`;
  if (envelope === 'quoted') {
    const html =
      '<p>Buongiorno,<br>riprendo qui sotto la richiesta del nostro Comune, inviata nei giorni scorsi a un indirizzo errato.</p><p>Cordiali saluti<br>Ufficio Protocollo</p>' +
      `<div class="gmail_quote"><div class="gmail_attr">${escapeHtml(quoteAttribution(spec))}<br></div>` +
      `<blockquote class="gmail_quote" type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${bodyHtml}</blockquote></div>`;
    return { ...colleagueHeaders(spec, direct.subject), html: page(html) };
  }
  if (envelope === 'forwarded') {
    const html =
      '<p>Buongiorno,<br>vi inoltro la richiesta del collega, come concordato.</p><p>Ufficio Protocollo</p>' +
      '<div class="gmail_quote"><div class="gmail_attr">---------- Messaggio inoltrato ----------<br>' +
      `Da: <b>${escapeHtml(spec.contact.name)}</b> &lt;${escapeHtml(direct.from)}&gt;<br>Data: ${ORIGINAL_DATE_TEXT}<br>Oggetto: ${escapeHtml(direct.subject)}<br>` +
      `A: Ufficio Protocollo &lt;protocollo@${spec.comune.domain}&gt;<br></div><br>${bodyHtml}</div>`;
    return { ...colleagueHeaders(spec, `I: ${direct.subject}`), html: page(html) };
  }
  return { ...direct, html: page(bodyHtml) };
}

/** The cover note of a mail that carries the form as an attachment (as the golden corpus writes it). */
export function coverText(spec: RequestSpec): string {
  const { contact, comune } = spec;
  return (
    `Gentile Segreteria Cap4City,\n\nsi trasmette in allegato il modulo compilato per la richiesta di attivazione di un Capacity Lab da parte del Comune di ${comune.name}.\n` +
    `Restiamo a disposizione per ogni chiarimento.\n\nCordiali saluti\n\n${contact.name}\n${contact.role ?? ''}\nComune di ${comune.name}\n`
  );
}
