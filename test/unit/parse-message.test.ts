import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/core/normalize/catalog.ts';
import { emptyLabRequest, parseMessage, type ParseContext } from '../../src/core/parse-message.ts';
import { BASE_HEADERS, buildMail } from './message/build-mail.ts';
import { buildDaticert, buildPecEnvelope } from './message/build-pec.ts';
import { signCades } from './message/sign-cades.ts';
import { buildDocx } from './extract-form/fixtures/build-office.ts';

const root = new URL('../../', import.meta.url);
const samples = new URL('test/fixtures/samples/', root);
let ctx: ParseContext;

beforeAll(() => {
  ctx = {
    catalog: parseCatalog(readFileSync(new URL('config/catalog.yaml', root), 'utf8')),
    ownAddresses: ['cap4city@anci.it'],
    ownMessageIdDomain: 'cap4city.anci.it',
  };
});

const REQUEST_BODY = [
  'Buongiorno,',
  'inviamo la richiesta di un Capacity Lab.',
  '',
  'Comune richiedente: Bari',
  'Referente: Mario Rossi',
  'E-mail: m.rossi@comune.bari.it',
  'Laboratorio richiesto: Procedure e affidamenti',
  'Fabbisogni e obiettivi: migliorare la gestione delle gare PNRR',
  '',
].join('\n');

const textMail = (headers: Record<string, string>, body: string) =>
  buildMail({ ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers }, body);

