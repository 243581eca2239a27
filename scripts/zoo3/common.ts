import { pecEnvelope } from '../zoo/mail.ts';
import type { PecWrap } from '../zoo/mail.ts';
import { signP7m } from '../fixtures/sign-cms.ts';

export { ARUBA, LEGALMAIL, POSTECERT, comuneMail, headerOf, pecEnvelope, withAttachment, withAttachments } from '../zoo/mail.ts';
export { expectRequest } from '../zoo/expect.ts';
export { MIME } from '../zoo/zoo-case.ts';
export { ZOO3_COMUNI as C } from './comuni.ts';
export { signP7m };

export const NAMIRIAL = { name: 'Namirial S.p.A.', domain: 'sicurezzapostale.it' };
export const ACTALIS = { name: 'Actalis S.p.A.', domain: 'actaliscertymail.it' };
export const REGISTER = { name: 'REGISTER.IT S.p.A.', domain: 'pec.register.it' };

/** The secretariat as Comuni address it in letters. */
export const RECIPIENT = ['Al Segretariato Cap4City – ANCI', 'Via dei Prefetti, 46', '00186 Roma', 'cap4city@anci.example.it'];

/** A PEC envelope whose documents are built (and signed where asked) when the message is. */
export function pecWith(wrap: Omit<PecWrap, 'inner'> & { inner: Omit<PecWrap['inner'], 'attachments'> }, documents: { filename: string; contentType: string; make: () => Promise<Buffer>; sign?: boolean }[]): () => Promise<Buffer> {
  return async () => {
    const attachments = [];
    for (const d of documents) {
      const content = await d.make();
      attachments.push({ filename: d.filename, contentType: d.contentType, content: d.sign ? signP7m(content) : content });
    }
    return pecEnvelope({ ...wrap, inner: { ...wrap.inner, attachments } });
  };
}

/** The Segnatura.xml a protocol system attaches to an outgoing PEC (AgID interoperability, simplified). */
export function segnaturaXml(o: { amministrazione: string; codiceAmministrazione: string; aoo: string; numero: string; data: string; oggetto: string; pec: string; documento: string }): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<Segnatura versione="2001-05-07" xml:lang="it">\n' +
      '  <Intestazione>\n' +
      '    <Identificatore>\n' +
      `      <CodiceAmministrazione>${o.codiceAmministrazione}</CodiceAmministrazione>\n` +
      `      <CodiceAOO>${o.aoo}</CodiceAOO>\n` +
      `      <NumeroRegistrazione>${o.numero}</NumeroRegistrazione>\n` +
      `      <DataRegistrazione>${o.data}</DataRegistrazione>\n` +
      '    </Identificatore>\n' +
      '    <Origine>\n' +
      `      <IndirizzoTelematico tipo="smtp">${o.pec}</IndirizzoTelematico>\n` +
      '      <Mittente>\n' +
      `        <Amministrazione><Denominazione>${esc(o.amministrazione)}</Denominazione><CodiceAmministrazione>${o.codiceAmministrazione}</CodiceAmministrazione></Amministrazione>\n` +
      `        <AOO><Denominazione>${esc(o.amministrazione)} - AOO</Denominazione><CodiceAOO>${o.aoo}</CodiceAOO></AOO>\n` +
      '      </Mittente>\n' +
      '    </Origine>\n' +
      '    <Destinazione confermaRicezione="si">\n' +
      '      <IndirizzoTelematico tipo="smtp">cap4city@anci.example.it</IndirizzoTelematico>\n' +
      '    </Destinazione>\n' +
      `    <Oggetto>${esc(o.oggetto)}</Oggetto>\n` +
      '  </Intestazione>\n' +
      '  <Descrizione>\n' +
      `    <Documento nome="${esc(o.documento)}" tipoRiferimento="MIME"/>\n` +
      '  </Descrizione>\n' +
      '</Segnatura>\n',
  );
}