describe('parseMessage', () => {
  it('parses a request written in the body, with every contract key', async () => {
    const parsed = await parseMessage(textMail({}, REQUEST_BODY), ctx);
    expect(Object.keys(parsed).sort()).toEqual(['form', 'kind', 'message', 'missing', 'pec', 'reason', 'request', 'schema', 'sources', 'warnings']);
    expect(parsed).toMatchObject({
      schema: 1,
      kind: 'request',
      reason: null,
      message: {
        messageId: '<abc123@comune.bari.it>',
        from: 'segreteria@comune.bari.it',
        subject: 'Richiesta laboratorio',
        date: '2026-01-12T09:30:00.000Z',
      },
      pec: null,
      form: { source: 'body', filename: null, signature: null },
      missing: [],
    });
    expect(parsed.request.comune).toMatchObject({ name: 'Bari', istat: '072006', match: 'exact' });
    expect(parsed.request.labs).toEqual([{ code: 'PC-3', title: 'Procedure e affidamenti' }]);
    expect(parsed.request.contact.email).toBe('m.rossi@comune.bari.it');
    expect(new Set(parsed.warnings).size).toBe(parsed.warnings.length);
  });

  it('reads the request inside a PEC envelope and describes the envelope', async () => {
    const inner = [
      'From: Ufficio Protocollo <protocollo@pec.comune.bari.it>',
      'To: cap4city@pec.anci.it',
      'Subject: Richiesta laboratorio',
      'Message-ID: <orig-1@comune.bari.it>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      REQUEST_BODY.replace('E-mail: m.rossi@comune.bari.it\n', ''),
    ].join('\r\n');
    const parsed = await parseMessage(buildPecEnvelope({ inner, daticert: buildDaticert('posta-certificata') }), ctx);
    expect(parsed.kind).toBe('request');
    expect(parsed.message).toEqual({
      messageId: '<opec21.20260112093005.1234@pec.example.it>',
      from: 'posta-certificata@pec.example.it',
      subject: 'POSTA CERTIFICATA: Richiesta laboratorio',
      date: '2026-01-12T08:30:05.000Z',
    });
    expect(parsed.pec).toEqual({
      type: 'posta-certificata',
      sender: 'protocollo@pec.comune.bari.it',
      identifier: 'opec21.20260112093005.1234@pec.example.it',
      date: '2026-01-12T08:30:05.000Z',
    });
    expect(parsed.request.comune.name).toBe('Bari');
    // the contact e-mail falls back to the inner sender, not the PEC provider
    expect(parsed.request.contact.email).toBe('protocollo@pec.comune.bari.it');
  });

  it('records the CAdES signer of a signed PDF form', async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595, 842]);
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    REQUEST_BODY.split('\n').forEach((line, index) => page.drawText(line, { x: 50, y: 780 - index * 20, size: 11, font }));
    const signed = signCades(Buffer.from(await pdf.save()));
    const body = [
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'In allegato il modulo firmato.',
      '--b',
      'Content-Type: application/pkcs7-mime; name="modulo.pdf.p7m"',
      'Content-Disposition: attachment; filename="modulo.pdf.p7m"',
      'Content-Transfer-Encoding: base64',
      '',
      signed.toString('base64').replace(/(.{76})/g, '$1\n'),
      '--b--',
      '',
    ].join('\n');
    const parsed = await parseMessage(buildMail({ ...BASE_HEADERS, 'Content-Type': 'multipart/mixed; boundary="b"' }, body), ctx);
    expect(parsed.kind).toBe('request');
    expect(parsed.form).toEqual({
      source: 'pdf-text',
      filename: 'modulo.pdf.p7m',
      signature: { type: 'cades', signer: 'MARIO ROSSI', taxCode: 'RSSMRA80A01H501U' },
    });
    expect(parsed.request.labs.map((lab) => lab.code)).toEqual(['PC-3']);
  });

  it('stops at automatic mail', async () => {
    const parsed = await parseMessage(textMail({ 'Auto-Submitted': 'auto-replied', Subject: 'Risposta automatica: Richiesta' }, REQUEST_BODY), ctx);
    expect(parsed).toMatchObject({ kind: 'automatic', reason: 'auto-submitted: auto-replied', form: null, missing: [], pec: null });
    expect(parsed.request).toEqual(emptyLabRequest());
  });

  it('stops at PEC receipts, never opening the original they embed', async () => {
    const parsed = await parseMessage(readFileSync(new URL('pec/go-pec-avvenuta-consegna-with-original.eml', samples)), ctx);
    expect(parsed).toMatchObject({ kind: 'pec-receipt', reason: 'avvenuta-consegna', form: null, missing: [] });
    expect(parsed.pec?.type).toBe('avvenuta-consegna');
    expect(parsed.request).toEqual(emptyLabRequest());
  });

  it('classifies the DSN sample as automatic and the truncated envelope without crashing', async () => {
    expect((await parseMessage(readFileSync(new URL('other/java-pec-dsn-failure.eml', samples)), ctx)).kind).toBe('automatic');
    const truncated = await parseMessage(readFileSync(new URL('pec/go-pec-envelope-truncated.eml', samples)), ctx);
    expect(truncated.pec?.type).toBe('posta-certificata');
    expect(truncated.warnings.some((w) => w.startsWith('pec-envelope-truncated'))).toBe(true);
  });

  it('marks a reply on a known thread and keeps what it says', async () => {
    const parsed = await parseMessage(
      textMail({ Subject: 'Re: [C4C-2026-00042] Informazioni mancanti' }, 'Referente: Mario Rossi\nE-mail: m.rossi@comune.bari.it\n'),
      ctx,
    );
    expect(parsed.kind).toBe('reply');
    expect(parsed.reason).toBe('request-code: C4C-2026-00042');
    expect(parsed.request.contact.name).toBe('Mario Rossi');
  });

  it('marks a reply by In-Reply-To even with nothing form-like', async () => {
    const parsed = await parseMessage(textMail({ 'In-Reply-To': '<offer-7@cap4city.anci.it>' }, 'Accetto, grazie.\n'), ctx);
    expect(parsed).toMatchObject({ kind: 'reply', reason: 'in-reply-to: <offer-7@cap4city.anci.it>', form: null });
  });

  it('tells a thank-you from a request', async () => {
    const parsed = await parseMessage(textMail({ Subject: 'Grazie' }, 'Grazie mille per la disponibilità.\nCordiali saluti\n'), ctx);
    expect(parsed).toMatchObject({ kind: 'not-a-request', reason: null, form: null, missing: [] });
  });

  it('never throws on garbage', async () => {
    const parsed = await parseMessage(Buffer.from([0, 1, 2, 3]), ctx);
    expect(parsed.schema).toBe(1);
    expect(parsed.kind).toBe('not-a-request');
  });
});

describe('parseMessage on real-world variants', () => {
  it('classes a question naming labs and a Comune as not-a-request', async () => {
    const body = 'Salve,\nqual è la differenza tra PO-2 Reclutamento e PO-3? Il Comune di Bari vorrebbe capire quale scegliere.\n\nGrazie\nUfficio Personale\nComune di Bari';
    const parsed = await parseMessage(textMail({ Subject: 'Domanda sul catalogo' }, body), ctx);
    expect(parsed.kind).toBe('not-a-request');
    expect(parsed.form).toBeNull();
  });

  it('classes a letter asking for a lab as a request', async () => {
    const body = 'Buongiorno,\nil Comune di Bari chiede di partecipare al laboratorio sul PIAO: dobbiamo aggiornare il piano dei fabbisogni.\nReferente: Mario Rossi\n';
    const parsed = await parseMessage(textMail({ Subject: 'Capacity Lab' }, body), ctx);
    expect(parsed.kind).toBe('request');
    expect(parsed.request.labs.map((lab) => lab.code)).toEqual(['PO-4']);
    expect(parsed.request.comune.name).toBe('Bari');
  });

  it('takes the contact e-mail of a forwarded request from the forwarded header, not the forwarder', async () => {
    const body = [
      'Inoltro per competenza.',
      '',
      '-------- Messaggio inoltrato --------',
      'Oggetto: Richiesta Capacity Lab',
      'Data: Mon, 12 Jan 2026 09:00:00 +0100',
      'Da: Anna Neri <a.neri@comune.fasano.br.it>',
      '',
      'Comune richiedente: Fasano',
      'Referente: Anna Neri',
      'Laboratorio richiesto: Reclutamento',
      'Fabbisogni e obiettivi: preparare i concorsi 2026',
    ].join('\n');
    const parsed = await parseMessage(textMail({ From: 'Luca Bianchi <l.bianchi@anci.it>' }, body), ctx);
    expect(parsed.kind).toBe('request');
    expect(parsed.request.contact).toMatchObject({ name: 'Anna Neri', email: 'a.neri@comune.fasano.br.it' });
    expect(parsed.missing).toEqual([]);
  });

  it('reads the form of a request attached as .eml (message/rfc822)', async () => {
    const inner = [
      'From: Paola Russo <p.russo@comune.monopoli.ba.it>',
      'To: cap4city@anci.it',
      'Subject: Richiesta Capacity Lab',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Comune richiedente: Monopoli',
      'Referente: Paola Russo',
      'Laboratorio richiesto: Project management',
      'Fabbisogni e obiettivi: coordinare i cantieri PNRR',
    ].join('\r\n');
    const body = [
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Vi giro la richiesta arrivata al protocollo.',
      '--b1',
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment; filename="richiesta.eml"',
      '',
      inner,
      '--b1--',
      '',
    ].join('\r\n');
    const raw = buildMail({ ...BASE_HEADERS, From: 'Protocollo <protocollo@anci.it>', 'Content-Type': 'multipart/mixed; boundary="b1"' }, body);
    const parsed = await parseMessage(raw, ctx);
    expect(parsed.kind).toBe('request');
    expect(parsed.form).toMatchObject({ source: 'body', filename: 'richiesta.eml' });
    expect(parsed.request.comune.name).toBe('Monopoli');
    expect(parsed.request.labs.map((lab) => lab.code)).toEqual(['PC-4']);
    expect(parsed.request.contact.email).toBe('p.russo@comune.monopoli.ba.it');
  });

  it('falls back to the Comune named by the sender domain, as a fuzzy match with a warning', async () => {
    const body = 'Referente: Maria Bianchi\nLaboratorio richiesto: Reclutamento\nFabbisogni: concorsi 2026\n';
    const parsed = await parseMessage(textMail({ From: 'Maria Bianchi <m.bianchi@comune.matera.it>' }, body), ctx);
    expect(parsed.request.comune).toMatchObject({ name: 'Matera', istat: '077014', match: 'fuzzy' });
    expect(parsed.warnings).toContain('comune-from-domain: comune.matera.it → Matera');
    const webmail = await parseMessage(textMail({ From: 'Maria Bianchi <maria.b@gmail.com>' }, body), ctx);
    expect(webmail.request.comune.match).toBe('none');
    expect(webmail.missing).toContain('request.comune');
  });
});

describe('parseMessage: letters and forwards', () => {
  const latin1Mail = (headers: Record<string, string>, body: string) => textMail({ 'Content-Type': 'text/plain; charset=iso-8859-1', ...headers }, body);

  it('reads the request quoted under an Outlook "Messaggio originale" of a forward', async () => {
    const body = [
      'Per competenza.',
      '',
      '-----Messaggio originale-----',
      'Da: Ottavio Serra <o.serra@comune.lucera.fg.it>',
      'Inviato: lunedi 9 marzo 2026 17:02',
      'Oggetto: laboratorio',
      '',
      'Comune: Lucera',
      'Referente: Ottavio Serra - Responsabile Servizio Personale',
      'Laboratorio: Reclutamento',
      'Fabbisogni: Accorciare i tempi dei concorsi.',
    ].join('\n');
    const parsed = await parseMessage(latin1Mail({ Subject: 'I: laboratorio' }, body), ctx);
    expect(parsed.kind).toBe('request');
    expect(parsed.request.comune.name).toBe('Lucera');
    expect(parsed.request.contact).toMatchObject({ name: 'Ottavio Serra', role: 'Responsabile Servizio Personale', email: 'o.serra@comune.lucera.fg.it' });
    expect(parsed.request.labs.map((lab) => lab.code)).toEqual(['PO-2']);
  });

  it('reads a request written as a letter, lab described in a sentence', async () => {
    const body = [
      "Il sottoscritto Sindaco del Comune di Lucera manifesta l'interesse dell'Ente per il Capacity Lab dedicato alla contrattazione integrativa,",
      'in vista del rinnovo del contratto decentrato.',
      '',
      'Referente: dott.ssa Rita Marino, r.marino@comune.lucera.fg.it',
    ].join('\n');
    const parsed = await parseMessage(latin1Mail({ Subject: 'Cap4City', From: 'sindaco@comune.lucera.fg.it' }, body), ctx);
    expect(parsed.kind).toBe('request');
    expect(parsed.request.comune.name).toBe('Lucera');
    expect(parsed.request.contact).toMatchObject({ name: 'Rita Marino', email: 'r.marino@comune.lucera.fg.it' });
    expect(parsed.request.labs.map((lab) => lab.code)).toEqual(['PO-5']);
    expect(parsed.missing).toEqual([]);
  });

  it('reads a Word letter attached to a covering mail, the letter first', async () => {
    const docx = await buildDocx([
      'COMUNE DI LUCERA',
      'Oggetto: adesione al Capacity Lab "Project management".',
      "Il Sindaco chiede che l'Ente possa partecipare al Capacity Lab, al fine di dotarsi di un metodo per seguire i cantieri.",
      "Referente per l'Ente: arch. Bruno Leone (b.leone@comune.lucera.fg.it).",
    ]);
    const body = [
      '--b',
      'Content-Type: text/plain; charset=iso-8859-1',
      '',
      'Si trasmette la nota del Sindaco.',
      '',
      'Ufficio Protocollo',
      'tel. 0881 541111',
      '--b',
      'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="nota.docx"',
      'Content-Disposition: attachment; filename="nota.docx"',
      'Content-Transfer-Encoding: base64',
      '',
      docx.toString('base64').replace(/(.{76})/g, '$1\n'),
      '--b--',
      '',
    ].join('\n');
    const parsed = await parseMessage(buildMail({ ...BASE_HEADERS, From: 'protocollo@comune.lucera.fg.it', 'Content-Type': 'multipart/mixed; boundary="b"' }, body), ctx);
    expect(parsed.kind).toBe('request');
    expect(parsed.form?.source).toBe('docx');
    expect(parsed.request.comune.name).toBe('Lucera');
    expect(parsed.request.contact).toMatchObject({ name: 'Bruno Leone', email: 'b.leone@comune.lucera.fg.it', phone: '0881541111' });
    expect(parsed.request.labs.map((lab) => lab.code)).toEqual(['PC-4']);
    expect(parsed.missing).toEqual([]);
  });
});

describe('parseMessage: scans', () => {
  const scanMail = async (subject: string, text: string) =>
    Buffer.from(
      await new (await import('nodemailer/lib/mail-composer/index.js')).default({
        from: 'protocollo@comune.sassari.it',
        to: 'cap4city@anci.it',
        subject,
        text,
        attachments: [{ filename: 'scansione_001.pdf', content: readFileSync(new URL('test/fixtures/scans/pdf-sassari.pdf', root)) }],
      })
        .compile()
        .build(),
    );

  it('a scanned form sent with a bare covering note is a request for review, not silence', async () => {
    const parsed = await parseMessage(await scanMail('Trasmissione documento', 'In allegato il modulo firmato.'), ctx);
    expect(parsed.kind).toBe('request');
    expect(parsed.form).toBeNull();
    expect(parsed.warnings).toContain('scanned-document: scansione_001.pdf');
    expect(parsed.request.contact.email).toBe('protocollo@comune.sassari.it');
    expect(parsed.missing).toEqual(expect.arrayContaining(['request.labs', 'request.needs']));
  });

  it('a question that happens to carry a scan stays a question', async () => {
    const parsed = await parseMessage(await scanMail('Domanda', 'Buongiorno, il modulo allegato va bene così oppure serve la firma digitale?'), ctx);
    expect(parsed.kind).toBe('not-a-request');
  });
});

describe('parseMessage: a forward of a forward', () => {
  const attachMessage = (inner: Buffer, from: string, boundary: string) =>
    buildMail(
      { ...BASE_HEADERS, From: from, Subject: 'I: Richiesta laboratorio', 'Message-ID': `<${boundary}@comune.bari.it>`, 'Content-Type': `multipart/mixed; boundary="${boundary}"` },
      [`--${boundary}`, 'Content-Type: text/plain; charset=utf-8', '', 'Vi inoltro la richiesta.', `--${boundary}`, 'Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="richiesta.eml"', '', inner.toString('latin1'), `--${boundary}--`, ''].join('\n'),
    );

  it('reads the request two attached messages deep, with its own author as the sender', async () => {
    const original = textMail({ From: 'Mario Rossi <m.rossi@comune.bari.it>' }, REQUEST_BODY);
    const twice = attachMessage(attachMessage(original, 'protocollo@comune.bari.it', 'inner'), 'segreteria@comune.bari.it', 'outer');
    const parsed = await parseMessage(twice, ctx);
    expect(parsed.kind).toBe('request');
    expect(parsed.request.comune.name).toBe('Bari');
    expect(parsed.request.labs.map((lab) => lab.code)).toEqual(['PC-3']);
    expect(parsed.missing).toEqual([]);
  });
});
